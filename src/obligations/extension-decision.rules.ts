import { readChoiceAndReason } from '../common/http/html.js';

/** The co-ordinator's answer read from the form: a decision and its reason, or what is missing (in the page's words). */
export function readDecisionForm(body: Record<string, unknown>) {
  return readChoiceAndReason(body, ['grant', 'refuse'] as const, { choice: 'Choose whether to grant or refuse the request', reason: 'Give the reason for your decision: the authority is told it' });
}
