import { describe, expect, it } from '@jest/globals';
import express, { type NextFunction, type Request, type Response } from 'express';
import request from 'supertest';
import { inTurn } from './in-turn.js';

const mark = (name: string) => (req: Request, _res: Response, next: NextFunction) => {
  (req as Request & { seen?: string[] }).seen = [...((req as Request & { seen?: string[] }).seen ?? []), name];
  next();
};
const answer = (app: express.Express) => {
  app.get('/x', (req, res) => res.json((req as Request & { seen?: string[] }).seen ?? []));
  app.use((error: Error, _req: Request, res: Response, _next: NextFunction) => res.status(418).json({ error: error.message }));
  return app;
};

describe('inTurn', () => {
  it('runs each middleware in order, then the route, as one router layer', async () => {
    const app = express();
    app.use(inTurn(mark('a'), mark('b'), (req, _res, next) => setImmediate(next), mark('c')));
    answer(app);
    const layers = (app as unknown as { router: { stack: unknown[] } }).router.stack.length;
    const res = await request(app).get('/x');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(['a', 'b', 'c']);
    // The one middleware layer, the route and the error handler.
    expect(layers).toBe(3);
  });

  it('stops at an error handed on, a throw or a rejection, and the error handlers answer, also after a middleware that went on later (as a body read does)', async () => {
    for (const failing of [
      (_req: Request, _res: Response, next: NextFunction) => next(new Error('handed on')),
      () => {
        throw new Error('thrown');
      },
      async () => {
        throw new Error('rejected');
      },
    ]) {
      // Gone on later, the failing one is called outside the router's own call: the turn catches it itself.
      for (const before of [mark('a'), (_req: Request, _res: Response, next: NextFunction) => void setImmediate(next)]) {
        const app = express();
        app.use(inTurn(before, failing, mark('never')));
        answer(app);
        const res = await request(app).get('/x');
        expect(res.status).toBe(418);
        expect(res.body.error).toMatch(/handed on|thrown|rejected/);
      }
    }
  });

  it("answers nothing itself: a middleware that answers ends the request there", async () => {
    const app = express();
    app.use(inTurn(mark('a'), (_req, res) => void res.status(400).json({ refused: true }), mark('never')));
    answer(app);
    const res = await request(app).get('/x');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ refused: true });
  });
});
