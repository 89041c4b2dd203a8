import { isIsoDate, isIsoInstant } from '../common/time/dates.js';
import { dateInWords, instantInWords } from '../common/web/words.js';

/** Fields that say nothing to a reader of the trail (ids, bookkeeping, secrets). */
const UNTOLD = new Set(['id', 'councilId', 'committeeId', 'createdAt', 'updatedAt', 'version', 'position', 'tokenHash', 'decisionTokenHash', 'clientSecretSealed', 'sourceText']);

/** Each action as the trail writes it. */
const ACTIONS: Record<string, string> = {
  acknowledge: 'recorded the acknowledgement',
  'add-agenda-item': 'added an item to the agenda',
  'add-bank-holiday': 'added a bank holiday',
  'add-contact': 'added a contact',
  'add-shared-contact': 'added a contact of the shared body',
  'annual-report-compiled': 'compiled the annual report',
  'annual-report-request': 'asked for the annual report to be compiled',
  'annual-report-settings': 'changed the annual report’s wording',
  'approvers-reminded': 'reminded the approvers',
  'ask-urgency': 'asked the chair to agree to special urgency',
  'call-for-action-decision': 'recorded the decision on the call for action',
  'call-for-action-report': 'reported the call for action',
  cancel: 'cancelled it',
  'chair-consulted': 'consulted the chair',
  'chair-view': 'recorded the chair’s view',
  'change-agenda-item': 'changed an agenda item',
  'change-mail-wording': 'changed the wording of the message',
  'configure-identity-provider': 'set the identity provider',
  'create-operator': 'made an operator of the service',
  consider: 'recorded it as considered',
  considered: 'recorded it as considered',
  create: 'created it',
  'decide-extension': 'decided the request for more time',
  delete: 'deleted it',
  'draw-down-refuse': 'refused the request',
  'draw-down-settings': 'changed the draw-down settings',
  extend: 'extended the due date',
  'grant-extension': 'granted more time',
  'refuse-extension': 'refused more time',
  'general-exception': 'gave the general exception notice',
  'issue-to-all': 'issued it to the authorities',
  'issue-token': 'issued a token',
  'minutes-confirm': 'recorded the confirmation of the minutes',
  'minutes-import': 'imported the minutes',
  'minutes-save': 'saved the minutes',
  move: 'moved it',
  publish: 'published it',
  'publish-agenda': 'published the agenda',
  'recompute-due': 'recomputed the due date',
  'remove-identity-provider': 'removed the identity provider',
  'register-shared-authority': 'registered the shared body',
  'renew-calendar-address': 'made a new calendar address',
  'reorder-agenda': 'put the agenda in a new order',
  rename: 'renamed it',
  'request-extension': 'asked for more time',
  respond: 'recorded the answer',
  retire: 'retired it',
  'retire-contact': 'stopped writing to a contact',
  'restore-mail-wording': 'went back to the standard wording of the message',
  revoke: 'revoked it',
  'revoke-tokens': 'revoked the tokens',
  schedule: 'scheduled it',
  'sign-in': 'signed in',
  'sign-out': 'signed out',
  'sign-out-everywhere': 'signed out on every device',
  submit: 'submitted it',
  supersede: 'replaced it with a new notice',
  update: 'changed it',
  'update-calendar-settings': 'changed the calendar settings',
  'update-contact': 'changed a contact',
  'update-reminder-policy': 'changed the reminders',
  withdraw: 'withdrew it',
  'withdraw-agenda-item': 'took an item off the agenda',
};

/** A field's name as words: `dueOn` → "due on". */
export const fieldInWords = (field: string): string => field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();

/** A value as a reader would write it: days and instants in words in the council's zone, long text cut short. */
function shown(value: unknown, timeZone: string): string {
  if (value === null || value === undefined || value === '') return 'nothing';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') {
    if (isIsoDate(value)) return dateInWords(value);
    if (isIsoInstant(value)) return instantInWords(new Date(value), timeZone);
    const text = String(value);
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  }
  return JSON.stringify(value).slice(0, 200);
}

/**
 * One entry of the audit trail in words: who did what, and each field that changed, from what to what;
 * for a record made (nothing before), what it was made with.
 */
export function auditInWords(
  entry: { actor: string; action: string; before: object | null; after: object | null },
  timeZone: string,
): { who: string; what: string; changes: { field: string; from: string; to: string }[]; facts: { field: string; value: string }[] } {
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !UNTOLD.has(f) && !f.endsWith('Id'));
  const changes = entry.before
    ? fields.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]) && f in after).map((f) => ({ field: fieldInWords(f), from: shown(before[f], timeZone), to: shown(after[f], timeZone) }))
    : [];
  const facts = entry.before ? [] : fields.filter((f) => f in after).map((f) => ({ field: fieldInWords(f), value: shown(after[f], timeZone) }));
  return { who: entry.actor, what: ACTIONS[entry.action] ?? fieldInWords(entry.action), changes, facts };
}
