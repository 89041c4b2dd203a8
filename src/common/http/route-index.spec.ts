import { describe, expect, it } from '@jest/globals';
import express, { type Express } from 'express';
import request from 'supertest';
import { groupRoutes, literalPrefix } from './route-index.js';

/** The same routes and middleware, in the same order, as an app of many modules registers them. */
function app(grouped: boolean): Express {
  const server = express();
  const said = (text: string) => (req: express.Request, res: express.Response) => res.send(`${text} ${JSON.stringify(req.params)} ${req.path} ${req.originalUrl}`);
  server.use((req, res, next) => (req.path === '/blocked' ? res.status(451).send('blocked') : next()));
  server.get('/api/v1/work-plan', said('plan'));
  server.post('/api/v1/work-plan', said('plan post'));
  server.get('/api/v1/work-plan/coverage', said('coverage'));
  server.get('/api/v1/work-plan/items/:id', said('item'));
  server.get('/api/v1/meetings/:id', said('meeting'));
  // Registered after the work plan's routes, and overlapping them: must still lose to them, and win over a later one.
  server.get('/api/v1/:kind', said('any kind'));
  server.get('/api/v1/work-plan/:part', said('a part of the plan'));
  server.get('/api/v1/meetings/:id/agenda', said('agenda'));
  server.use('/api/v1/late', (req, res) => res.send(`late middleware ${req.path} ${req.baseUrl}`));
  server.get('/api/v1/meetings', said('meetings after a middleware'));
  server.get('/:slug/work-plan', said('a council'));
  server.get('/public/:slug/work-plan', said('public plan'));
  server.get('/public/:slug/meetings', said('public meetings'));
  server.get('/health', said('health'));
  server.get('/health/live', said('live'));
  server.get('/files/*rest', said('file'));
  server.options('/api/v1/work-plan/versions', (req, res) => res.send('versions options'));
  server.get('/api/v1/work-plan/versions', said('versions'));
  server.use((err: Error, req: express.Request, res: express.Response, _next: express.NextFunction) => res.status(500).send(`error ${err.message}`));
  server.use((req, res) => res.status(404).send('not found'));
  if (grouped) groupRoutes((server as unknown as { router: { stack: Parameters<typeof groupRoutes>[0] } }).router.stack);
  return server;
}

const paths = [
  '/api/v1/work-plan', '/API/V1/Work-Plan', '/api/v1/work-plan/', '/api/v1/work-plan?x=1', '/api/v1/work-plan/coverage',
  '/api/v1/work-plan/items/abc', '/api/v1/work-plan/items/a%20b', '/api/v1/work-plan/items', '/api/v1/work-plan/other',
  '/api/v1/work-planx', '/api/v1/meetings/m1', '/api/v1/meetings/m1/agenda', '/api/v1/meetings', '/api/v1/late/x',
  '/api/v1/anything', '/api/v1', '/public/bench/work-plan', '/public/bench/meetings', '/public/work-plan', '/x/work-plan',
  '/health', '/health/', '/health/live', '/healthz', '/files/a/b.pdf', '/blocked', '/nowhere', '/api/v1/items/%zz', '/api/v1/work-plan/versions',
  // Starts cased, cut short, doubled slashes, encoded.
  '/HEALTH/Live', '/api', '/api/', '/api/v1/', '/api//v1/work-plan', '/public', '/public/', '/Files/a', '/files', '/%61pi/v1/work-plan', '//api/v1/work-plan',
];

describe('groupRoutes', () => {
  it('answers every path, method and case as Express answers it ungrouped', async () => {
    const [plain, grouped] = [app(false), app(true)];
    for (const method of ['get', 'post', 'head', 'options', 'put'] as const) {
      for (const path of paths) {
        const [before, after] = await Promise.all([request(plain)[method](path), request(grouped)[method](path)]);
        expect({ method, path, status: after.status, text: after.text, allow: after.headers.allow }).toEqual({ method, path, status: before.status, text: before.text, allow: before.headers.allow });
      }
    }
  });

  it('puts routes of one prefix behind one layer, and leaves middleware and parameter-first routes where they were', () => {
    const server = app(true);
    const stack = (server as unknown as { router: { stack: { route?: unknown; rawPath?: unknown; name?: string }[] } }).router.stack;
    const described = stack.map((layer) => (layer.route ? `route ${String(layer.rawPath)}` : layer.rawPath === '/' ? layer.name : String(layer.rawPath)));
    expect(described).toEqual([
      '<anonymous>',
      '/api/v1/work-plan', // its GET, POST, coverage and items/:id
      'route /api/v1/meetings/:id',
      '/api/v1', // broader than both groups before it: closes them, and takes in the two /api/v1 routes after it
      '/api/v1/late',
      'route /api/v1/meetings',
      'route /:slug/work-plan',
      '/public',
      '/health', // and /health/live
      'route /files/*rest',
      'route /api/v1/work-plan/versions', // answers OPTIONS itself
      'route /api/v1/work-plan/versions',
      '<anonymous>',
      '<anonymous>',
    ]);
  });
});

describe('literalPrefix', () => {
  it('is the first literal segments, at most three, in lower case', () => {
    expect(literalPrefix('/api/v1/work-plan/items/:id')).toBe('/api/v1/work-plan');
    expect(literalPrefix('/API/v1/:kind')).toBe('/api/v1');
    expect(literalPrefix('/public/:slug/work-plan')).toBe('/public');
    expect(literalPrefix('/:slug/work-plan')).toBeNull();
    expect(literalPrefix('/files/*rest')).toBe('/files');
    expect(literalPrefix('/a{/:b}')).toBeNull();
    expect(literalPrefix(/^\/x/)).toBeNull();
    expect(literalPrefix(['/a', '/b'])).toBeNull();
  });
});
