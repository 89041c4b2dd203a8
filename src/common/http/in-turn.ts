import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Middlewares that every request passes, run in turn as one layer of Express's router. The router
 * does work for each layer a request enters (a match made, its parameters processed, closures kept
 * for the way back): once for all of them instead of once each. A middleware that hands on an error
 * (or 'router') ends the turn there, as the router would; one that throws is caught by the router,
 * as before, since the whole turn runs inside its one layer.
 */
export function inTurn(...middlewares: RequestHandler[]): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    let at = 0;
    const onward = (error?: unknown): void => {
      if (error !== undefined && error !== null && error !== 'route') return next(error);
      if (at === middlewares.length) return next();
      // Express 5's router takes a middleware's rejected promise as its error; so does the turn.
      const returned: unknown = middlewares[at++](request, response, onward);
      if (returned instanceof Promise) returned.catch((error: unknown) => next(error ?? new Error('Rejected promise')));
    };
    onward();
  };
}
