// The reminder sweep against its raw reference, on SQLite and PostgreSQL (npm run bench builds first;
// `node bench/sweep.js` alone after `npm run build`). Not part of npm test: numbers are recorded in
// bench/README.md, never asserted. Needs Redis and, for the PostgreSQL half, POSTGRES_ADMIN_URL's server.
// The app runs as APP_ROLE=api, so no worker takes the jobs; the queue is emptied before each sweep.
//
// 1. The empty sweep (nothing due) with 10,000, 100,000 and 1,000,000 reminders stored.
// 2. BENCH_DUE (10,000) due among them, every one at the same instant (as the app plans them, 09:00):
//    the sweep (find them, enqueue one job per REMINDERS_PER_JOB) against a raw indexed SELECT of the same rows plus a
//    raw BullMQ addBulk of as many jobs of the same shape (and of one job a reminder, as the sweep
//    once added), sides interleaved, BENCH_ROUNDS (5) each.
// 3. BENCH_TIED (100,000) due at one instant: the sweep's walk through them (its pages, as it reads
//    them) against one raw SELECT of them all; then the whole sweep.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { getQueueToken } from '@nestjs/bullmq';
import { AppModule } from '../dist/src/app/app.module.js';
import { preflight } from '../dist/src/app/app.setup.js';
import { AuthoritiesService } from '../dist/src/authorities/authorities.service.js';
import { loadConfig } from '../dist/src/common/config/app-config.js';
import { jobId } from '../dist/src/common/queue/queues.js';
import { JOBS } from '../dist/src/jobs/job-registry.js';
import { createScratchDatabase, postgresReachable } from '../dist/src/common/database/scratch-database.js';
import { CouncilsService } from '../dist/src/councils/councils.service.js';
import { REMINDERS_PER_JOB, RemindersService, SWEEP_BATCH } from '../dist/src/reminders/reminders.service.js';
import { median, range, seconds } from './measure.js';
import { seedReminders, DUE_AT } from './reminder-rows.js';

