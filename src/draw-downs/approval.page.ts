import { formatDate } from '../calendar/calendar.rules.js';
import { escapeHtml as e, errorSummary, fieldError, layout, readChoiceAndReason } from '../common/http/html.js';
import type { DrawDownRequest } from './draw-down.entity.js';

export interface ApprovalFieldError {
  field: 'decision' | 'reason';
  message: string;
}

/** The approver's answer read from the form: a decision and its reason, or what is missing, in the page's words. */
export function readApprovalForm(body: Record<string, unknown>) {
  return readChoiceAndReason(body, ['approve', 'refuse'] as const, { choice: 'Choose whether you agree to the request or refuse it', reason: 'Give the reason for your decision: the member is told it' });
}

/** The member's request, the chair's view when given, and the approver's decision form with an error summary linked to each bad field. */
export function approvalPage(request: DrawDownRequest, memberName: string, state: { errors?: ApprovalFieldError[]; values?: Record<string, unknown> } = {}): string {
  const errors = state.errors ?? [];
  const errorOf = (field: string) => errors.find((x) => x.field === field);
  const errorLine = (field: string) => fieldError(errors, field);
  const chosen = state.values?.decision;
  const reason = typeof state.values?.reason === 'string' ? state.values.reason : '';
  const title = `Draw-down request: ${request.topic}`;
  const summary = errorSummary(errors.map((x) => ({ ...x, anchor: x.field === 'decision' ? 'decision-approve' : x.field })));
  return layout(
    `${errors.length ? 'Error: ' : ''}${title}`,
    `${summary}
<h1>${e(title)}</h1>
<p>${e(memberName)} asks the committee to consider “${e(request.topic)}”. Your decision is asked for by <strong>${e(formatDate(request.decisionDueOn))}</strong>.</p>
<h2>The concern</h2>
<p>${e(request.concern).replace(/\n/g, '<br>')}</p>
${request.desiredOutcome ? `<h2>The outcome the member seeks</h2>\n<p>${e(request.desiredOutcome).replace(/\n/g, '<br>')}</p>` : ''}
${request.chairView ? `<h2>The chair’s view</h2>\n<p>${e(request.chairView).replace(/\n/g, '<br>')}</p>` : request.consultChair ? '<p>The chair is consulted; their view has not been recorded yet.</p>' : ''}
<form method="post" novalidate>
<fieldset${errorOf('decision') ? ' aria-describedby="decision-error"' : ''}>
<legend>Your decision</legend>
${errorLine('decision')}
<div class="radios">
<input type="radio" id="decision-approve" name="decision" value="approve"${chosen === 'approve' ? ' checked' : ''}> <label for="decision-approve">Agree</label>
<input type="radio" id="decision-refuse" name="decision" value="refuse"${chosen === 'refuse' ? ' checked' : ''}> <label for="decision-refuse">Refuse</label>
</div>
</fieldset>
<label for="reason">Reason for your decision</label>
<p class="hint" id="reason-hint">The member who asked is told your decision and this reason.</p>
${errorLine('reason')}
<textarea id="reason" name="reason" rows="4" aria-describedby="reason-hint${errorOf('reason') ? ' reason-error' : ''}"${errorOf('reason') ? ' aria-invalid="true"' : ''}>${e(reason)}</textarea>
<button type="submit">Record my decision</button>
</form>`,
  );
}
