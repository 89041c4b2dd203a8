import { isIsoDate, type IsoDate } from '../common/time/dates.js';
import { POSITIONS, type Position } from '../obligations/obligation.rules.js';

/** What the form posts: its fields as the browser sends them (application/x-www-form-urlencoded); a script may post anything. */
export type FormFields = Record<string, unknown>;

export interface FieldError {
  /** The form field's name (and the id of its input), so the error summary can link to it. */
  field: string;
  message: string;
}

export type FormAnswer =
  | { action: 'acknowledge' }
  | { action: 'respond'; text: string; positions: { recommendation: string; position: Position; reason: string }[] }
  | { action: 'extend'; newDueOn: IsoDate | null; reason: string };

export type FormResult = { ok: true; answer: FormAnswer } | { ok: false; errors: FieldError[] };

export const TEXT_LIMIT = 100_000;
export const REASON_LIMIT = 5_000;

/** A field's text: the first of repeated fields; anything that is not text (a number, an object posted as JSON) counts as empty. */
const one = (value: unknown): string => {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() : '';
};

/**
 * Reads the answer form of an obligation: acknowledge receipt; a response (with a position and
 * reason on each listed recommendation); or a request for more time. Every bad field is named.
 */
export function readAnswerForm(fields: FormFields, obligation: { dueOn: IsoDate; recommendations: string[] | null }): FormResult {
  const action = one(fields.action);
  const errors: FieldError[] = [];
  if (action === 'acknowledge') return { ok: true, answer: { action } };

  if (action === 'respond') {
    const text = one(fields.text);
    if (!text) errors.push({ field: 'text', message: 'Enter your response' });
    if (text.length > TEXT_LIMIT) errors.push({ field: 'text', message: `Your response must be ${TEXT_LIMIT.toLocaleString('en-GB')} characters or fewer` });
    const positions = (obligation.recommendations ?? []).map((recommendation, i) => {
      const position = one(fields[`position-${i}`]);
      const reason = one(fields[`reason-${i}`]);
      if (!(POSITIONS as readonly string[]).includes(position)) {
        errors.push({ field: `position-${i}`, message: `Choose whether recommendation ${i + 1} is accepted, partly accepted or rejected` });
      }
      if (!reason) errors.push({ field: `reason-${i}`, message: `Give the reason for your position on recommendation ${i + 1}` });
      if (reason.length > REASON_LIMIT) errors.push({ field: `reason-${i}`, message: `The reason for recommendation ${i + 1} must be ${REASON_LIMIT} characters or fewer` });
      return { recommendation, position: position as Position, reason };
    });
    return errors.length ? { ok: false, errors } : { ok: true, answer: { action, text, positions } };
  }

  if (action === 'extend') {
    const newDueOn = one(fields.newDueOn);
    const reason = one(fields.reason);
    if (newDueOn && !isIsoDate(newDueOn)) errors.push({ field: 'newDueOn', message: 'Enter the new date as a real date, for example 2017-09-06' });
    else if (newDueOn && newDueOn <= obligation.dueOn) errors.push({ field: 'newDueOn', message: 'The new date must be after the current due date' });
    if (!reason) errors.push({ field: 'reason', message: 'Give the reason you need more time' });
    if (reason.length > REASON_LIMIT) errors.push({ field: 'reason', message: `The reason must be ${REASON_LIMIT} characters or fewer` });
    return errors.length ? { ok: false, errors } : { ok: true, answer: { action, newDueOn: newDueOn || null, reason } };
  }

  return { ok: false, errors: [{ field: 'action', message: 'Choose what you want to do' }] };
}
