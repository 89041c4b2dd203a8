import ical from 'ical-generator';
import { formatDate } from '../calendar/calendar.rules.js';
import type { IsoDate } from '../common/time/dates.js';
import { asSentOutside, isOverdue, KIND_LABELS, type ObligationKind, type ObligationStatus } from '../obligations/obligation.rules.js';

export interface FeedObligation {
  id: string;
  kind: ObligationKind;
  authority: string;
  subject: string;
  dueOn: IsoDate;
  explanation: string;
  citation: string;
  overdue: boolean;
  /** When the obligation was recorded: the event's DTSTAMP, so the feed reads the same from one fetch to the next. */
  changedAt: Date;
}

/**
 * An open obligation as a feed shows it, named with `authority` (the body, or the council it is owed
 * to): feeds are read by calendar services outside the council, so an exempt subject is withheld.
 */
export function feedObligation(
  o: { id: string; kind: ObligationKind; subject: string; details: string; recommendations: string[] | null; exemptParagraph: number | null; status: ObligationStatus; dueOn: IsoDate; dueExplanation: string; dueCitation: string; createdAt: Date },
  authority: string,
  today: IsoDate,
): FeedObligation {
  return {
    id: o.id,
    kind: o.kind,
    authority,
    subject: asSentOutside(o).subject,
    dueOn: o.dueOn,
    explanation: o.dueExplanation,
    citation: o.dueCitation,
    overdue: isOverdue(o.status, o.dueOn, today),
    changedAt: o.createdAt,
  };
}

/**
 * The iCalendar text of a feed: one all-day event per open obligation on its due date, with a
 * stable UID so that calendar programs move an event when its due date moves. Only what the
 * obligation says is shared: never exempt papers.
 */
export function obligationsCalendar(feed: { name: string; domain: string; withAuthority: boolean; obligations: FeedObligation[] }): string {
  const calendar = ical({ name: feed.name, prodId: { company: 'Scrutineer', product: 'obligations', language: 'EN' }, ttl: 3600 });
  for (const o of feed.obligations) {
    calendar.createEvent({
      id: `obligation.${o.id}@${feed.domain}`,
      stamp: o.changedAt,
      // All-day, on the date itself: no time zone can move it to the day before.
      start: new Date(`${o.dueOn}T00:00:00Z`),
      allDay: true,
      summary: `${o.overdue ? 'OVERDUE: ' : 'Due: '}${KIND_LABELS[o.kind]}${feed.withAuthority ? ` (${o.authority})` : ''}: ${o.subject}`,
      description: `Due ${formatDate(o.dueOn)}. ${o.explanation}\nRule: ${o.citation}`,
    });
  }
  return calendar.toString();
}
