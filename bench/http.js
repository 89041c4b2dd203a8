// Benchmarks of the built app (npm run bench builds first). Not part of npm test: numbers are
// recorded in bench/README.md, never asserted. Needs Redis, like the server.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../dist/src/app/app.module.js';
import { configureApp, preflight } from '../dist/src/app/app.setup.js';
import { loadConfig } from '../dist/src/common/config/app-config.js';
import { CouncilsService } from '../dist/src/councils/councils.service.js';

const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 5) * 1000;
const CONCURRENCY = 16;

async function measure(name, request) {
  let done = 0;
  let failed = 0;
  const until = Date.now() + DURATION_MS;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) {
        const res = await request();
        await res.arrayBuffer();
        if (res.ok) done++;
        else failed++;
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`${name.padEnd(48)} ${(done / seconds).toFixed(0).padStart(7)} req/s${failed ? ` (${failed} failed)` : ''}`);
}

const dir = mkdtempSync(join(tmpdir(), 'scrutineer-bench-'));
const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', DATABASE_URL: process.env.DATABASE_URL ?? `sqlite:${join(dir, 'bench.sqlite')}`, QUEUE_PREFIX: 'bench', PORT: '0' });
await preflight(config);
const app = await NestFactory.create(AppModule.forRoot(config), { bodyParser: false, logger: ['error'] });
configureApp(app);
await app.listen(0, '127.0.0.1');
const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
try {
  const councils = app.get(CouncilsService);
  const council = await councils.createCouncil('bench', 'Bench Borough Council');
  const commandLine = await councils.systemContext(council.id, { councilId: council.id, userId: null, label: 'bench' });
  const token = await councils.tokenFor(commandLine, { email: 'bench@example.org', name: 'Bench', role: 'coordinator' });
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const committee = await (await fetch(`${base}/api/v1/committees`, { method: 'POST', headers, body: JSON.stringify({ name: 'Crime and Disorder Committee' }) })).json();
  const meeting = await (
    await fetch(`${base}/api/v1/meetings`, { method: 'POST', headers, body: JSON.stringify({ committeeId: committee.id, startsAt: '2017-07-26T19:00:00+01:00' }) })
  ).json();
  for (let i = 0; i < 10; i++) {
    await fetch(`${base}/api/v1/meetings/${meeting.id}/agenda-items`, { method: 'POST', headers, body: JSON.stringify({ title: `Item ${i}` }) });
  }

  console.log(`${config.DATABASE_URL.split(':')[0]}, ${CONCURRENCY} concurrent clients, ${DURATION_MS / 1000} s each`);
  await measure('GET /health', () => fetch(`${base}/health`));
  await measure('GET /api/v1/me (token lookup)', () => fetch(`${base}/api/v1/me`, { headers }));
  await measure('GET /api/v1/meetings/:id (17-item agenda)', () => fetch(`${base}/api/v1/meetings/${meeting.id}`, { headers }));
} finally {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}
