import { isEmail } from 'class-validator';

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
