// The reminder sweep and the whole sending pipeline, on SQLite and PostgreSQL (npm run bench builds
// first). Not part of npm test: numbers are recorded in bench/README.md, never asserted. Needs Redis
// and, for the PostgreSQL half, the server of POSTGRES_ADMIN_URL.
//
// 1. Sweep: BENCH_OBLIGATIONS (1,000,000) open obligations with one pending reminder each, of which
//    BENCH_DUE (10,000) are due: the sweep that finds and enqueues them, the same raw indexed SELECT,
//    and an empty sweep once none is due. The app runs as APP_ROLE=api, so no worker takes the jobs.
// 2. Pipeline: BENCH_MAILS (2,000) due reminders through sweep → BullMQ → worker → nodemailer → a local
//    SMTP server, against raw pooled nodemailer sending as many messages of the same size there.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import nodemailer from 'nodemailer';
import { randomBytes } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { getQueueToken } from '@nestjs/bullmq';
import { AppModule } from '../dist/src/app/app.module.js';
import { preflight } from '../dist/src/app/app.setup.js';
import { AuthoritiesService } from '../dist/src/authorities/authorities.service.js';
import { loadConfig } from '../dist/src/common/config/app-config.js';
import { QUEUES } from '../dist/src/common/queue/queues.js';
import { createScratchDatabase, postgresReachable } from '../dist/src/common/database/scratch-database.js';
import { CouncilsService } from '../dist/src/councils/councils.service.js';
import { RemindersService } from '../dist/src/reminders/reminders.service.js';

const OBLIGATIONS = Number(process.env.BENCH_OBLIGATIONS ?? 1_000_000);
const DUE = Number(process.env.BENCH_DUE ?? 10_000);
const MAILS = Number(process.env.BENCH_MAILS ?? 2_000);
const DUE_AT = '2020-02-03T09:00:00.000Z';
const LATER_AT = '2099-02-02T09:00:00.000Z';

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (s) => `${(s * 1000).toFixed(1)} ms`;

/** Obligations and one pending reminder each, made by the database itself (the fast way to a million rows). */
async function seed(db, dialect, councilId, authorityId, count, due) {
  const series = dialect === 'sqlite' ? `(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count}) SELECT i FROM n)` : `(SELECT generate_series(1, ${count}) AS i)`;
  const id = (suffix) => (dialect === 'sqlite' ? `printf('%08d-0000-4000-8000-00000000000${suffix}', i)` : `lpad(i::text, 8, '0') || '-0000-4000-8000-00000000000${suffix}'`);
  const no = dialect === 'sqlite' ? '0' : 'false';
  const p = (n) => (dialect === 'sqlite' ? '?' : `$${n}`);
  await db.query(
    `INSERT INTO obligations (id, council_id, kind, authority_id, subject, details, issued_on, due_on, due_rule_id, due_citation, due_explanation, status, created_at)
     SELECT ${id(0)}, ${p(1)}, 'information_request', ${p(2)}, 'Bench obligation', 'Quarterly figures by ward', '2020-01-06',
            CASE WHEN i <= ${due} THEN '2020-02-03' ELSE '2099-02-02' END${dialect === 'sqlite' ? '' : '::date'}, 'information_request',
            'Crime and Disorder (Overview and Scrutiny) Regulations 2009', 'Due on the date named in the request.', 'open', '2020-01-06T10:00:00.000Z'
     FROM ${series} AS s`,
    [councilId, authorityId],
  );
  await db.query(
    `INSERT INTO reminders (id, council_id, obligation_id, stage, level, copy_coordinator, copy_chair, due_at, status, attempts)
     SELECT ${id(1)}, ${p(1)}, ${id(0)}, 'due', 0, ${no}, ${no}, CASE WHEN i <= ${due} THEN '${DUE_AT}' ELSE '${LATER_AT}' END, 'pending', 0
     FROM ${series} AS s`,
    [councilId],
  );
  await db.query(dialect === 'sqlite' ? 'ANALYZE' : 'ANALYZE obligations; ANALYZE reminders');
}

async function boot(databaseUrl, env) {
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, QUEUE_PREFIX: `bench-${randomBytes(3).toString('hex')}`, SCHEDULER: 'off', ...env });
  await preflight(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
  const councils = app.get(CouncilsService);
  const council = await councils.createCouncil('bench', 'Bench Borough Council');
  const actor = { councilId: council.id, userId: null, label: 'bench' };
  await councils.createUser(actor, { email: 'coordinator@bench.example.org', name: 'Co-ordinator', role: 'coordinator' });
  const authority = await app.get(AuthoritiesService).create(actor, { name: 'Bench Police', kind: 'police', statutory: true });
  await app.get(AuthoritiesService).addContact(actor, authority.id, { name: 'Inspector', email: 'inspector@police.example.org', role: 'Inspector', escalationLevel: 0 });
  return { app, council, authority, db: app.get(DataSource), queue: app.get(getQueueToken(QUEUES.reminders)) };
}

