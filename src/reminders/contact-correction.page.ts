import { isEmail } from 'class-validator';
import { escapeHtml as e, errorSummary, fieldError, layout } from '../common/http/html.js';

export interface CorrectionFieldError {
  field: 'name' | 'email' | 'role';
  message: string;
}

export interface CorrectionView {
  authority: string;
  name: string;
  email: string;
  role: string;
  reason: string;
}

/** The corrected contact read from the form, or what is wrong with it, in the page's words. */
export function readCorrectionForm(body: Record<string, unknown>): { ok: true; name: string; email: string; role: string } | { ok: false; errors: CorrectionFieldError[] } {
  const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string).trim() : '');
  const [name, email, role] = [text('name'), text('email'), text('role')];
  const errors: CorrectionFieldError[] = [];
  if (!name || name.length > 200) errors.push({ field: 'name', message: 'Enter the contact’s name (200 characters or fewer)' });
  if (!isEmail(email)) errors.push({ field: 'email', message: 'Enter an e-mail address in the correct format, like name@example.org' });
  if (!role || role.length > 200) errors.push({ field: 'role', message: 'Enter the contact’s role (200 characters or fewer)' });
  return errors.length ? { ok: false, errors } : { ok: true, name, email, role };
}

/** The refused contact and the form that corrects it, with an error summary linked to each bad field. */
export function correctionPage(v: CorrectionView, state: { errors?: CorrectionFieldError[]; values?: Record<string, unknown> } = {}): string {
  const errors = state.errors ?? [];
  const errorOf = (field: string) => errors.find((x) => x.field === field);
  const value = (field: 'name' | 'email' | 'role') => e(typeof state.values?.[field] === 'string' ? (state.values[field] as string) : v[field]);
  const field = (name: 'name' | 'email' | 'role', label: string) => `<label for="${name}">${label}</label>
${fieldError(errors, name)}
<input type="${name === 'email' ? 'email' : 'text'}" id="${name}" name="${name}" value="${value(name)}"${name === 'email' ? ' autocomplete="email" spellcheck="false"' : ''}${errorOf(name) ? ` aria-invalid="true" aria-describedby="${name}-error"` : ''}>`;
  const title = `Correct a contact of ${v.authority}`;
  const summary = errorSummary(errors);
  return layout(
    `${errors.length ? 'Error: ' : ''}${title}`,
    `${summary}
<h1>${e(title)}</h1>
<p>The mail server refuses ${e(v.email)} (${e(v.name)}, ${e(v.role)}): ${e(v.reason)}. Reminders skip this contact until it is corrected.</p>
<form method="post" novalidate>
${field('name', 'Name')}
${field('email', 'E-mail address')}
${field('role', 'Role')}
<button type="submit">Save the contact</button>
</form>`,
  );
}
