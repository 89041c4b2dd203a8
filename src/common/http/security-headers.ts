import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Helmet's headers, worked out once: Helmet runs eleven middlewares on every request to set headers
 * that, with the options given here (no directive computed per request), are the same every time.
 * Its middleware is run once against a response that records what it sets, and the headers are then
 * set from that record.
 */
export function fixedHeaders(helmetMiddleware: RequestHandler): RequestHandler {
  const headers: [string, string | number | readonly string[]][] = [];
  const removed: string[] = [];
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => headers.push([name, value]),
    removeHeader: (name: string) => removed.push(name),
    getHeader: () => undefined,
  };
  let finished = false;
  helmetMiddleware({ headers: {}, method: 'GET', url: '/' } as Request, recorder as unknown as Response, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  if (!finished) throw new Error('The security headers middleware did not finish at once: it cannot be fixed');
  return (_request: Request, response: Response, next: NextFunction) => {
    for (const name of removed) response.removeHeader(name);
    for (const [name, value] of headers) response.setHeader(name, value);
    next();
  };
}
