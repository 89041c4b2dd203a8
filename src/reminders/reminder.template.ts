import { formatDate } from '../calendar/calendar.rules.js';
import { escapeHtml } from '../common/http/html.js';
import type { IsoDate } from '../common/time/dates.js';
import { KIND_LABELS, type ObligationKind } from '../obligations/obligation.rules.js';

/**
 * The reminder e-mail, in plain text and HTML. It carries only what the obligation says (never
 * exempt papers): what is due, by when, under which rule, what was sent already and how to answer.
 */
export interface ReminderContent {
  committee: string;
  council: string;
  authority: string;
  kind: ObligationKind;
  subject: string;
  details: string;
  issuedOn: IsoDate;
  dueOn: IsoDate;
  explanation: string;
  citation: string;
  stage: string;
  sentBefore: { stage: string; sentOn: IsoDate }[];
  coordinatorEmail: string | null;
  /** The signed response link: acknowledge, answer or ask for more time without an account. */
  answerUrl: string;
  /** When the link stops working. */
  answerBy: IsoDate;
}

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
    `How to answer: open ${c.answerUrl}`,
    `There you can acknowledge receipt, give your response or ask for more time, without an account. The link is for ${c.authority} only and works until ${formatDate(c.answerBy)}.`,
    `Or reply to this e-mail${c.coordinatorEmail ? ` (it goes to ${c.coordinatorEmail})` : ''}.`,
    'If the date cannot be met, please say so and give the date you can meet and the reason.',
  ].join('\n');
  const html = `<!doctype html><html lang="en"><body>
<p>${escapeHtml(c.council)} – ${escapeHtml(c.committee)}</p>
<p>To ${escapeHtml(c.authority)}:</p>
<p><strong>${escapeHtml(label)}: “${escapeHtml(c.subject)}”</strong>, issued ${escapeHtml(formatDate(c.issuedOn))}, ${escapeHtml(lead(c.stage, c.dueOn))}.</p>
<p>${escapeHtml(c.details).replace(/\n/g, '<br>')}</p>
<p><strong>Why this date:</strong> ${escapeHtml(c.explanation)}<br><strong>Rule:</strong> ${escapeHtml(c.citation)}</p>
<p>Reminders already sent:</p><ul>${c.sentBefore.map((s) => `<li>${escapeHtml(stageLabel(s.stage))}: sent ${escapeHtml(formatDate(s.sentOn))}</li>`).join('') || '<li>none before this one</li>'}</ul>
<p><strong>How to answer:</strong> <a href="${escapeHtml(c.answerUrl)}">acknowledge, respond or ask for more time</a>, without an account.
The link is for ${escapeHtml(c.authority)} only and works until ${escapeHtml(formatDate(c.answerBy))}. Or reply to this e-mail.</p><p>
If the date cannot be met, please say so and give the date you can meet and the reason.</p>
</body></html>`;
  return { subject, text, html };
}

/** A contact the mail server refused for good while sending a reminder. */
export interface RefusedContact {
  id: string;
  name: string;
  email: string;
  role: string;
  reply: string;
}

/**
 * The message to the co-ordinators when an authority's address is refused for good: who, why,
 * where the reminder went instead (or that it could not go anywhere), and how to put it right.
 */
export function composeRefusalNotice(n: {
  committee: string;
  authority: string;
  authorityId: string;
  subject: string;
  stage: string;
  refused: RefusedContact[];
  sentTo: string[];
}): { subject: string; text: string } {
  const lines = [
    `A reminder to ${n.authority} about "${n.subject}" (${stageLabel(n.stage)}) could not be delivered to:`,
    ...n.refused.map((c) => `- ${c.name} (${c.role}) <${c.email}>: ${c.reply}`),
    '',
    'Their mail server refuses these addresses for good, or has not taken mail for them for a day, so they are marked failing and reminders skip them.',
    n.sentTo.length
      ? `The reminder went to the other working contacts on the authority's ladder: ${n.sentTo.join(', ')}.`
      : `No working contact is left at ${n.authority}: this reminder has NOT been sent. It will be sent as soon as a contact is added or corrected.`,
    '',
    `To correct a contact: PUT /api/v1/authorities/${n.authorityId}/contacts/<contact id>${n.refused.length ? ` (${n.refused.map((c) => `${c.name}: ${c.id}`).join(', ')})` : ''}.`,
  ];
  return {
    subject: `${n.committee}: ${n.sentTo.length ? 'Address refused' : 'Reminder NOT sent'} – ${n.authority}: ${n.subject}`,
    text: lines.join('\n'),
  };
}
