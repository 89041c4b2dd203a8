// The authenticated read of a year's work plan, and a public page, against a bare NestJS route (in a
// process of its own) that answers a body of the same size — each measured by autocannon in a process
// of its own, the app drained between measurements, at 50
// connections, the sides interleaved, 5 rounds, medians and ranges; then again once the committee
// has 5,000 items in other years. Built code in dist/ (npm run bench builds first). Needs Redis.
//   node bench/work-plan-read.js   (BENCH_SECONDS per measurement, default 5; BENCH_ROUNDS, default 5)
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { AppModule } from '../dist/src/app/app.module.js';
import { configureApp, preflight } from '../dist/src/app/app.setup.js';
import { loadConfig } from '../dist/src/common/config/app-config.js';
import { CouncilsService } from '../dist/src/councils/councils.service.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONNECTIONS = 50;
const OTHER_YEARS_ITEMS = 5_000;
const autocannon = fileURLToPath(new URL('../node_modules/autocannon/autocannon.js', import.meta.url));
const run = promisify(execFile);

/** One measurement by autocannon, in its own process: requests a second and the 99th percentile of latency. */
async function cannon(url, headers = {}) {
  const args = [autocannon, '-c', String(CONNECTIONS), '-d', String(SECONDS), '-j', ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}=${v}`]), url];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
  const result = JSON.parse(stdout);
  const bad = result.non2xx + result.errors + result.timeouts;
  return { rps: result.requests.average, p99: result.latency.p99, bad };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const range = (values) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;

const dir = mkdtempSync(join(tmpdir(), 'scrutineer-bench-'));
const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', DATABASE_URL: process.env.DATABASE_URL ?? `sqlite:${join(dir, 'bench.sqlite')}`, QUEUE_PREFIX: 'bench-read', PORT: '0' });
await preflight(config);
const app = await NestFactory.create(AppModule.forRoot(config), { bodyParser: false, logger: ['error'] });
configureApp(app);
await app.listen(0, '127.0.0.1');
const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
let bare = null;
let bareUrl = '';

/** The bare NestJS route, in a process of its own, answering the body given. */
async function startBare(body) {
  const file = join(dir, 'bare-body.json');
  writeFileSync(file, body);
  bare = spawn(process.execPath, [fileURLToPath(new URL('./bare-nest.js', import.meta.url))], { env: { ...process.env, BARE_BODY_FILE: file }, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve) => bare.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
  bareUrl = `http://127.0.0.1:${port}/bare`;
}

/** Waits until the app has worked off what the last measurement left queued: /health answers at once. */
async function drained() {
  for (;;) {
    const started = performance.now();
    await (await fetch(`${base}/health`)).arrayBuffer();
    if (performance.now() - started < 20) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

try {
  const councils = app.get(CouncilsService);
  const council = await councils.createCouncil('bench', 'Bench Borough Council');
  const commandLine = await councils.systemContext(council.id, { councilId: council.id, userId: null, label: 'bench' });
  const token = await councils.tokenFor(commandLine, { email: 'bench@example.org', name: 'Bench', role: 'coordinator' });
  const auth = { Authorization: `Bearer ${token}` };
  const post = async (path, body) => {
    const res = await fetch(`${base}${path}`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const committee = await post('/api/v1/committees', { name: 'Crime and Disorder Committee' });
  await post('/api/v1/municipal-years', { label: '2017-18', startsOn: '2017-05-17', endsOn: '2018-05-15' });
  // The year read: six meetings of eight items each.
  for (const day of ['2017-06-14', '2017-07-26', '2017-09-20', '2017-11-15', '2018-02-14', '2018-04-11']) {
    const meeting = await post('/api/v1/meetings', { committeeId: committee.id, startsAt: `${day}T18:00:00Z` });
    for (let i = 0; i < 8; i++) await post('/api/v1/work-plan/items', { committeeId: committee.id, title: `Item ${i + 1} for ${day}`, basis: 'discretionary', category: 'partner_update', meetingId: meeting.id });
  }
  const planUrl = `${base}/api/v1/work-plan?committeeId=${committee.id}&municipalYear=2017-18`;
  const publicUrl = `${base}/public/bench/work-plan`;
  const bareBody = await (await fetch(planUrl, { headers: auth })).text();
  await startBare(bareBody);
  console.log(`work plan read: ${config.DATABASE_URL.split(':')[0]}, autocannon ${CONNECTIONS} connections × ${SECONDS} s, ${ROUNDS} rounds interleaved; the bare NestJS route answers the same ${bareBody.length.toLocaleString('en-GB')} bytes`);

  const phase = async (label) => {
    const sides = { bare: [], plan: [], public: [] };
    for (let round = 0; round < ROUNDS; round++) {
      sides.bare.push(await cannon(bareUrl));
      sides.plan.push(await cannon(planUrl, auth));
      await drained();
      sides.public.push(await cannon(publicUrl, { Accept: 'text/html' }));
      await drained();
    }
    const rps = (s) => s.map((m) => m.rps);
    const p99 = (s) => s.map((m) => m.p99);
    const bad = (s) => s.reduce((n, m) => n + m.bad, 0);
    const base = median(rps(sides.bare));
    for (const [name, s] of [['bare NestJS route', sides.bare], ['GET /api/v1/work-plan (a year, 48 items)', sides.plan], ['GET /public/:slug/work-plan (page)', sides.public]]) {
      console.log(
        `  ${label.padEnd(26)} ${name.padEnd(42)} ${median(rps(s)).toFixed(0).padStart(6)} req/s (${range(rps(s))}), ×${(median(rps(s)) / base).toFixed(2)} of bare; p99 ${median(p99(s)).toFixed(0)} ms (${range(p99(s))})${bad(s) ? `; ${bad(s)} not 2xx/errors` : ''}`,
      );
    }
  };
  await phase('the year alone');
  // 5,000 items of other years: seasons of 2010–2015, no meetings.
  const seasons = ['Summer', 'Autumn', 'Winter', 'Spring'];
  const months = { Summer: 'July', Autumn: 'October', Winter: 'February', Spring: 'April' };
  for (let i = 0; i < OTHER_YEARS_ITEMS; i++) {
    const season = seasons[i % 4];
    await post('/api/v1/work-plan/items', { committeeId: committee.id, title: `Earlier item ${i}`, basis: 'discretionary', category: 'other', season: `${season} ${2010 + (i % 6)} (${months[season]})`, status: 'agreed' });
  }
  await phase(`+${OTHER_YEARS_ITEMS.toLocaleString('en-GB')} items of other years`);
} finally {
  await app.close();
  bare?.kill();
  rmSync(dir, { recursive: true, force: true });
}
