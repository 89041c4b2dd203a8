import ical, { ICalEventStatus } from 'ical-generator';
import { formatDate } from '../calendar/calendar.rules.js';
import type { IsoDate } from '../common/time/dates.js';

export interface FeedMeeting {
  id: string;
  committee: string;
  startsAt: Date;
  venue: string | null;
  cancelled: boolean;
  agendaPublishedBy: IsoDate;
  /** Titles of the work plan items scheduled for it (the published plan: nothing exempt). */
  items: string[];
  /** When the meeting was last changed (arranged, its agenda published, cancelled): the event's DTSTAMP, so the feed reads the same until then. */
  changedAt: Date;
}

/** Meetings run about two hours; the papers give no end time, so the feed shows this much. */
const MEETING_MS = 2 * 3_600_000;

/**
 * The council's committee meetings as iCalendar: one event per meeting, with its agenda date and
 * planned items. Times are written in UTC (`Z`): every calendar shows them in its own zone, and no
 * VTIMEZONE block can be got wrong.
 */
export function meetingsCalendar(feed: { council: string; domain: string; meetings: FeedMeeting[] }): string {
  const calendar = ical({ name: `${feed.council} – Crime and Disorder committee meetings`, prodId: { company: 'Scrutineer', product: 'meetings', language: 'EN' }, ttl: 3600 });
  for (const m of feed.meetings) {
    calendar.createEvent({
      id: `meeting.${m.id}@${feed.domain}`,
      stamp: m.changedAt,
      start: m.startsAt,
      end: new Date(m.startsAt.getTime() + MEETING_MS),
      summary: m.cancelled ? `CANCELLED: ${m.committee}` : m.committee,
      status: m.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      location: m.venue ?? undefined,
      description: [
        `Agenda published by ${formatDate(m.agendaPublishedBy)} (Local Government Act 1972 s100B).`,
        ...(m.items.length ? ['Work plan items:', ...m.items.map((t) => `- ${t}`)] : []),
      ].join('\n'),
    });
  }
  return calendar.toString();
}
