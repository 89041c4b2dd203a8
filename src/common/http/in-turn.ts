import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Middlewares that every request passes, run in turn as one layer of Express's router. The router
 * does work for each layer a request enters (a match made, its parameters processed, closures kept
 * for the way back): once for all of them instead of once each. Each middleware is handled as the
 * router handles a layer's: one that hands on an error (or 'router'), throws, or returns a promise
 * that rejects ends the turn there, and the error goes on to the app's error handling — also when it
 * runs after an earlier one went on later (a body read), outside the router's own call.
 */
export function inTurn(...middlewares: RequestHandler[]): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    let at = 0;
    const onward = (error?: unknown): void => {
      if (error !== undefined && error !== null && error !== 'route') return next(error);
      if (at === middlewares.length) return next();
      let returned: unknown;
      try {
        returned = middlewares[at++](request, response, onward);
      } catch (thrown) {
        return next(thrown);
      }
      if (returned instanceof Promise) returned.catch((rejection: unknown) => next(rejection ?? new Error('Rejected promise')));
    };
    onward();
  };
}
