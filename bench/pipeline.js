// The whole sending pipeline against raw pooled nodemailer, on SQLite and PostgreSQL (npm run bench
// builds first; `node bench/pipeline.js` alone after `npm run build`). Numbers are recorded in
// bench/README.md, never asserted. Needs Redis and, for the PostgreSQL half, POSTGRES_ADMIN_URL's server.
//
// Every part in a process of its own: the app that seeds and sweeps (APP_ROLE=api), one or two worker
// processes (APP_ROLE=worker) that claim, compose, send and record, an SMTP server that counts what it
// accepts and each Message-ID, and the raw sender. A round: BENCH_MAILS (2,000) reminders fall due,
// one sweep enqueues them, and the clock runs until the server has every message; then the raw sender
// sends as many messages of the same size to the same server. BENCH_ROUNDS (5) rounds, the sides
// interleaved, after one round of each not counted (warming up); then the same with a second worker
// process. Lost and doubled messages are counted by Message-ID, and every reminder must end `sent`.
// SQLITE_SYNCHRONOUS is passed on (the SQLite half with `normal` shows what syncing costs).
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { execFileSync, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { DataSource } from 'typeorm';
import { AppModule } from '../dist/src/app/app.module.js';
import { preflight } from '../dist/src/app/app.setup.js';
import { AuthoritiesService } from '../dist/src/authorities/authorities.service.js';
import { loadConfig } from '../dist/src/common/config/app-config.js';
import { createScratchDatabase, postgresReachable } from '../dist/src/common/database/scratch-database.js';
import { CouncilsService } from '../dist/src/councils/councils.service.js';
import { RemindersService } from '../dist/src/reminders/reminders.service.js';
import { cpuSeconds, median, range, seconds } from './measure.js';
import { seedReminders } from './reminder-rows.js';
import { APP_NODE_FLAGS } from './app-node-flags.js';

const MAILS = Number(process.env.BENCH_MAILS ?? 2_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** A round that has not delivered every message by then has lost some. */
const ROUND_LIMIT_MS = Number(process.env.BENCH_ROUND_LIMIT_MS ?? 300_000);
const here = (file) => new URL(file, import.meta.url);

/** The Redis server's process, when it runs on this machine and redis-cli can ask it. */
function redisServerPid(url) {
  try {
    const pid = Number(/process_id:(\d+)/.exec(execFileSync('redis-cli', ['-u', url, 'INFO', 'server'], { encoding: 'utf8' }))?.[1]);
    return pid && cpuSeconds(pid) !== null ? pid : null;
  } catch {
    return null;
  }
}
/**
 * The CPU of the PostgreSQL server's processes on this machine (every process named postgres: its
 * backends, one for each pooled connection, kept through a round, and its own workers).
 */
function postgresCpuSeconds() {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') total += cpuSeconds(pid) ?? 0;
    } catch {
      // gone since the directory was read
    }
  }
  return total;
}
/** CPU milliseconds per message of each process named, between two readings. */
const cpuPerMessage = (before, after, messages) =>
  Object.fromEntries(Object.keys(before).map((name) => [name, before[name] === null ? null : ((after[name] - before[name]) * 1000) / messages]));

