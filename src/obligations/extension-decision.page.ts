import { formatDate } from '../calendar/calendar.rules.js';
import { escapeHtml as e, errorSummary, fieldError, layout, readChoiceAndReason } from '../common/http/html.js';
import type { DecisionView } from './obligations.service.js';

export interface DecisionFieldError {
  field: 'decision' | 'reason';
  message: string;
}

/** The co-ordinator's answer read from the form: a decision and its reason, or what is missing (in the page's words). */
export function readDecisionForm(body: Record<string, unknown>) {
  return readChoiceAndReason(body, ['grant', 'refuse'] as const, { choice: 'Choose whether to grant or refuse the request', reason: 'Give the reason for your decision: the authority is told it' });
}

/** The request for more time and the form that grants or refuses it, with an error summary linked to each bad field. */
export function decisionPage(v: DecisionView, state: { errors?: DecisionFieldError[]; values?: Record<string, unknown> } = {}): string {
  const errors = state.errors ?? [];
  const errorOf = (field: string) => errors.find((x) => x.field === field);
  const errorLine = (field: string) => fieldError(errors, field);
  const chosen = state.values?.decision;
  const reason = typeof state.values?.reason === 'string' ? state.values.reason : '';
  const title = `More time asked for: ${v.subject}`;
  const summary = errorSummary(errors.map((x) => ({ ...x, anchor: x.field === 'decision' ? 'decision-grant' : x.field })));
  return layout(
    `${errors.length ? 'Error: ' : ''}${title} – ${v.committee}`,
    `${summary}
<p>${e(v.council)} – ${e(v.committee)}</p>
<h1>${e(title)}</h1>
<p>${e(v.authority)} asked on ${e(formatDate(v.requestedOn))} for more time on “${e(v.subject)}” (${e(v.kindLabel.toLowerCase())}), due on <strong>${e(formatDate(v.dueOn))}</strong>.</p>
<p>${v.newDueOn ? `The date it can meet: <strong>${e(formatDate(v.newDueOn))}</strong>.` : 'No new date given: it will respond as soon as reasonably possible.'}</p>
<p><strong>Its reason:</strong> ${e(v.reason)}</p>
<form method="post" novalidate>
<fieldset${errorOf('decision') ? ' aria-describedby="decision-error"' : ''}>
<legend>Your decision</legend>
${errorLine('decision')}
<div class="radios">
<input type="radio" id="decision-grant" name="decision" value="grant"${chosen === 'grant' ? ' checked' : ''}> <label for="decision-grant">Grant${v.newDueOn ? `: due ${e(formatDate(v.newDueOn))}` : ''}</label>
<input type="radio" id="decision-refuse" name="decision" value="refuse"${chosen === 'refuse' ? ' checked' : ''}> <label for="decision-refuse">Refuse: still due ${e(formatDate(v.dueOn))}</label>
</div>
</fieldset>
<label for="reason">Reason for your decision</label>
<p class="hint" id="reason-hint">${e(v.authority)} is told your decision and this reason.</p>
${errorLine('reason')}
<textarea id="reason" name="reason" rows="4" aria-describedby="reason-hint${errorOf('reason') ? ' reason-error' : ''}"${errorOf('reason') ? ' aria-invalid="true"' : ''}>${e(reason)}</textarea>
<button type="submit">Record the decision</button>
</form>`,
  );
}