const STORED = [10_000, 100_000, Number(process.env.BENCH_OBLIGATIONS ?? 1_000_000)];
const DUE = Number(process.env.BENCH_DUE ?? 10_000);
const TIED = Number(process.env.BENCH_TIED ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ms = (values) => `${(median(values) * 1000).toFixed(1)} ms (${range(values.map((v) => v * 1000), 1)})`;

async function boot(databaseUrl) {
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', DATABASE_URL: databaseUrl, QUEUE_PREFIX: `bench-${randomBytes(3).toString('hex')}`, SCHEDULER: 'off', APP_ROLE: 'api' });
  await preflight(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
  const councils = app.get(CouncilsService);
  const council = await councils.createCouncil('bench', 'Bench Borough Council');
  const context = await councils.systemContext(council.id, { councilId: council.id, userId: null, label: 'bench' });
  const authority = await app.get(AuthoritiesService).create(context, { name: 'Bench Police', kind: 'police', statutory: true });
  return { app, config, council, authority, db: app.get(DataSource), queue: app.get(getQueueToken(JOBS.sendReminder.queue)) };
}

async function sweepBench(dialect, databaseUrl) {
  const { app, config, council, authority, db, queue } = await boot(databaseUrl);
  const p = (n) => (dialect === 'sqlite' ? '?' : `$${n}`);
  // The same rows the sweep reads, in its order, by the same index: with the columns the sweep reads
  // (its jobs' ids are made of ids and attempts), and with those a job a reminder was made of.
  const rowsDue = `FROM reminders WHERE council_id = ${p(1)} AND status = 'pending' AND due_at <= ${p(2)} AND (retry_at IS NULL OR retry_at <= ${p(2)}) ORDER BY due_at, id`;
  const rawSelect = `SELECT id, attempts, due_at ${rowsDue}`;
  const rawSelectOfOneJobEach = `SELECT id, obligation_id, stage, attempts, due_at ${rowsDue}`;
  const selectParameters = (now) => (dialect === 'sqlite' ? [council.id, now, now] : [council.id, now]);
  // A raw queue of its own for the reference's addBulk, on the same Redis.
  const rawQueue = new Queue(`bench-raw-${randomBytes(3).toString('hex')}`, { connection: { url: config.REDIS_URL } });
  const reminders = app.get(RemindersService);
  const out = (line) => console.log(`  ${dialect.padEnd(8)} ${line}`);
  try {
    // 1. The empty sweep as the stored rows grow.
    let stored = 0;
    for (const size of STORED) {
      const start = process.hrtime.bigint();
      await seedReminders(db, dialect, { councilId: council.id, authorityId: authority.id, from: stored + 1, count: size - stored, due: 0 });
      stored = size;
      const seeded = seconds(start);
      const empty = [];
      for (let run = 0; run < 7; run++) {
        const started = process.hrtime.bigint();
        if ((await reminders.sweep(council.id)) !== 0) throw new Error('the empty sweep enqueued something');
        empty.push(seconds(started));
      }
      out(`empty sweep, ${size.toLocaleString('en-GB').padStart(9)} stored: ${ms(empty)} (seeded in ${seeded.toFixed(1)} s)`);
    }

    // 2. DUE of them due at one instant: the sweep against raw SELECT + raw addBulk.
    await db.query(`UPDATE reminders SET due_at = ${p(1)} WHERE id IN (SELECT id FROM reminders WHERE council_id = ${p(2)} ORDER BY id LIMIT ${DUE})`, [DUE_AT, council.id]);
    const sides = { sweep: [], select: [], addBulk: [], raw: [], pageSelect: [], pagedBulk: [], paged: [] };
    for (let round = 0; round < ROUNDS; round++) {
      await queue.obliterate({ force: true });
      let start = process.hrtime.bigint();
      const enqueued = await reminders.sweep(council.id);
      sides.sweep.push(seconds(start));
      if (enqueued !== DUE) throw new Error(`the sweep enqueued ${enqueued} of ${DUE}`);
      await rawQueue.obliterate({ force: true });
      start = process.hrtime.bigint();
      const rows = await db.query(rawSelectOfOneJobEach, selectParameters(new Date().toISOString()));
      const selected = seconds(start);
      if (rows.length !== DUE) throw new Error(`the raw SELECT found ${rows.length}`);
      // Jobs of the same shape as the sweep's (name, data, the same options and a deterministic id), in pages of SWEEP_BATCH as it adds them.
      const added = process.hrtime.bigint();
      for (let i = 0; i < rows.length; i += SWEEP_BATCH) {
        await rawQueue.addBulk(rows.slice(i, i + SWEEP_BATCH).map((r) => ({ name: JOBS.sendReminder.name, data: { reminderId: r.id }, opts: { ...JOBS.sendReminder.options, jobId: jobId(JOBS.sendReminder.name, r.obligation_id, r.stage, `a${r.attempts}`) } })));
      }
      sides.addBulk.push(seconds(added));
      sides.select.push(selected);
      sides.raw.push(selected + seconds(added));
      // The like-for-like reference: the columns the sweep reads, and as many jobs as it adds (one per
      // REMINDERS_PER_JOB reminders, their ids as data).
      await rawQueue.obliterate({ force: true });
      start = process.hrtime.bigint();
      const pageRows = await db.query(rawSelect, selectParameters(new Date().toISOString()));
      const pageSelected = seconds(start);
      if (pageRows.length !== DUE) throw new Error(`the raw SELECT found ${pageRows.length}`);
      const paged = process.hrtime.bigint();
      for (let i = 0; i < pageRows.length; i += SWEEP_BATCH) {
        const jobs = [];
        for (let j = i; j < Math.min(i + SWEEP_BATCH, pageRows.length); j += REMINDERS_PER_JOB) {
          const page = pageRows.slice(j, Math.min(j + REMINDERS_PER_JOB, i + SWEEP_BATCH, pageRows.length));
          jobs.push({ name: JOBS.sendReminders.name, data: { reminderIds: page.map((r) => r.id) }, opts: { ...JOBS.sendReminders.options, jobId: jobId(JOBS.sendReminders.name, `${round}-${j}`) } });
        }
        await rawQueue.addBulk(jobs);
      }
      const pagedJobs = await rawQueue.getJobCounts();
      if (Object.values(pagedJobs).reduce((a, b) => a + b, 0) !== Math.ceil(DUE / REMINDERS_PER_JOB)) throw new Error(`the raw addBulk added ${JSON.stringify(pagedJobs)}`);
      sides.pageSelect.push(pageSelected);
      sides.pagedBulk.push(seconds(paged));
      sides.paged.push(pageSelected + seconds(paged));
    }
    out(`sweep of ${DUE.toLocaleString('en-GB')} due among ${stored.toLocaleString('en-GB')}: ${ms(sides.sweep)} (${Math.ceil(DUE / REMINDERS_PER_JOB)} jobs of ${REMINDERS_PER_JOB})`);
    out(`  against raw SELECT ${ms(sides.pageSelect)} + raw addBulk of as many jobs ${ms(sides.pagedBulk)} = ${ms(sides.paged)}: sweep ×${(median(sides.sweep) / median(sides.paged)).toFixed(2)} of raw`);
    out(`  against raw SELECT with obligation and stage ${ms(sides.select)} + raw addBulk of one job a reminder ${ms(sides.addBulk)} = ${ms(sides.raw)} (as the sweep once did): sweep ×${(median(sides.sweep) / median(sides.raw)).toFixed(2)}`);

    // 3. TIED due at one instant: the sweep's walk through its pages against one raw SELECT.
    await db.query(`UPDATE reminders SET due_at = ${p(1)} WHERE id IN (SELECT id FROM reminders WHERE council_id = ${p(2)} ORDER BY id LIMIT ${TIED})`, [DUE_AT, council.id]);
    const walk = { pages: [], select: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const now = new Date();
      let start = process.hrtime.bigint();
      let found = 0;
      for (let after = null; ; ) {
        const page = await reminders.duePage(council.id, 'pending', now, after);
        found += page.due.length;
        if (!page.next) break;
        after = page.next;
      }
      walk.pages.push(seconds(start));
      if (found !== TIED) throw new Error(`the sweep's pages found ${found} of ${TIED}`);
      start = process.hrtime.bigint();
      const rows = await db.query(rawSelect, selectParameters(now.toISOString()));
      walk.select.push(seconds(start));
      if (rows.length !== TIED) throw new Error(`the raw SELECT found ${rows.length} of ${TIED}`);
    }
    out(`${TIED.toLocaleString('en-GB')} due at one instant: the sweep's pages ${ms(walk.pages)}; one raw SELECT ${ms(walk.select)}; ×${(median(walk.pages) / median(walk.select)).toFixed(2)}`);
    await queue.obliterate({ force: true });
    let start = process.hrtime.bigint();
    const enqueued = await reminders.sweep(council.id);
    out(`${TIED.toLocaleString('en-GB')} due at one instant, the whole sweep (enqueuing each): ${(seconds(start) * 1000).toFixed(0)} ms, ${enqueued.toLocaleString('en-GB')} enqueued`);
    await queue.obliterate({ force: true });
  } finally {
    await rawQueue.obliterate({ force: true }).catch(() => undefined);
    await rawQueue.close();
    await app.close();
  }
}

console.log(`reminder sweep: medians (and ranges) of ${ROUNDS} rounds, sides interleaved; empty sweeps of 7`);
const dialects = ['sqlite', ...((await postgresReachable()) ? ['postgres'] : [])];
for (const dialect of dialects) {
  const database = await createScratchDatabase(dialect, 'bench');
  try {
    await sweepBench(dialect, database.url);
  } finally {
    await database.drop();
  }
}