/** A child process, and the first message it sends. */
async function child(file, env = process.env) {
  const worker = file.includes('worker');
  const execArgv = [
    // A worker runs as `npm start` runs the app; the raw sender and the SMTP server with Node's defaults.
    ...(worker ? APP_NODE_FLAGS : []),
    ...(process.env.BENCH_PROFILE_DIR && (worker || file.includes('raw')) ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : []),
    ...(process.env.BENCH_WORKER_REQUIRE && worker ? ['--require', process.env.BENCH_WORKER_REQUIRE] : []),
  ];
  const proc = fork(here(file), [], { env, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const first = await new Promise((resolve, reject) => {
    proc.once('message', resolve);
    proc.once('exit', (code) => reject(new Error(`${file} exited (${code}) before it was ready`)));
  });
  return { proc, first };
}
const ask = (proc, message) => new Promise((resolve) => {
  proc.once('message', resolve);
  proc.send(message);
});
const stop = (proc) => new Promise((resolve) => {
  proc.once('exit', resolve);
  proc.send('stop');
});

async function pipelineBench(dialect, databaseUrl, out) {
  const sink = await child('./smtp-sink.js');
  const smtpUrl = `smtp://127.0.0.1:${sink.first.port}`;
  const env = { ...process.env, DATABASE_URL: databaseUrl, QUEUE_PREFIX: `bench-${randomBytes(3).toString('hex')}`, SMTP_URL: smtpUrl, MAIL_FROM: 'Scrutineer <scrutineer@bench.example.org>', SCHEDULER: 'off' };
  const config = loadConfig({ ...env, LOG_LEVEL: env.LOG_LEVEL ?? 'warn', APP_ROLE: 'api' });
  await preflight(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
  const workers = [];
  const raw = await child('./raw-sender.js').catch(() => null);
  try {
    const councils = app.get(CouncilsService);
    const council = await councils.createCouncil('bench', 'Bench Borough Council');
    const context = await councils.systemContext(council.id, { councilId: council.id, userId: null, label: 'bench' });
    await councils.createUser(context, { email: 'coordinator@bench.example.org', name: 'Co-ordinator', role: 'coordinator' });
    const authorities = app.get(AuthoritiesService);
    const authority = await authorities.create(context, { name: 'Bench Police', kind: 'police', statutory: true });
    await authorities.addContact(context, authority.id, { name: 'Inspector', email: 'inspector@police.example.org', role: 'Inspector', escalationLevel: 0 });
    const db = app.get(DataSource);
    const reminders = app.get(RemindersService);
    let next = 1;
    const redisPid = redisServerPid(config.REDIS_URL);
    // What each side's processes spend: the raw sender and the SMTP server; the workers, the SMTP
    // server, this process (which sweeps), Redis and PostgreSQL's server.
    const pipelineCpu = () => ({
      workers: workers.reduce((sum, w) => sum + (cpuSeconds(w.pid) ?? NaN), 0),
      'SMTP server': cpuSeconds(sink.proc.pid),
      sweeper: cpuSeconds(process.pid),
      Redis: redisPid ? cpuSeconds(redisPid) : null,
      ...(dialect === 'postgres' ? { PostgreSQL: postgresCpuSeconds() } : {}),
    });
    const rawCpu = () => ({ 'raw sender': cpuSeconds(raw.proc.pid), 'SMTP server': cpuSeconds(sink.proc.pid) });

    /** One round of the pipeline: MAILS reminders fall due, one sweep, until the server has them all. */
    const pipelineRound = async () => {
      const before = await ask(sink.proc, 'stats');
      const from = next;
      next += MAILS;
      await seedReminders(db, dialect, { councilId: council.id, authorityId: authority.id, from, count: MAILS, due: MAILS });
      const cpuBefore = pipelineCpu();
      const start = process.hrtime.bigint();
      const enqueued = await reminders.sweep(council.id);
      if (enqueued !== MAILS) throw new Error(`the sweep enqueued ${enqueued} of ${MAILS}`);
      let stats = before;
      const deadline = Date.now() + ROUND_LIMIT_MS;
      while (stats.received - before.received < MAILS && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
        stats = await ask(sink.proc, 'stats');
      }
      const elapsed = seconds(start);
      const cpu = cpuPerMessage(cpuBefore, pipelineCpu(), MAILS);
      // A moment more, so that a doubled message sent late is counted too.
      await new Promise((r) => setTimeout(r, 500));
      stats = await ask(sink.proc, 'ids');
      const expected = Array.from({ length: MAILS }, (_, i) => `<reminder.${String(from + i).padStart(8, '0')}-0000-4000-8000-000000000001@bench.example.org>`);
      const lost = expected.filter((id) => !stats.ids[id]).length;
      const doubled = expected.reduce((n, id) => n + Math.max(0, (stats.ids[id] ?? 0) - 1), 0);
      const [{ sent }] = await db.query(`SELECT COUNT(*) AS sent FROM reminders WHERE status = 'sent' AND council_id = ${dialect === 'sqlite' ? '?' : '$1'}`, [council.id]);
      return { rate: MAILS / elapsed, bytes: (stats.bytes - before.bytes) / Math.max(1, stats.received - before.received), lost, doubled, sent: Number(sent), cpu };
    };

    /** As many messages of the same size through raw pooled nodemailer to the same server. */
    const rawRound = async (bytes, round) => {
      const before = await ask(sink.proc, 'stats');
      const cpuBefore = rawCpu();
      const { seconds: elapsed } = await ask(raw.proc, { url: smtpUrl, count: MAILS, bytes, round });
      const cpu = cpuPerMessage(cpuBefore, rawCpu(), MAILS);
      const after = await ask(sink.proc, 'stats');
      return { rate: MAILS / elapsed, bytes: (after.bytes - before.bytes) / Math.max(1, after.received - before.received), cpu };
    };

    const results = {};
    let sentSoFar = 0;
    for (const count of (process.env.BENCH_WORKERS ?? '1,2').split(',').map(Number)) {
      while (workers.length < count) workers.push((await child('./pipeline-worker.js', env)).proc);
      const sides = { pipeline: [], raw: [] };
      // A round of each side first, not counted: the processes' code warms up and the pools open.
      await pipelineRound();
      sentSoFar += MAILS;
      await rawRound(3_400, `${count}.warm`);
      for (let round = 0; round < ROUNDS; round++) {
        const p = await pipelineRound();
        sentSoFar += MAILS;
        if (p.sent !== sentSoFar) out(`round ${round + 1}: ${sentSoFar - p.sent} reminders not marked sent`);
        sides.pipeline.push(p);
        sides.raw.push(await rawRound(p.bytes, `${count}.${round}`));
      }
      const rates = (s) => s.map((r) => r.rate);
      const lost = sides.pipeline.reduce((n, r) => n + r.lost, 0);
      const doubled = sides.pipeline.reduce((n, r) => n + r.doubled, 0);
      const ratio = median(rates(sides.pipeline)) / median(rates(sides.raw));
      results[count] = median(rates(sides.pipeline));
      out(
        `${count} worker process${count > 1 ? 'es' : ''}: pipeline ${median(rates(sides.pipeline)).toFixed(0)} reminders/s (${range(rates(sides.pipeline))}), ` +
          `${median(sides.pipeline.map((r) => r.bytes)).toFixed(0)} bytes each; raw pooled nodemailer ${median(rates(sides.raw)).toFixed(0)} messages/s (${range(rates(sides.raw))}), ` +
          `${median(sides.raw.map((r) => r.bytes)).toFixed(0)} bytes each; ×${ratio.toFixed(2)} of raw; ${lost} lost, ${doubled} doubled of ${(MAILS * ROUNDS).toLocaleString('en-GB')}`,
      );
      const cpuLine = (side) => {
        const names = Object.keys(side[0].cpu).filter((name) => side[0].cpu[name] !== null);
        return names.map((name) => `${name} ${median(side.map((r) => r.cpu[name])).toFixed(2)}`).join(', ');
      };
      out(`  CPU ms a message (medians): pipeline — ${cpuLine(sides.pipeline)}; raw — ${cpuLine(sides.raw)}`);
    }
    if (results[1] && results[2]) out(`two worker processes against one: ×${(results[2] / results[1]).toFixed(2)} (${cpus().length} cores)`);
  } finally {
    for (const worker of workers) await stop(worker);
    if (raw) await stop(raw.proc);
    await app.close();
    await stop(sink.proc);
  }
}

console.log(`sending pipeline: ${MAILS.toLocaleString('en-GB')} reminders a round, ${ROUNDS} rounds, sides interleaved, medians (and ranges); every part in a process of its own`);
// BENCH_DIALECTS (sqlite,postgres) chooses; PostgreSQL is left out when it does not answer.
const asked = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',');
const dialects = [...(asked.includes('sqlite') ? ['sqlite'] : []), ...(asked.includes('postgres') && (await postgresReachable()) ? ['postgres'] : [])];
for (const dialect of dialects) {
  const database = await createScratchDatabase(dialect, 'bench');
  try {
    await pipelineBench(dialect, database.url, (line) => console.log(`  ${dialect.padEnd(8)} ${line}`));
  } finally {
    await database.drop();
  }
}
