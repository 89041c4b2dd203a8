/** Escapes text for HTML content and quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A decision posted by a page's form: one of its choices and the reason, or each problem in the page's words. */
export function readChoiceAndReason<C extends string>(
  body: Record<string, unknown>,
  choices: readonly C[],
  messages: { choice: string; reason: string },
): { ok: true; decision: C; reason: string } | { ok: false; errors: { field: 'decision' | 'reason'; message: string }[] } {
  const decision = body.decision;
  const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
  const errors: { field: 'decision' | 'reason'; message: string }[] = [];
  if (!choices.includes(decision as C)) errors.push({ field: 'decision', message: messages.choice });
  if (!reason) errors.push({ field: 'reason', message: messages.reason });
  else if (reason.length > 5000) errors.push({ field: 'reason', message: 'The reason must be 5,000 characters or fewer' });
  return errors.length ? { ok: false, errors } : { ok: true, decision: decision as C, reason };
}
