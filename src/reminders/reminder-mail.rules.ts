/** What the reminder e-mail (reminder.mail.njk) and the refusal notice (refusal-notice.mail.njk) say that is worked out, not worded. */
import { formatDate } from '../calendar/calendar.rules.js';
import type { IsoDate } from '../common/time/dates.js';

/** What the reminder says of the due date (`is due on …`, `was due on … and has not been received`). */
export function lead(stage: string, dueOn: IsoDate): string {
  if (stage === 'due') return `is due today, ${formatDate(dueOn)}`;
  if (stage.startsWith('before-')) return `is due on ${formatDate(dueOn)}`;
  return `was due on ${formatDate(dueOn)} and has not been received`;
}

/** `before-7` → "7 days before the due date". */
export function stageLabel(stage: string): string {
  if (stage === 'due') return 'on the due date';
  const [side, days] = stage.split('-');
  return `${days} day${days === '1' ? '' : 's'} ${side === 'before' ? 'before' : 'after'} the due date`;
}

/** How the reminder is headed: before the due date, on it, or after it. */
export function reminderState(stage: string): string {
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
