import ical from 'ical-generator';
import { formatDate } from '../calendar/calendar.rules.js';
import { dateIn, type IsoDate } from '../common/time/dates.js';
import { reasonsNotice } from './forward-plan.rules.js';
import type { DecisionMaker, KeyDecision } from './key-decision.entity.js';

/** A key decision as the public may see it: a decision to be taken in private shows its paragraph, not its papers. */
export interface PublicDecision {
  id: string;
  title: string;
  decisionMaker: DecisionMaker;
  decisionDueOn: IsoDate;
  wardsAffected: string[];
  contactOfficer: string | null;
  documents: string[] | null;
  documentsAddress: string | null;
  inPrivate: { paragraph: number; note: string } | null;
  /** Regs 10(3) and 11: why it was taken without 28 days' notice, once an exception was given. */
  reasonsNotice: string | null;
}

export function publicDecision(d: KeyDecision, timeZone: string): PublicDecision {
  const privately = d.exemptParagraph !== null;
  return {
    id: d.id,
    title: d.title,
    decisionMaker: d.decisionMaker,
    decisionDueOn: d.decisionDueOn,
    wardsAffected: d.wardsAffected,
    contactOfficer: d.contactOfficer,
    documents: privately ? null : d.documents,
    documentsAddress: d.documentsAddress,
    inPrivate: privately ? { paragraph: d.exemptParagraph!, note: `To be taken in private: Local Government Act 1972, Schedule 12A, paragraph ${d.exemptParagraph}` } : null,
    reasonsNotice: reasonsNotice({ ...d, urgencyAgreedOn: d.urgencyAgreedAt ? dateIn(d.urgencyAgreedAt, timeZone) : null }),
  };
}

/** Decision dates as all-day events, for anyone's calendar. */
export function decisionsCalendar(feed: { council: string; domain: string; decisions: (PublicDecision & { recordedAt: Date })[] }): string {
  const calendar = ical({ name: `${feed.council} – key decisions (forward plan)`, prodId: { company: 'Scrutineer', product: 'forward-plan', language: 'EN' }, ttl: 3600 });
  for (const d of feed.decisions) {
    calendar.createEvent({
      id: `key-decision.${d.id}@${feed.domain}`,
      // The decision as recorded: the same DTSTAMP every time, so the feed reads the same until it changes.
      stamp: d.recordedAt,
      start: new Date(`${d.decisionDueOn}T00:00:00Z`),
      allDay: true,
      summary: `Key decision: ${d.title}`,
      description: [`Decision by ${d.decisionMaker.name} on ${formatDate(d.decisionDueOn)}.`, ...(d.inPrivate ? [d.inPrivate.note] : [])].join('\n'),
    });
  }
  return calendar.toString();
}
