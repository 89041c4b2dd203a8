import { formatDate } from '../calendar/calendar.rules.js';
import { escapeHtml as e, layout } from '../common/http/html.js';
import type { IsoDate } from '../common/time/dates.js';
import { KIND_LABELS, type ObligationKind } from '../obligations/obligation.rules.js';
import type { FieldError, FormFields } from './response-form.rules.js';

/**
 * The pages a response link shows: plain HTML that works without JavaScript or styles from
 * elsewhere, with labelled fields, an error summary linked to each bad field, and one heading
 * per page, so that a screen reader user can answer as easily as anyone.
 */
export interface AnswerView {
  council: string;
  committee: string;
  authority: string;
  kind: ObligationKind;
  subject: string;
  details: string;
  issuedOn: IsoDate;
  dueOn: IsoDate;
  explanation: string;
  citation: string;
  recommendations: string[] | null;
  acknowledgedOn: IsoDate | null;
  /** An extension request awaiting the co-ordinator's decision. */
  extensionRequested: boolean;
  coordinatorEmail: string | null;
  expiresOn: IsoDate;
}

const POSITION_LABELS = { accepted: 'Accepted', partly_accepted: 'Partly accepted', rejected: 'Rejected' } as const;

/** The request, and the three things its holder can do: acknowledge, respond, or ask for more time. */
export function answerPage(v: AnswerView, state: { errors?: FieldError[]; values?: FormFields; notice?: string } = {}): string {
  const errors = state.errors ?? [];
  const value = (name: string) => {
    const given = state.values?.[name];
    const first = Array.isArray(given) ? given[0] : given;
    return e(typeof first === 'string' ? first : '');
  };
  const errorOf = (field: string) => errors.find((x) => x.field === field);
  const describedBy = (field: string, hint?: string) => {
    const ids = [hint, errorOf(field) ? `${field}-error` : undefined].filter(Boolean);
    return ids.length ? ` aria-describedby="${ids.join(' ')}"` : '';
  };
  const invalid = (field: string) => (errorOf(field) ? ' aria-invalid="true"' : '');
  const errorLine = (field: string) => {
    const error = errorOf(field);
    return error ? `<p class="error" id="${field}-error">Error: ${e(error.message)}</p>` : '';
  };
  const title = `${KIND_LABELS[v.kind]}: ${v.subject}`;

  const summary = errors.length
    ? `<div class="summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
<h2 id="error-summary-title">There is a problem</h2>
<ul>${errors.map((x) => `<li><a href="#${x.field}">${e(x.message)}</a></li>`).join('')}</ul></div>`
    : '';
  const notice = state.notice ? `<div class="notice" role="status"><p>${e(state.notice)}</p></div>` : '';
  const acknowledged = v.acknowledgedOn ? `<p>Receipt acknowledged on ${e(formatDate(v.acknowledgedOn))}.</p>` : '';
  const pending = v.extensionRequested ? '<p>A request for more time is awaiting the co-ordinator’s decision. You can still respond.</p>' : '';

  const positions = (v.recommendations ?? [])
    .map(
      (recommendation, i) => `<fieldset>
<legend id="position-${i}">Recommendation ${i + 1}: ${e(recommendation)}</legend>
${errorLine(`position-${i}`)}
<div class="radios"${describedBy(`position-${i}`)}>${Object.entries(POSITION_LABELS)
        .map(
          ([key, label]) =>
            `<input type="radio" id="position-${i}-${key}" name="position-${i}" value="${key}"${value(`position-${i}`) === key ? ' checked' : ''}> <label for="position-${i}-${key}">${label}</label>`,
        )
        .join(' ')}</div>
<label for="reason-${i}">Reason for your position on recommendation ${i + 1}</label>
${errorLine(`reason-${i}`)}
<textarea id="reason-${i}" name="reason-${i}" rows="3"${describedBy(`reason-${i}`)}${invalid(`reason-${i}`)}>${value(`reason-${i}`)}</textarea>
</fieldset>`,
    )
    .join('\n');

  return layout(
    `${errors.length ? 'Error: ' : ''}${title} – ${v.committee}`,
    `${summary}${notice}
<p>${e(v.council)} – ${e(v.committee)}</p>
<h1>${e(title)}</h1>
<p>To ${e(v.authority)}. Issued ${e(formatDate(v.issuedOn))}; due <strong>${e(formatDate(v.dueOn))}</strong>.</p>
<p>${e(v.details).replace(/\n/g, '<br>')}</p>
<p><strong>Why this date:</strong> ${e(v.explanation)}<br><strong>Rule:</strong> ${e(v.citation)}</p>
${acknowledged}${pending}
<h2>Acknowledge receipt</h2>
<p>Let the committee know you have this request. You can respond later with this same link.</p>
<form method="post"><input type="hidden" name="action" value="acknowledge"><button type="submit">Acknowledge receipt</button></form>

<h2>Respond</h2>
<form method="post" novalidate><input type="hidden" name="action" value="respond">
${positions}
<label for="text">Your response</label>
<p class="hint" id="text-hint">It is recorded as ${e(v.authority)}’s response and shared with the committee.</p>
${errorLine('text')}
<textarea id="text" name="text" rows="10"${describedBy('text', 'text-hint')}${invalid('text')}>${value('text')}</textarea>
<button type="submit">Send response</button>
</form>

<h2>Ask for more time</h2>
<form method="post" novalidate><input type="hidden" name="action" value="extend">
<label for="newDueOn">The date you can meet</label>
<p class="hint" id="newDueOn-hint">Leave it empty to say you will respond as soon as reasonably possible.</p>
${errorLine('newDueOn')}
<input type="date" id="newDueOn" name="newDueOn" value="${value('newDueOn')}"${describedBy('newDueOn', 'newDueOn-hint')}${invalid('newDueOn')}>
<label for="reason">Why you need more time</label>
${errorLine('reason')}
<textarea id="reason" name="reason" rows="4"${describedBy('reason')}${invalid('reason')}>${value('reason')}</textarea>
<button type="submit">Ask for more time</button>
</form>
<p class="hint">This link is for ${e(v.authority)} only and works until ${e(formatDate(v.expiresOn))}. Once you have responded or asked for more time, it cannot be used again.</p>
${v.coordinatorEmail ? `<p>Questions: write to <a href="mailto:${e(v.coordinatorEmail)}">${e(v.coordinatorEmail)}</a>.</p>` : ''}`,
  );
}
