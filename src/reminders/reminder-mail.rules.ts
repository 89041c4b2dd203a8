/** What the request, the reminders (reminder.mail.njk) and the refusal notice (refusal-notice.mail.njk) say that is worked out, not worded. */
import { daysBetween, formatDate } from '../calendar/calendar.rules.js';
import { dateIn, type IsoDate } from '../common/time/dates.js';

/** What the reminder says of the due date (`is due on …`, `was due on … and has not been received`). */
export function lead(stage: string, dueOn: IsoDate): string {
  if (stage === 'due') return `is due today, ${formatDate(dueOn)}`;
  if (stage.startsWith('before-')) return `is due on ${formatDate(dueOn)}`;
  return `was due on ${formatDate(dueOn)} and has not been received`;
}

/** `before-7` → "7 days before the due date". */
export function stageLabel(stage: string): string {
  if (stage === 'request') return 'the request itself';
  if (stage === 'unacknowledged') return 'the chase of an unacknowledged request';
  if (stage === 'due') return 'on the due date';
  const [side, days] = stage.split('-');
  return `${days} day${days === '1' ? '' : 's'} ${side === 'before' ? 'before' : 'after'} the due date`;
}

/** A message of the thread named on its own, as a page lists it: "The request", "Reminder 7 days after the due date". */
export function messageName(stage: string): string {
  if (stage === 'request') return 'The request';
  if (stage === 'unacknowledged') return 'Chase of the unacknowledged request';
  return `Reminder ${stageLabel(stage)}`;
}

/** How the reminder is headed: before the due date, on it, or after it. */
export function reminderState(stage: string): string {
  if (stage === 'request' || stage === 'unacknowledged') return 'Request';
  return stage === 'due' ? 'Due today' : stage.startsWith('before-') ? 'Reminder' : 'Overdue';
}

/** A contact the mail server refused for good while sending a reminder. */
export interface RefusedContact {
  id: string;
  name: string;
  email: string;
  role: string;
  reply: string;
}

/** A message of the obligation's thread already taken by a mail server. */
export interface SentEarlier {
  stage: string;
  level: number;
  sentAt: Date;
  to: string[];
}

/** What a message of the thread was, as the later ones name it. */
export function whatWasSent(stage: string): string {
  if (stage === 'request') return 'the request';
  if (stage === 'unacknowledged') return 'the request for acknowledgement';
  return `the reminder ${stageLabel(stage)}`;
}

/** The earlier messages of the thread, oldest first, as "what: sent on … to …". */
export function sentBefore(earlier: SentEarlier[], timeZone: string): { what: string; sentOn: IsoDate; to: string }[] {
  return [...earlier]
    .sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime())
    .map((e) => ({ what: whatWasSent(e.stage), sentOn: dateIn(e.sentAt, timeZone), to: e.to.join(', ') || 'no one' }));
}

const LEVEL_NAMES = ['first contact', 'senior contact', 'chief officer'];

/** The escalation levels in words: 0 first contact, 1 senior contact, 2 chief officer. */
export const levelName = (level: number): string => LEVEL_NAMES[level] ?? `contact at level ${level}`;

/**
 * What an escalation (a stage above the first contact) says of itself: to whom the thread went before
 * and since when nothing was heard — since the request was sent (or issued, for one sent before
 * requests were), or since the authority acknowledged it. Null for a stage that is not one.
 */
export function escalation(
  level: number,
  earlier: SentEarlier[],
  obligation: { issuedOn: IsoDate; acknowledgedAt: Date | null },
  timeZone: string,
): { level: string; before: { to: string; what: string; sentOn: IsoDate }[]; silentSince: IsoDate; acknowledgedOn: IsoDate | null } | null {
  if (level <= 0) return null;
  const request = earlier.find((e) => e.stage === 'request');
  return {
    level: levelName(level),
    before: sentBefore(earlier, timeZone),
    silentSince: request ? dateIn(request.sentAt, timeZone) : obligation.issuedOn,
    acknowledgedOn: obligation.acknowledgedAt ? dateIn(obligation.acknowledgedAt, timeZone) : null,
  };
}

/** Why each person copied is copied, in the message they all read. */
export function copiedBecause(input: { coordinator: boolean; chair: { name: string } | null; dueOn: IsoDate; today: IsoDate; committee: string }): string[] {
  const overdue = daysBetween(input.dueOn, input.today);
  const lateness = overdue > 0 ? `the answer is ${overdue} day${overdue === 1 ? '' : 's'} overdue and ` : '';
  return [
    ...(input.coordinator ? [`A copy goes to the co-ordinator of the ${input.committee}, because ${lateness}the council's reminder policy brings the co-ordinator in at this stage.`] : []),
    ...(input.chair
      ? [`A copy goes to ${input.chair.name}, chair of the ${input.committee}, because ${lateness}the council's reminder policy asks the chair to know of it at this stage: the committee may ask the authority to attend and explain.`]
      : []),
  ];
}
