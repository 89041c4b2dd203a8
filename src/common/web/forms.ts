import { plainToInstance } from 'class-transformer';
import { ConflictError, InvalidInputError } from '../errors/domain-errors.js';
import { validate, type ValidationError } from 'class-validator';

/** A field of a page's form: its label (to name it in messages) and, for one the committee would word its own way, the message. */
export interface FormField {
  label: string;
  /** What the page says when the field is wrong, in the committee's words; otherwise the label and the rule broken. */
  message?: string;
  /** The id the error summary links to, when not the field's name (the day box of a date). */
  anchor?: string;
}

/** A form's problems: the GOV.UK error summary's list, and each field's own message. */
export interface FormErrors {
  list: { text: string; href: string }[];
  byField: Record<string, { text: string }>;
}

export const noErrors = (): FormErrors => ({ list: [], byField: {} });

function add(errors: FormErrors, field: string, text: string, fields: Record<string, FormField>): void {
  if (errors.byField[field]) return;
  errors.byField[field] = { text };
  errors.list.push({ text, href: `#${fields[field]?.anchor ?? field}` });
}

/**
 * Checks what a page posted against the same DTO the API validates with, so the two can never differ;
 * each bad field gets one message, in the committee's words where the page gives them.
 */
export async function checkForm<T extends object>(dto: new () => T, input: object, fields: Record<string, FormField>): Promise<{ value: T; errors: null } | { value: null; errors: FormErrors }> {
  const value = plainToInstance(dto, input);
  const found = await validate(value, { whitelist: true, forbidNonWhitelisted: false });
  if (found.length === 0) return { value, errors: null };
  const errors = noErrors();
  const visit = (error: ValidationError, path: string) => {
    const field = path.split('.')[0]!;
    if (error.constraints) {
      const rule = Object.values(error.constraints)[0]!;
      add(errors, field, fields[field]?.message ?? `${fields[field]?.label ?? field}: ${rule}`, fields);
    }
    for (const child of error.children ?? []) visit(child, `${path}.${child.property}`);
  };
  for (const error of found) visit(error, error.property);
  return { value: null, errors };
}

/**
 * The problems a service found (`InvalidInputError`), put against the fields they name: a problem that
 * begins with a field's name ("dueOn is computed for…") gets the page's message for the field, or its
 * label instead of the name.
 */
export function problemsAsErrors(problems: string[], fields: Record<string, FormField>): FormErrors {
  const errors = noErrors();
  for (const problem of problems) {
    const named = /^([A-Za-z]+)(:?\s)/.exec(problem);
    const field = named && fields[named[1]!] ? named[1]! : null;
    if (!field) {
      errors.list.push({ text: problem.charAt(0).toUpperCase() + problem.slice(1), href: '#main-content' });
      continue;
    }
    // The page's own words for the field when it has them; else the service's, with the field named as the page names it.
    add(errors, field, fields[field]!.message ?? `${fields[field]!.label}${named![2] === ': ' ? ': ' : ' '}${problem.slice(named![0].length)}`, fields);
  }
  return errors;
}

/**
 * A date typed in the GOV.UK date input (day, month and year boxes) as `YYYY-MM-DD`; nothing typed gives
 * undefined, and something that is not a date gives the text as typed, for the DTO to refuse.
 */
export function dateFromParts(body: Record<string, unknown>, name: string): string | undefined {
  const part = (p: string) => String(body[`${name}-${p}`] ?? '').trim();
  const [day, month, year] = [part('day'), part('month'), part('year')];
  if (!day && !month && !year) return undefined;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return `${year}-${month}-${day}`;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The parts of an ISO date for the date input's boxes, to show a date already chosen. */
export function dateParts(date: string | undefined | null): { day: string; month: string; year: string } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  return match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! } : { day: '', month: '', year: '' };
}

/** A textarea of one item per line (recommendations), blank lines left out. */
export const linesOf = (text: unknown): string[] =>
  typeof text === 'string'
    ? text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean)
    : [];

/** A form field that may come once (a string) or many times (checkboxes): always a list. */
export const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value === undefined || value === '' ? [] : [String(value)]);

/** A time of day as people type it (`7pm`, `7.30pm`, `19:00`, `1930`) as `HH:MM`, or null when it is not one. */
export function timeFromText(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const typed = text.trim().toLowerCase().replace(/\s+/g, '');
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?(am|pm)?$/.exec(typed);
  if (!match) return typed === 'midday' || typed === 'noon' ? '12:00' : null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  const half = match[3];
  if (minutes > 59) return null;
  if (half) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === 'pm' ? 12 : 0);
  } else if (hours > 23 || match[2] === undefined) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * A form's change, whole: checked with the API's DTO, made, and what the service refused (bad input,
 * or a change the record's state forbids) put back on the form; any other failure is the page's error.
 */
export async function submitForm<T extends object, R>(
  dto: new () => T,
  input: object,
  fields: Record<string, FormField>,
  change: (value: T) => Promise<R>,
): Promise<{ done: R; errors: null } | { done: null; errors: FormErrors }> {
  const checked = await checkForm(dto, input, fields);
  if (checked.errors) return { done: null, errors: checked.errors };
  try {
    return { done: await change(checked.value), errors: null };
  } catch (error) {
    if (error instanceof InvalidInputError) return { done: null, errors: problemsAsErrors(error.problems, fields) };
    if (error instanceof ConflictError) {
      // A state the record is in, not one field's fault: shown at the form's first field.
      const [name, first] = Object.entries(fields)[0] ?? ['main-content', undefined];
      return { done: null, errors: { list: [{ text: error.message, href: `#${first?.anchor ?? name}` }], byField: {} } };
    }
    throw error;
  }
}

/** A form shown again with what was wrong: which form, what was typed, and its problems. */
export interface ShownForm {
  name: string;
  errors: FormErrors;
  typed: Record<string, unknown>;
}

/** What a page's template needs of the form shown again (or of none): its name, what was typed, the summary and each field's message. */
export function formState(form: ShownForm | null) {
  return { form: form?.name ?? null, typed: form?.typed ?? {}, errors: form?.errors.list ?? [], fieldErrors: form?.errors.byField ?? {} };
}
