import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { InvalidInputError } from '../errors/domain-errors.js';

/** What councils publish papers as, as the import routes take them (the body as it is). */
export const DOCUMENT_MEDIA_TYPES = ['text/plain', 'text/html', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];

/** The largest paper an import route or page takes: a 200-page PDF is a few megabytes. */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

/** An uploaded file on a page: one, up to the largest paper (for `FileInterceptor`). */
export const UPLOAD_LIMITS = { limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1 } };

/** Why a paper could not be imported, in words for a page's error summary ("file: it could not be read…" → "It could not be read…"). */
export function problemForPage(problems: string[]): string {
  const text = problems.map((p) => p.replace(/^(file|body): /, '')).join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Documents an import route's body: a paper as the council published it. */
export function ApiPublishedDocument(what: string) {
  return applyDecorators(
    ApiConsumes(...DOCUMENT_MEDIA_TYPES),
    ApiBody({ description: `${what} as the council publishes it: plain text, the HTML of its web page, a Word document or a PDF (up to 20 MB)`, schema: { type: 'string', format: 'binary' } }),
  );
}

/** The body of an import route as a document: bytes (PDF, Word, HTML) or text; an empty one is refused naming it. */
export function documentFromBody(body: unknown, what: string): string | Uint8Array {
  const document = Buffer.isBuffer(body) ? new Uint8Array(body) : typeof body === 'string' ? body : '';
  if (typeof document === 'string' ? !document.trim() : !document.length) throw new InvalidInputError([`body: send ${what} as text/plain, text/html, a .docx or a PDF; it was empty`]);
  return document;
}
