import type { Request, Response } from 'express';

/**
 * The public addresses answer JSON to a program and a page to a browser (API.md, "Public"): a page
 * only when the request prefers HTML, so a client that asks for nothing in particular keeps JSON.
 * Caches are told the answer depends on the Accept header.
 */
export function wantsPage(request: Request, response: Response): boolean {
  response.vary('Accept');
  return request.accepts(['json', 'html']) === 'html';
}