async function sweepBench(dialect, databaseUrl) {
  const { app, council, authority, db, queue } = await boot(databaseUrl, { APP_ROLE: 'api' });
  try {
    let start = process.hrtime.bigint();
    await seed(db, dialect, council.id, authority.id, OBLIGATIONS, DUE);
    console.log(`${dialect}: seeded ${OBLIGATIONS.toLocaleString('en-GB')} obligations and reminders (${DUE.toLocaleString('en-GB')} due) in ${seconds(start).toFixed(1)} s`);
    const reminders = app.get(RemindersService);
    const raw = dialect === 'sqlite'
      ? `SELECT id, obligation_id, stage, attempts, due_at FROM reminders WHERE council_id = ? AND status = 'pending' AND due_at <= ? ORDER BY due_at, id`
      : `SELECT id, obligation_id, stage, attempts, due_at FROM reminders WHERE council_id = $1 AND status = 'pending' AND due_at <= $2 ORDER BY due_at, id`;
    const selects = [];
    const sweeps = [];
    for (let run = 0; run < 3; run++) {
      start = process.hrtime.bigint();
      const rows = await db.query(raw, [council.id, new Date().toISOString()]);
      selects.push(seconds(start));
      if (rows.length !== DUE) throw new Error(`raw SELECT found ${rows.length}`);
      await queue.obliterate({ force: true });
      start = process.hrtime.bigint();
      const enqueued = await reminders.sweep(council.id);
      sweeps.push(seconds(start));
      if (enqueued !== DUE) throw new Error(`sweep enqueued ${enqueued}`);
    }
    await db.query(`UPDATE reminders SET status = 'sent' WHERE due_at = '${DUE_AT}'`);
    const empty = [];
    for (let run = 0; run < 5; run++) {
      start = process.hrtime.bigint();
      if ((await reminders.sweep(council.id)) !== 0) throw new Error('empty sweep enqueued');
      empty.push(seconds(start));
    }
    await queue.obliterate({ force: true });
    return { raw: median(selects), sweep: median(sweeps), empty: median(empty) };
  } finally {
    await app.close();
  }
}

/** A real SMTP server that counts what it accepts (without parsing: the bench measures the sender). */
async function smtpCounter() {
  let received = 0;
  let wake = () => undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('end', () => {
        received++;
        wake();
        callback();
      });
      stream.resume();
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${server.server.address().port}`,
    get received() {
      return received;
    },
    until: (count) => new Promise((resolve) => {
      wake = () => received >= count && resolve();
      wake();
    }),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function pipelineBench(dialect, databaseUrl) {
  const smtp = await smtpCounter();
  const { app, council, authority, db } = await boot(databaseUrl, { APP_ROLE: 'all', SMTP_URL: smtp.url });
  try {
    await seed(db, dialect, council.id, authority.id, MAILS, MAILS);
    let start = process.hrtime.bigint();
    await app.get(RemindersService).sweep(council.id);
    await smtp.until(MAILS);
    const pipeline = seconds(start);

    // Raw pooled nodemailer, as MailService is configured, with a message of the same size.
    const [sample] = await db.query(`SELECT id FROM reminders WHERE status = 'sent' LIMIT 1`);
    if (!sample) throw new Error('no reminder was sent');
    const text = 'x'.repeat(2_500);
    const transport = nodemailer.createTransport({ url: smtp.url, pool: true, maxConnections: 5, maxMessages: Infinity });
    const before = smtp.received;
    start = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: MAILS }, (_, i) =>
        transport.sendMail({ from: 'bench@example.org', to: 'inspector@police.example.org', subject: `Raw ${i}`, text, html: `<p>${text}</p>` }),
      ),
    );
    await smtp.until(before + MAILS);
    const raw = seconds(start);
    transport.close();
    return { pipeline: MAILS / pipeline, raw: MAILS / raw };
  } finally {
    await app.close();
    await smtp.close();
  }
}

const dialects = ['sqlite', ...((await postgresReachable()) ? ['postgres'] : [])];
for (const dialect of dialects) {
  const database = await createScratchDatabase(dialect, 'bench');
  try {
    const sweep = await sweepBench(dialect, database.url);
    console.log(`${dialect}: sweep finding and enqueuing ${DUE.toLocaleString('en-GB')} of ${OBLIGATIONS.toLocaleString('en-GB')}: ${ms(sweep.sweep)}; same raw SELECT: ${ms(sweep.raw)}; empty sweep: ${ms(sweep.empty)}`);
  } finally {
    await database.drop();
  }
  const mails = await createScratchDatabase(dialect, 'bench');
  try {
    const pipeline = await pipelineBench(dialect, mails.url);
    console.log(`${dialect}: pipeline ${pipeline.pipeline.toFixed(0)} reminders/s; raw pooled nodemailer ${pipeline.raw.toFixed(0)} messages/s (${MAILS.toLocaleString('en-GB')} each)`);
  } finally {
    await mails.drop();
  }
}
