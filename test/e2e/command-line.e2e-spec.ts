import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createScratchDatabase, type ScratchDatabase } from '../../src/common/database/scratch-database.js';
import { DIALECTS, startTestApp } from '../support/test-app.js';
import { freePort } from '../support/free-port.js';
import { startServer } from '../support/server-process.js';

/*
 * The built entry points, as an operator runs them (`npm test` builds first): the command line
 * prints what scripts capture on stdout alone, and the server starts, answers and stops.
 */

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const cli = (args: string[], env: Record<string, string>) => run('dist/src/cli.js', args, env);


describe.each(DIALECTS)('command line and server on %s', (dialect) => {
  let database: ScratchDatabase;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await createScratchDatabase(dialect, 'cli');
    env = { DATABASE_URL: database.url, QUEUE_PREFIX: `test-cli-${dialect}-${randomBytes(4).toString('hex')}` };
  });
  afterAll(() => database.drop());

  it('creates the first council and a token, printing each alone on stdout', async () => {
    const council = await cli(['council:create', '--slug', 'dartford', '--name', 'Dartford Borough Council'], env);
    expect(council).toMatchObject({ code: 0, stdout: 'dartford\n' });

    const token = await cli(['token:create', '--council', 'dartford', '--email', 'ds@dartford.example.org', '--name', 'Democratic Services', '--role', 'coordinator'], env);
    expect(token.code).toBe(0);
    expect(token.stdout).toMatch(/^scr_[A-Za-z0-9_-]{43}\n$/);

    const again = await cli(['council:create', '--slug', 'dartford', '--name', 'Dartford Borough Council'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(again.stdout).toBe('');

    const badRole = await cli(['token:create', '--council', 'dartford', '--email', 'x@example.org', '--name', 'X', '--role', 'mayor'], env);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('--role must be one of');
    const unknownCouncil = await cli(['token:create', '--council', 'nowhere', '--email', 'x@example.org', '--name', 'X', '--role', 'member'], env);
    expect(unknownCouncil.code).toBe(1);
    expect(unknownCouncil.stderr).toContain('Council nowhere not found');

    const link = await cli(['sign-in:link', '--council', 'dartford', '--email', 'DS@dartford.example.org'], env);
    expect(link.code).toBe(0);
    expect(link.stdout).toMatch(/^http:\/\/localhost:3000\/sign-in\/link\/scr_[A-Za-z0-9_-]{43}\n$/);
    const stranger = await cli(['sign-in:link', '--council', 'dartford', '--email', 'nobody@example.org'], env);
    expect(stranger.code).toBe(2);
    expect(stranger.stderr).toContain('nobody@example.org is not a user of dartford');
    expect(stranger.stdout).toBe('');

    // The service's operator, who makes the other councils through the API.
    const operator = await cli(['operator:create', '--email', 'ops@hosting.example.org', '--name', 'Olu Operator'], env);
    expect(operator.code).toBe(0);
    expect(operator.stdout).toMatch(/^sco_[A-Za-z0-9_-]{43}\n$/);

    // The tokens open the API of the server started on the same database.
    const server = await startServer(env);
    try {
      const me = await fetch(`${server.url}/api/v1/me`, { headers: { Authorization: `Bearer ${token.stdout.trim()}` } });
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({ councilSlug: 'dartford', role: 'coordinator' });
      const councils = await fetch(`${server.url}/api/v1/operator/councils`, { headers: { Authorization: `Bearer ${operator.stdout.trim()}` } });
      expect(await councils.json()).toMatchObject({ total: 1, items: [{ slug: 'dartford', status: 'active' }] });
      const health = await fetch(`${server.url}/health`);
      expect(await health.json()).toEqual({ status: 'ok', db: 'up', redis: 'up' });
    } finally {
      // Nest closes the app on SIGTERM, then ends by the same signal.
      expect([0, 'SIGTERM']).toContain(await server.stop());
    }
  });

  it('loads the Dartford demo into a fresh database and prints a coordinator token', async () => {
    const fresh = await createScratchDatabase(dialect, 'demo');
    try {
      const demo = await cli(['demo'], { ...env, DATABASE_URL: fresh.url });
      expect(demo.code).toBe(0);
      expect(demo.stderr).toContain('/api/docs');
      const token = demo.stdout.trim();
      expect(token).toMatch(/^scr_/);

      const t = await startTestApp(dialect, { DATABASE_URL: fresh.url });
      try {
        // The link printed for the demo co-ordinator signs them in to the pages, once.
        const link = /http:\/\/\S+\/sign-in\/link\/\S+/.exec(demo.stderr)![0];
        const confirm = await t.http().get(new URL(link).pathname).set('Accept', 'text/html');
        expect(confirm.status).toBe(200);
        const formCookie = (confirm.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!;
        const formToken = /name="_csrf" value="([^"]+)"/.exec(confirm.text)![1]!;
        const signedIn = await t.http().post(new URL(link).pathname).set('Cookie', formCookie).type('form').send({ _csrf: formToken, next: '/' });
        expect(signedIn.status).toBe(303);
        const session = (signedIn.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('scrutineer-session='))!.split(';')[0]!;
        const home = await t.http().get('/').set('Cookie', session).set('Accept', 'text/html');
        expect(home.text).toContain('<h1 class="govuk-heading-xl">This week</h1>');
        expect(home.text).toContain('Dartford Borough Council');
        const get = (path: string) => t.http().get(path).set({ Authorization: `Bearer ${token}` });
        expect((await get('/api/v1/me')).body).toMatchObject({ councilSlug: 'dartford', role: 'coordinator' });
        const authorities = (await get('/api/v1/authorities')).body;
        expect(authorities.total).toBe(7);
        expect(authorities.items.map((a: { kind: string }) => a.kind).sort()).toEqual(
          ['county_council', 'district_council', 'district_council', 'fire_rescue', 'health', 'police', 'probation'],
        );
        const police = authorities.items.find((a: { name: string }) => a.name === 'Kent Police');
        expect(police.contacts[0]).toMatchObject({ name: 'Insp. Gary Woodward', escalationLevel: 0 });
        expect((await get('/api/v1/municipal-years')).body.items.map((y: { label: string }) => y.label)).toEqual(['2016-17', '2017-18']);
        const meetings = (await get('/api/v1/meetings')).body.items.map((m: { startsAtLocal: string }) => m.startsAtLocal);
        expect(meetings).toEqual(['2016-07-27T19:00:00+01:00', '2017-02-15T19:00:00+00:00', '2017-07-26T19:00:00+01:00']);
        const committee = (await get('/api/v1/committees')).body.items[0];
        const members = (await get(`/api/v1/committees/${committee.id}/members`)).body.items;
        expect(members[0]).toMatchObject({ name: 'Councillor R J Wells', role: 'chair' });
        // The standing invitations of 2016-17 (seed 001: two councillors and three officers, each with what they
        // were invited as), and the two councillors' renewed for 2017-18.
        expect(members.filter((m: { role: string }) => m.role === 'standing_invitee')).toHaveLength(7);
        const serving = (await get(`/api/v1/committees/${committee.id}/members?on=2017-02-15`)).body.items;
        expect(serving.map((m: { name: string; description: string }) => `${m.name} (${m.description})`).sort()).toEqual([
          'All Dartford CSU staff (Council and Police; to attend as appropriate)',
          'Councillor Chris Shippam (Deputy Leader and Dartford representative on the Kent and Medway Police and Crime Panel)',
          'Councillor Mrs Ann Allen MBE (Cabinet Portfolio Holder for Community Development)',
          "Dartford's District Commander (Kent Police; to attend as appropriate)",
          'The Strategic Director (External Services) (to attend as appropriate and when her principal duties permit)',
        ]);
        // And the minutes of 2016-17, confirmed.
        const july2016 = (await get('/api/v1/meetings')).body.items[0].id;
        expect((await get(`/api/v1/meetings/${july2016}/minutes`)).body).toMatchObject({ status: 'approved', items: expect.arrayContaining([expect.objectContaining({ number: '3', title: 'Dartford Town Against Crime (D-TAC) – Progress Report' })]) });
      } finally {
        await t.close();
      }

      const twice = await cli(['demo'], { ...env, DATABASE_URL: fresh.url });
      expect(twice.code).toBe(1);
      expect(twice.stderr).toContain('already exists');
    } finally {
      await fresh.drop();
    }
  });
});

describe('server start', () => {
  it('refuses bad configuration, listing every bad variable', async () => {
    const res = await run('dist/src/main.js', [], { APP_ROLE: 'both', DATABASE_URL: 'mysql://db', PORT: 'eighty' });
    expect(res.code).toBe(1);
    for (const name of ['APP_ROLE', 'DATABASE_URL', 'PORT']) expect(res.stderr).toContain(name);
  });

  it('stops within 10 seconds when Redis cannot be reached, saying how to start one', async () => {
    const started = Date.now();
    const res = await run('dist/src/main.js', [], { REDIS_URL: `redis://127.0.0.1:${await freePort()}`, DATABASE_URL: 'sqlite::memory:' });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('redis-server');
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
