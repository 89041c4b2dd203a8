import type { Response } from 'express';

/** Escapes text for HTML content and quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Sends one of the app's own HTML pages (response and agreement links): never cached, never framed,
 * no referrer (the token is in the address), and a policy that allows only the page's inline style and forms.
 */
export function sendPage(response: Response, status: number, html: string): void {
  response
    .status(status)
    .set({
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    })
    .send(html);
}

const STYLE = `body{font-family:system-ui,sans-serif;max-width:44rem;margin:1rem auto;padding:0 1rem;line-height:1.5;color:#0b0c0c}
h1{font-size:1.75rem}h2{font-size:1.3rem;margin-top:2rem}label,legend{font-weight:600;display:block;margin-top:1rem}
textarea,input[type=text],input[type=date]{width:100%;font:inherit;padding:.4rem;border:2px solid #0b0c0c;box-sizing:border-box}
button{font:inherit;font-weight:600;padding:.5rem 1rem;margin-top:1rem;background:#00703c;color:#fff;border:0;cursor:pointer}
button:focus,a:focus,input:focus,textarea:focus{outline:3px solid #fd0}.error{color:#d4351c;font-weight:600}
.summary{border:4px solid #d4351c;padding:1rem}.notice{border-left:6px solid #1d70b8;padding-left:1rem}.hint{color:#505a5f}
fieldset{border:0;padding:0;margin:0}.radios label{font-weight:400;display:inline;margin-right:1rem}`;

/** The frame of the app's own pages: plain HTML that works without JavaScript or styles from elsewhere. */
export function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main id="main">
${body}
</main></body></html>`;
}

/** A page that says what happened and what to do next (already answered, expired, not valid, thank you). */
export function messagePage(title: string, paragraphs: string[], coordinatorEmail?: string | null): string {
  const contact = coordinatorEmail ? `<p>Questions: write to <a href="mailto:${escapeHtml(coordinatorEmail)}">${escapeHtml(coordinatorEmail)}</a>.</p>` : '';
  return layout(title, `<h1>${escapeHtml(title)}</h1>\n${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n${contact}`);
}


/** A bad field of a form, and the anchor its message links to (the field's id unless given). */
export interface FormError {
  field: string;
  message: string;
  anchor?: string;
}

/** The error summary at the top of a page: each problem linked to its field (GOV.UK pattern). Empty without errors. */
export function errorSummary(errors: FormError[]): string {
  if (!errors.length) return '';
  return `<div class="summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
<h2 id="error-summary-title">There is a problem</h2>
<ul>${errors.map((x) => `<li><a href="#${x.anchor ?? x.field}">${escapeHtml(x.message)}</a></li>`).join('')}</ul></div>`;
}

/** The message beside a field (its id `<field>-error`, for aria-describedby), or nothing. */
export function fieldError(errors: FormError[], field: string): string {
  const error = errors.find((x) => x.field === field);
  return error ? `<p class="error" id="${field}-error">Error: ${escapeHtml(error.message)}</p>` : '';
}

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
