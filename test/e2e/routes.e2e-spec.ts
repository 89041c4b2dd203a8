import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ROLES, type Role } from '../../src/common/auth/principal.js';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';

/*
 * Every route of the OpenAPI document, checked the same way: no token → 401, a role the route does
 * not name (its x-roles) → 403, a body over 1 MB → 413. The other e2e specs check each route's own
 * happy path, 400s and 404s across councils.
 */

interface Operation {
  'x-roles'?: Role[];
  'x-public'?: boolean;
  requestBody?: unknown;
}

describe.each(DIALECTS)('every route on %s', (dialect) => {
  let t: TestApp;
  let dartford: TestCouncil;
  let tokens: Record<Role, string>;
  let operations: { method: 'get' | 'post' | 'put'; path: string; op: Operation }[];

  beforeAll(async () => {
    t = await startTestApp(dialect);
    dartford = await t.council('dartford');
    const police = await t
      .http()
      .post('/api/v1/authorities')
      .set({ Authorization: `Bearer ${dartford.coordinator}` })
      .send({ name: 'Kent Police', kind: 'police', statutory: true });
    tokens = {
      coordinator: dartford.coordinator,
      member: await dartford.token('member'),
      approver: await dartford.token('approver'),
      authority: await dartford.token('authority', police.body.id),
    };
    const spec = (await t.http().get('/api/docs-json')).body as { paths: Record<string, Record<string, Operation>> };
    operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        method: method as 'get' | 'post' | 'put',
        path: path.replace(/\{(\w+)\}/g, '00000000-0000-4000-8000-000000000000'),
        op,
      })),
    );
  });
  afterAll(() => t.close());

  it('finds the routes in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(15);
  });

  it("serves the pages' styles, scripts and images to anyone, kept a day, and 404 for an asset it lacks", async () => {
    for (const [path, type] of [
      ['/assets/govuk-frontend.min.css', 'text/css'],
      ['/assets/govuk-frontend.min.js', 'text/javascript'],
      ['/assets/scrutineer.css', 'text/css'],
      ['/assets/scrutineer.js', 'text/javascript'],
      ['/assets/progress.js', 'text/javascript'],
      ['/assets/images/favicon.ico', 'image/'],
    ]) {
      const res = await t.http().get(path);
      expect([path, res.status, res.headers['content-type']?.startsWith(type), res.headers['cache-control']]).toEqual([path, 200, true, 'public, max-age=86400']);
    }
    expect((await t.http().get('/assets/images/no-such-image.png')).status).toBe(404);
    expect((await t.http().get('/assets/no-such-script.js')).status).toBe(404);
  });

  it('refuses every non-public route without a token (401)', async () => {
    const protectedOps = operations.filter((o) => !o.op['x-public']);
    expect(operations.filter((o) => o.op['x-public']).map((o) => o.path).sort()).toEqual([
      '/health',
      '/health/live',
      '/health/ready',
      // The public record: the council's home, its pages and feeds (nothing exempt: test/e2e/exempt-scan).
      '/public/00000000-0000-4000-8000-000000000000',
      '/public/00000000-0000-4000-8000-000000000000/annual-reports',
      '/public/00000000-0000-4000-8000-000000000000/annual-reports/00000000-0000-4000-8000-000000000000',
      '/public/00000000-0000-4000-8000-000000000000/feed.atom',
      '/public/00000000-0000-4000-8000-000000000000/forward-plan',
      '/public/00000000-0000-4000-8000-000000000000/forward-plan.ics',
      '/public/00000000-0000-4000-8000-000000000000/meetings',
      '/public/00000000-0000-4000-8000-000000000000/meetings.ics',
      '/public/00000000-0000-4000-8000-000000000000/meetings/00000000-0000-4000-8000-000000000000',
      '/public/00000000-0000-4000-8000-000000000000/meetings/00000000-0000-4000-8000-000000000000/minutes',
      '/public/00000000-0000-4000-8000-000000000000/search',
      '/public/00000000-0000-4000-8000-000000000000/work-plan',
    ]);
    expect(protectedOps.every((o) => (o.op['x-roles'] ?? []).length > 0)).toBe(true);
    for (const { method, path } of protectedOps) {
      const res = await t.http()[method](path);
      expect({ route: `${method} ${path}`, status: res.status }).toEqual({ route: `${method} ${path}`, status: 401 });
    }
  });

  it('refuses every role a route does not name (403)', async () => {
    let checked = 0;
    for (const { method, path, op } of operations) {
      for (const role of ROLES.filter((r) => op['x-roles'] && !op['x-roles'].includes(r))) {
        const res = await t.http()[method](path).set({ Authorization: `Bearer ${tokens[role]}` }).send({});
        expect({ route: `${method} ${path}`, role, status: res.status }).toEqual({ route: `${method} ${path}`, role, status: 403 });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('refuses a body over 1 MB on every route that takes one (413), creating nothing', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 1) });
    const withBody = operations.filter((o) => o.op.requestBody);
    expect(withBody.length).toBeGreaterThan(5);
    for (const { method, path } of withBody) {
      const res = await t.http()[method](path).set({ Authorization: `Bearer ${tokens.coordinator}`, 'Content-Type': 'application/json' }).send(big);
      expect({ route: `${method} ${path}`, status: res.status }).toEqual({ route: `${method} ${path}`, status: 413 });
    }
    expect((await t.http().get('/api/v1/committees').set({ Authorization: `Bearer ${tokens.coordinator}` })).body.total).toBe(0);
  });
});
