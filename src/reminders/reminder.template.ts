import { formatDate } from '../calendar/calendar.rules.js';
import type { IsoDate } from '../common/time/dates.js';

/**
 * The reminder e-mail, in plain text and HTML. It carries only what the obligation says (never
 * exempt papers): what is due, by when, under which rule, what was sent already and how to answer.
 */
export interface ReminderContent {
  committee: string;
  council: string;
  authority: string;
  kind: string;
  subject: string;
  details: string;
  issuedOn: IsoDate;
  dueOn: IsoDate;
  explanation: string;
  citation: string;
  stage: string;
  sentBefore: { stage: string; sentOn: IsoDate }[];
  coordinatorEmail: string | null;
  /** Where the obligation can be answered (API), until the signed links arrive. */
  answerUrl: string;
}

const KIND_LABELS: Record<string, string> = {
  information_request: 'Information requested',
  attendance_request: 'Request to attend',
  recommendation: 'Response to recommendations',
  report_request: 'Report requested',
  undertaking: 'Undertaking to respond',
};

function lead(stage: string, dueOn: IsoDate): string {
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

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function composeReminder(c: ReminderContent): { subject: string; text: string; html: string } {
  const label = KIND_LABELS[c.kind] ?? c.kind;
  const state = c.stage === 'due' ? 'Due today' : c.stage.startsWith('before-') ? 'Reminder' : 'Overdue';
  const subject = `${c.committee}: ${state} – ${label}: ${c.subject} (due ${formatDate(c.dueOn)})`;
  const history = c.sentBefore.length
    ? c.sentBefore.map((s) => `- ${stageLabel(s.stage)}: sent ${formatDate(s.sentOn)}`).join('\n')
    : '- none before this one';
  const text = [
    `${c.council} – ${c.committee}`,
    '',
    `To ${c.authority}:`,
    '',
    `${label}: "${c.subject}", issued ${formatDate(c.issuedOn)}, ${lead(c.stage, c.dueOn)}.`,
    '',
    c.details,
    '',
    `Why this date: ${c.explanation}`,
    `Rule: ${c.citation}`,
    '',
    'Reminders already sent:',
    history,
    '',
    `How to answer: reply to this e-mail${c.coordinatorEmail ? ` (it goes to ${c.coordinatorEmail})` : ''}, or through ${c.answerUrl}.`,
    'If the date cannot be met, please say so and give the date you can meet and the reason.',
  ].join('\n');
  const html = `<!doctype html><html lang="en"><body>
<p>${escape(c.council)} – ${escape(c.committee)}</p>
<p>To ${escape(c.authority)}:</p>
<p><strong>${escape(label)}: “${escape(c.subject)}”</strong>, issued ${escape(formatDate(c.issuedOn))}, ${escape(lead(c.stage, c.dueOn))}.</p>
<p>${escape(c.details).replace(/\n/g, '<br>')}</p>
<p><strong>Why this date:</strong> ${escape(c.explanation)}<br><strong>Rule:</strong> ${escape(c.citation)}</p>
<p>Reminders already sent:</p><ul>${c.sentBefore.map((s) => `<li>${escape(stageLabel(s.stage))}: sent ${escape(formatDate(s.sentOn))}</li>`).join('') || '<li>none before this one</li>'}</ul>
<p>How to answer: reply to this e-mail, or through <a href="${escape(c.answerUrl)}">${escape(c.answerUrl)}</a>.
If the date cannot be met, please say so and give the date you can meet and the reason.</p>
</body></html>`;
  return { subject, text, html };
}
