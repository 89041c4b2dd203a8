// The simulated national year (issue 21): every crime and disorder committee in England on one
// deployment, one PostgreSQL database and one Redis, 2 API processes, a scheduler and 2 worker
// processes, the clock of every process moved day by day through a municipal year; then the year's
// first NATIONAL_COMPARE_DAYS again with 1 worker, to set against the same days with 2. Run with
// `npm run bench:national`; figures in bench/README.md. Settings: NATIONAL_COUNCILS (300),
// NATIONAL_DAYS (the whole year, 366), NATIONAL_COMPARE_DAYS (91; 0 for none), NATIONAL_SEED.
//
// What happens: the operator creates the councils through the API in three waves a fortnight apart,
// registers the 158 shared bodies (39 police forces, 44 fire services, 21 counties, 12 probation
// regions, 42 care boards), links each council to those serving it and gives each body a contact.
// Each council's co-ordinator sets up the committee, its members, the year, 4–6 meetings with their
// work plan, and its own record of each body with its contacts. Then, every simulated day: at 09:05
// the scheduler ticks and the workers sweep every council and send what fell due (the bench waits
// until the queues are empty); at 14:00 the councils do that day's work through the API — a
// Regulation 9 notice on the first working day of each month; after each meeting, recommendations to
// every authority, an information request and an attendance request or undertaking; members' draw-down
// requests, approved and scheduled — and the authorities answer (most before the due date, a quarter
// late, a fifth never), a shared body's contact answering for all its councils from one sign-in.
//
// Counted at the end: what the app owed (every reminder, digest and notice due in the year, recipient
// by recipient) against what the SMTP server (a process of its own) received, by Message-ID and
// recipient: lost and duplicated. Also checked against the simulation's own book: each obligation it
// left unanswered on its due date must have had its on-the-day reminder delivered.
import 'reflect-metadata';
import { getQueueToken } from '@nestjs/bullmq';
import { NestFactory } from '@nestjs/core';
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { DataSource } from 'typeorm';
import { AppModule } from '../dist/src/app/app.module.js';
import { preflight } from '../dist/src/app/app.setup.js';
import { loadBankHolidayCalendar } from '../dist/src/calendar/bank-holidays.js';
import { addDays } from '../dist/src/calendar/calendar.rules.js';
import { loadConfig } from '../dist/src/common/config/app-config.js';
import { createScratchDatabase, postgresReachable } from '../dist/src/common/database/scratch-database.js';
import { instantAt } from '../dist/src/common/time/dates.js';
import { CouncilsService } from '../dist/src/councils/councils.service.js';
import { QUEUES } from '../dist/src/jobs/job-registry.js';
import { OperatorsService } from '../dist/src/operators/operators.service.js';
import { answerDay, nationalPlan, workingDayFrom } from './national-plan.js';
import { median } from './measure.js';

const COUNCILS = Number(process.env.NATIONAL_COUNCILS ?? 300);
const FIRST_DAY = '2027-05-01';
const DAYS = Number(process.env.NATIONAL_DAYS ?? 366);
const COMPARE_DAYS = Math.min(DAYS, Number(process.env.NATIONAL_COMPARE_DAYS ?? 91));
const SEED = Number(process.env.NATIONAL_SEED ?? 2027);
/** Requests in flight at once, as many co-ordinators and contacts at their desks. */
const CLIENTS = 16;
const ZONE = 'Europe/London';
const here = (file) => new URL(file, import.meta.url);
const holidays = loadBankHolidayCalendar().lookup('england-and-wales');

// ---- processes ---------------------------------------------------------------------------------

async function child(file, env, role) {
  const proc = fork(here(file), [], { env: { ...env, APP_ROLE: role }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const first = await new Promise((resolve, reject) => {
    proc.once('message', resolve);
    proc.once('exit', (code) => reject(new Error(`${file} (${role}) exited (${code}) before it was ready`)));
  });
  return { proc, role, first };
}
const ask = (proc, message) =>
  new Promise((resolve) => {
    proc.once('message', resolve);
    proc.send(message);
  });
const stop = (proc) =>
  new Promise((resolve) => {
    if (proc.exitCode !== null) return resolve();
    proc.once('exit', resolve);
    proc.send('stop');
  });

// ---- the API, as the councils and bodies use it ------------------------------------------------

const latencies = [];
async function call(base, method, path, token, body) {
  const start = performance.now();
  const res = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  latencies.push(performance.now() - start);
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 400)}`);
  return text ? JSON.parse(text) : null;
}

/** `work` for each item, `limit` at a time. */
async function inParallel(items, limit, work) {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(lanes);
}

/** Reminders sent a second on the ticks with 100 or more due, from the tick to the last e-mail. */
function throughput(ticks) {
  const busy = ticks.filter((t) => t.due >= 100);
  return { busy: busy.length, rate: busy.length ? busy.reduce((n, t) => n + t.due, 0) / (busy.reduce((n, t) => n + t.doneMs, 0) / 1000) : 0 };
}

// ---- one simulated year ------------------------------------------------------------------------

async function simulateYear(workerCount, days, out) {
  // The country is planned for the whole year whatever part of it is run, so that runs compare.
  const YEAR_END = addDays(FIRST_DAY, DAYS - 1);
  const LAST_DAY = addDays(FIRST_DAY, days - 1);
  latencies.length = 0;
  const database = await createScratchDatabase('postgres', 'national');
  const sink = await child('./smtp-sink.js', process.env, 'sink');
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    QUEUE_PREFIX: `national-${randomBytes(3).toString('hex')}`,
    SMTP_URL: `smtp://127.0.0.1:${sink.first.port}`,
    MAIL_FROM: 'Scrutineer <scrutineer@national.example.org>',
    PUBLIC_BASE_URL: 'https://scrutineer.example.org',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    SCHEDULER: 'off',
  };
  // The bench's own hands on the service, as an operator's shell would be: the migrations, the
  // operator's token, and each council's first co-ordinator token (`token:create`).
  const config = loadConfig({ ...env, APP_ROLE: 'api' });
  await preflight(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
  const db = app.get(DataSource);
  const queues = Object.fromEntries([QUEUES.sweeps, QUEUES.deliveries].map((name) => [name, app.get(getQueueToken(name))]));
  const processes = [];
  const wall = performance.now();
  try {
    const apis = [];
    for (let i = 0; i < 2; i++) apis.push(await child('./national-process.js', env, 'api'));
    processes.push(...apis);
    const scheduler = await child('./national-process.js', env, 'scheduler');
    processes.push(scheduler);
    for (let i = 0; i < workerCount; i++) processes.push(await child('./national-process.js', env, 'worker'));
    const bases = apis.map((a) => `http://127.0.0.1:${a.first.port}`);

    let now = instantAt(FIRST_DAY, '08:00', ZONE);
    const setClock = async (instant) => {
      now = instant;
      await Promise.all(processes.map((p) => ask(p.proc, { now: instant.toISOString() })));
    };

    // Queue depth and age, sampled while the bench waits for a tick's work to be done.
    const peak = { depth: 0, ageMs: 0 };
    const idle = async () => {
      let busy = 0;
      for (const queue of Object.values(queues)) {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
        busy += Object.values(counts).reduce((a, b) => a + b, 0);
        const waiting = counts.waiting + counts.prioritized;
        peak.depth = Math.max(peak.depth, waiting);
        if (waiting > 0) {
          const [oldest] = await queue.getJobs(['waiting', 'prioritized'], 0, 0, true);
          if (oldest) peak.ageMs = Math.max(peak.ageMs, Date.now() - oldest.timestamp);
        }
      }
      return busy === 0;
    };
    // Mail in hand outside the queues: a notice the API process is sending just after its change
    // committed, a claim not yet settled. The clock must not jump past it (a claim left 19 simulated
    // hours would be taken for a dead sender's and sent again).
    const inHand = async () => {
      const [{ n }] = await db.query(
        `SELECT (SELECT COUNT(*) FROM reminders WHERE status = 'sending') + (SELECT COUNT(*) FROM weekly_digests WHERE status = 'sending')
              + (SELECT COUNT(*) FROM outbox_mails WHERE status = 'sending' OR (status = 'pending' AND retry_at IS NULL)) AS n`,
      );
      return Number(n);
    };
    const drained = async () => {
      const deadline = Date.now() + 600_000;
      while (!(await idle()) || (await inHand()) > 0) {
        if (Date.now() > deadline) throw new Error('the queues did not empty within 10 minutes');
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    const sweepsIdle = async () => {
      for (;;) {
        const counts = await queues[QUEUES.sweeps].getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        if (Object.values(counts).every((n) => n === 0)) return;
        await new Promise((r) => setTimeout(r, 10));
      }
    };

    const { bodies, councils } = nationalPlan({ councils: COUNCILS, firstDay: FIRST_DAY, lastDay: YEAR_END, seed: SEED, holidays });
    const operator = await app.get(OperatorsService).createOperator('operator@hosting.example.org', 'Hosting Operator');
    const councilsService = app.get(CouncilsService);
    const api = (council) => bases[council.index % bases.length];

    // The operator registers each shared body once, with a contact who signs in once for all its councils.
    await setClock(instantAt(FIRST_DAY, '08:00', ZONE));
    const bodyByKey = new Map();
    await inParallel(bodies, CLIENTS, async (body) => {
      const registered = await call(bases[0], 'POST', '/api/v1/operator/authorities', operator, { name: body.name, kind: body.kind });
      const contact = await call(bases[1], 'POST', `/api/v1/operator/authorities/${registered.id}/contacts`, operator, { name: `Partnerships lead, ${body.name}`, email: `partnerships@${body.key.replace(/_/g, '-')}.example.org` });
      bodyByKey.set(body.key, { ...body, id: registered.id, token: contact.token });
    });

    /** Every obligation issued, with when the simulation has its authority answer. */
    const issued = [];
    /** What each day holds: actions by council, in order. */
    const agenda = new Map();
    const plan = (day, council, action) => {
      if (day > LAST_DAY) return;
      if (!agenda.has(day)) agenda.set(day, new Map());
      const byCouncil = agenda.get(day);
      if (!byCouncil.has(council.index)) byCouncil.set(council.index, []);
      byCouncil.get(council.index).push(action);
    };

    /** Keeps an obligation's record and plans its answer. */
    const track = (council, obligation) => {
      const answerOn = answerDay(council.random, obligation.issuedOn, obligation.dueOn);
      const record = { councilIndex: council.index, id: obligation.id, authorityId: obligation.authorityId, issuedOn: obligation.issuedOn, dueOn: obligation.dueOn, recommendations: obligation.recommendations ?? [], answerOn: answerOn && answerOn <= LAST_DAY ? answerOn : null };
      issued.push(record);
      if (record.answerOn) plan(record.answerOn, council, () => answer(council, record));
    };
    const answer = async (council, record) => {
      const shared = council.sharedBodyOf.get(record.authorityId);
      const text = 'The force has considered the committee’s request and responds as follows.';
      const positions = record.recommendations.map((recommendation, i) => ({ recommendation, position: ['accepted', 'partly_accepted', 'rejected'][i % 3], reason: 'Considered by the partnership board' }));
      const body = positions.length ? { text, positions } : { text };
      if (shared) await call(api(council), 'POST', `/api/v1/shared-authority/obligations/${record.id}/responses`, shared.token, body);
      else await call(api(council), 'POST', `/api/v1/obligations/${record.id}/responses`, council.token, body);
    };

    const onboard = async (council) => {
      const made = await call(api(council), 'POST', '/api/v1/operator/councils', operator, { slug: council.slug, name: council.name, coordinator: { email: `democratic.services@${council.slug}.example.org`, name: 'Democratic Services Officer' } });
      council.id = made.id;
      const context = await councilsService.systemContext(made.id);
      council.token = await councilsService.tokenFor(context, { email: `democratic.services@${council.slug}.example.org`, name: 'Democratic Services Officer', role: 'coordinator' });
      const as = (method, path, body) => call(api(council), method, path, council.token, body);
      council.sharedBodyOf = new Map();
      council.authorities = [];
      for (const key of council.bodyKeys) {
        const body = bodyByKey.get(key);
        const { authorityId } = await call(api(council), 'POST', `/api/v1/operator/authorities/${body.id}/councils`, operator, { councilId: made.id });
        council.sharedBodyOf.set(authorityId, body);
        council.authorities.push({ id: authorityId, kind: body.kind });
      }
      const own = await as('POST', '/api/v1/authorities', { name: council.name, kind: 'district_council', statutory: true });
      council.authorities.push({ id: own.id, kind: 'district_council' });
      // Each council keeps its own ladder of contacts, even for a shared body.
      for (const [n, authority] of council.authorities.entries()) {
        for (const level of [0, 1, 2]) {
          await as('POST', `/api/v1/authorities/${authority.id}/contacts`, { name: `Contact ${level}`, email: `level${level}.${n}@${council.slug}.partners.example.org`, role: ['Officer', 'Senior officer', 'Chief officer'][level], escalationLevel: level });
        }
      }
      council.committeeId = (await as('POST', '/api/v1/committees', { name: 'Crime and Disorder (Overview and Scrutiny) Committee' })).id;
      await as('POST', `/api/v1/committees/${council.committeeId}/members`, { name: 'Councillor Chair', email: `chair@${council.slug}.example.org`, role: 'chair', from: council.joins });
      await as('POST', '/api/v1/municipal-years', { label: '2027-28', startsOn: FIRST_DAY, endsOn: '2028-04-30' });
      council.member = (await as('POST', '/api/v1/users', { email: `member@${council.slug}.example.org`, name: 'Councillor Member', role: 'member' })).token;
      const approver = await as('POST', '/api/v1/users', { email: `director@${council.slug}.example.org`, name: 'Director', role: 'approver' });
      council.approver = approver.token;
      await as('PUT', `/api/v1/committees/${council.committeeId}/draw-down-settings`, { approverIds: [approver.id], consultChair: false });
      council.meetingIds = [];
      for (const day of council.meetings) {
        const meeting = await as('POST', '/api/v1/meetings', { committeeId: council.committeeId, startsAt: instantAt(day, '18:30', ZONE).toISOString(), venue: 'Council Chamber' });
        council.meetingIds.push(meeting.id);
        await as('POST', '/api/v1/work-plan/items', { committeeId: council.committeeId, title: 'Community Safety Partnership performance', basis: 'statutory', category: 'performance_report', meetingId: meeting.id });
      }
      // The year's work, day by day.
      for (const day of council.notices) plan(day, council, () => publishNotice(council, day));
      council.meetings.forEach((day, m) => plan(workingDayFrom(addDays(day, 1), holidays), council, () => afterMeeting(council, m, workingDayFrom(addDays(day, 1), holidays))));
      for (const day of council.drawDowns) plan(day, council, () => drawDown(council, day));
    };

    const publishNotice = (council, day) =>
      call(api(council), 'POST', '/api/v1/forward-plan/notices', council.token, {
        periodStart: addDays(day, 29),
        periodEnd: addDays(day, 59),
        publishedOn: day,
        decisions: [
          { title: 'Community safety strategy refresh', decisionMaker: { kind: 'body', name: 'Cabinet' }, decisionDueOn: addDays(day, 35) },
          { title: 'CCTV replacement contract', decisionMaker: { kind: 'person', name: 'Cabinet Member for Community Safety' }, decisionDueOn: addDays(day, 45) },
        ],
      });

    const afterMeeting = async (council, m, day) => {
      const as = (path, body) => call(api(council), 'POST', path, council.token, body);
      const group = await as('/api/v1/obligation-groups', { kind: 'recommendation', subject: `Recommendations of the meeting ${m + 1}`, details: 'The committee recommended that partners agree a joint protocol.', issuedOn: day, recommendations: ['That partners agree a joint protocol', 'That figures are reported by ward'] });
      for (const obligation of group.obligations) track(council, obligation);
      const police = council.authorities[0];
      track(council, await as('/api/v1/obligations', { kind: 'information_request', authorityId: police.id, subject: 'Anti-social behaviour figures by ward', details: 'Quarterly figures by ward.', issuedOn: day, dueOn: workingDayFrom(addDays(day, 35), holidays) }));
      const next = council.meetingIds[m + 1];
      const other = council.authorities[council.random.int(1, council.authorities.length - 1)];
      if (next && m % 2 === 0) track(council, await as('/api/v1/obligations', { kind: 'attendance_request', authorityId: other.id, subject: 'Attendance at the next meeting', details: 'To answer questions on the partnership plan.', issuedOn: day, meetingId: next }));
      else track(council, await as('/api/v1/obligations', { kind: 'undertaking', authorityId: other.id, subject: 'Report back on the night-time economy', details: 'Undertook to report back.', issuedOn: day, dueOn: workingDayFrom(addDays(day, 42), holidays) }));
    };

    const drawDown = async (council, day) => {
      const submitted = await call(api(council), 'POST', '/api/v1/draw-downs', council.member, { committeeId: council.committeeId, topic: `Night-time economy (${day})`, concern: 'Disorder in the town centre at weekends' });
      const decided = workingDayFrom(addDays(day, 3), holidays);
      plan(decided, council, async () => {
        await call(api(council), 'POST', `/api/v1/draw-downs/${submitted.id}/decisions`, council.approver, { decision: 'approve', reason: 'A fair concern' });
        // The first meeting whose agenda is not yet out: three weeks on leaves its report deadline ahead, holidays and all.
        const meetingIndex = council.meetings.findIndex((d) => d > addDays(decided, 21));
        if (meetingIndex < 0) return;
        const scheduled = await call(api(council), 'POST', `/api/v1/draw-downs/${submitted.id}/schedule`, council.token, { meetingId: council.meetingIds[meetingIndex], reportFromAuthorityId: council.authorities[0].id });
        if (scheduled.obligationId) track(council, await call(api(council), 'GET', `/api/v1/obligations/${scheduled.obligationId}`, council.token));
      });
    };

    // ---- the year, day by day ----
    const ticks = [];
    // What the ticks send (the outbox goes at once), and what of it was due and not sent once the last
    // tick's work was done: the afternoon after it makes more, which no tick follows.
    const sentByTicks = ['reminders', 'weekly_digests'];
    const leftAtLastTick = new Set();
    let joined = 0;
    let sentBefore = 0;
    for (let day = FIRST_DAY; day <= LAST_DAY; day = addDays(day, 1)) {
      // 09:05: the scheduler's tick; every council swept, what fell due sent.
      await setClock(instantAt(day, '09:05', ZONE));
      const [{ due }] = await db.query(`SELECT COUNT(*)::int AS due FROM reminders WHERE status = 'pending' AND due_at <= $1`, [now.toISOString()]);
      const start = performance.now();
      await ask(scheduler.proc, 'tick');
      await sweepsIdle();
      const sweptMs = performance.now() - start;
      await drained();
      const { received } = await ask(sink.proc, 'stats');
      ticks.push({ day, councils: joined, due, sweptMs, doneMs: performance.now() - start, sent: received - sentBefore });
      sentBefore = received;
      if (day === LAST_DAY) {
        for (const table of sentByTicks) {
          const left = await db.query(`SELECT id FROM ${table} WHERE status NOT IN ('sent', 'cancelled') AND due_at <= $1`, [now.toISOString()]);
          for (const { id } of left) leftAtLastTick.add(`${table} ${id}`);
        }
      }

      // 14:00: the day's work in the councils and the bodies.
      await setClock(instantAt(day, '14:00', ZONE));
      const joining = councils.filter((c) => c.joins === day);
      await inParallel(joining, CLIENTS, onboard);
      joined += joining.length;
      const work = [...(agenda.get(day)?.values() ?? [])];
      agenda.delete(day);
      await inParallel(work, CLIENTS, async (actions) => {
        for (const action of actions) await action();
      });
      // Mondays: each body's contact reads what every council asks of it.
      if (new Date(`${day}T12:00:00Z`).getUTCDay() === 1) await inParallel([...bodyByKey.values()], CLIENTS, (body) => call(bases[body.index % 2], 'GET', '/api/v1/shared-authority/obligations', body.token));
      await drained();
      const { received: afterWork } = await ask(sink.proc, 'stats');
      ticks[ticks.length - 1].sent += afterWork - sentBefore;
      sentBefore = afterWork;
      if (day.endsWith('-01')) out(`${day}: ${joined} councils, ${issued.length.toLocaleString('en-GB')} obligations issued, ${afterWork.toLocaleString('en-GB')} e-mails so far (${((performance.now() - wall) / 1000).toFixed(0)} s)`);
    }
    const yearSeconds = (performance.now() - wall) / 1000;

    // ---- the account ----
    const { pairs, received } = await ask(sink.proc, 'pairs');
    // Owed: every recipient who took a message the app recorded as sent; and never sent: anything due by
    // the last tick, there when its work was done, that is not (what the last afternoon's work made,
    // due that morning or not, waits for a tick that never comes: a reminder of an obligation recorded
    // after its due date, say, planned for 09:00 that day).
    const owed = new Map();
    let unsent = 0;
    const unsentExamples = [];
    const notSent = (what) => {
      unsent++;
      if (unsentExamples.length < 5) unsentExamples.push(what);
    };
    const owe = (messageId, outcomes) => {
      for (const o of JSON.parse(outcomes ?? '[]')) if (o.state === 'accepted') owed.set(`${messageId} ${o.address.toLowerCase()}`, 0);
    };
    for (const table of sentByTicks) {
      const rows = await db.query(`SELECT id, status, due_at AS "dueAt", attempts, last_error AS "lastError", message_id AS "messageId", recipient_outcomes AS outcomes FROM ${table} WHERE status <> 'cancelled'`);
      for (const row of rows) {
        if (row.status === 'sent') owe(row.messageId, row.outcomes);
        else if (leftAtLastTick.has(`${table} ${row.id}`)) notSent(`${table} ${row.id} ${row.status}, due ${new Date(row.dueAt).toISOString()}, ${row.attempts} attempts${row.lastError ? `: ${row.lastError}` : ''}`);
      }
    }
    for (const row of await db.query(`SELECT id, status, created_at AS "createdAt", attempts, last_error AS "lastError", message, recipient_outcomes AS outcomes FROM outbox_mails`)) {
      if (row.status !== 'sent') notSent(`outbox_mails ${row.id} ${row.status}, made ${new Date(row.createdAt).toISOString()}, ${row.attempts} attempts${row.lastError ? `: ${row.lastError}` : ''} (${JSON.parse(row.message).subject})`);
      else owe(JSON.parse(row.message).messageId, row.outcomes);
    }
    let missing = 0;
    for (const pair of owed.keys()) if (!pairs[pair]) missing++;
    const duplicated = Object.values(pairs).reduce((n, count) => n + count - 1, 0);
    if (unsent > 0) out(`  never sent, for example: ${unsentExamples.join('; ')}`);
    if (missing > 0) out(`  lost, for example: ${[...owed.keys()].filter((pair) => !pairs[pair]).slice(0, 5).join('; ')}`);
    if (duplicated > 0) out(`  duplicated, for example: ${Object.keys(pairs).filter((pair) => pairs[pair] > 1).slice(0, 5).join('; ')}`);
    const unexplained = Object.keys(pairs).filter((pair) => !owed.has(pair)).length;
    // The simulation's own book: each obligation unanswered on its due date had its on-the-day reminder.
    const dueDay = new Map((await db.query(`SELECT obligation_id AS "obligationId", message_id AS "messageId" FROM reminders WHERE stage = 'due' AND status = 'sent'`)).map((r) => [r.obligationId, r.messageId]));
    const book = issued.filter((o) => o.dueOn <= LAST_DAY && o.dueOn >= o.issuedOn && (o.answerOn === null || o.answerOn > o.dueOn));
    const receivedIds = new Set(Object.keys(pairs).map((pair) => pair.slice(0, pair.lastIndexOf(' '))));
    const bookMissing = book.filter((o) => !receivedIds.has(dueDay.get(o.id))).length;

    const [{ size }] = await db.query('SELECT pg_database_size(current_database())::bigint AS size');
    const memory = await Promise.all(processes.map(async (p) => ({ role: p.role, ...(await ask(p.proc, 'memory')) })));
    const mb = (bytes) => `${(bytes / 1048576).toFixed(0)} MB`;
    const p = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];

    out(`${workerCount} worker process${workerCount > 1 ? 'es' : ''}: ${days} days simulated in ${(yearSeconds / 60).toFixed(1)} min (${cpus().length} cores)`);
    out(`  councils ${COUNCILS}, shared bodies ${bodies.length}, obligations issued ${issued.length.toLocaleString('en-GB')}, answered by the bodies ${issued.filter((o) => o.answerOn).length.toLocaleString('en-GB')}; API requests ${latencies.length.toLocaleString('en-GB')} (p50 ${p(latencies, 0.5).toFixed(0)} ms, p99 ${p(latencies, 0.99).toFixed(0)} ms)`);
    out(`  e-mails owed ${owed.size.toLocaleString('en-GB')} (message and recipient); received by the SMTP server ${Object.keys(pairs).length.toLocaleString('en-GB')} in ${received.toLocaleString('en-GB')} messages; lost ${missing + unsent} (${unsent} never sent, ${missing} recorded sent but not received), duplicated ${duplicated}, unexplained ${unexplained}`);
    out(`  the simulation's own book: ${book.length.toLocaleString('en-GB')} obligations unanswered on their due date, ${book.length - bookMissing} had their on-the-day reminder delivered`);
    const bands = [
      ['no reminder due', (t) => t.due === 0],
      ['1–99 due', (t) => t.due > 0 && t.due < 100],
      ['100–499 due', (t) => t.due >= 100 && t.due < 500],
      ['500 or more due', (t) => t.due >= 500],
    ];
    for (const [label, test] of bands) {
      for (const councilCount of [...new Set(ticks.map((t) => t.councils))].filter((n) => n > 0)) {
        const some = ticks.filter((t) => t.councils === councilCount && test(t));
        if (some.length === 0) continue;
        out(`  tick with ${String(councilCount).padStart(3)} councils, ${label.padEnd(16)}: ${String(some.length).padStart(3)} ticks, sweep ${median(some.map((t) => t.sweptMs)).toFixed(0)} ms median (max ${Math.max(...some.map((t) => t.sweptMs)).toFixed(0)}), last e-mail ${median(some.map((t) => t.doneMs)).toFixed(0)} ms median (max ${Math.max(...some.map((t) => t.doneMs)).toFixed(0)}), ${median(some.map((t) => t.due))} due median`);
      }
    }
    const { busy, rate } = throughput(ticks);
    out(`  sending throughput on the ${busy} ticks with 100 or more due: ${rate.toFixed(0)} reminders/s (from the tick to the last e-mail)`);
    out(`  peak queue depth ${peak.depth.toLocaleString('en-GB')} jobs waiting, oldest waiting ${(peak.ageMs / 1000).toFixed(1)} s; database ${mb(Number(size))}`);
    out(`  memory (resident, now / largest): ${memory.map((m) => `${m.role} ${mb(m.rss)} / ${mb(m.peakRss)}`).join(', ')}`);
    return { ticks, yearSeconds };
  } finally {
    for (const p of processes) await stop(p.proc);
    await app.close();
    await stop(sink.proc);
    await database.drop();
  }
}

if (!(await postgresReachable())) {
  console.log('simulated national year: skipped, no PostgreSQL (POSTGRES_ADMIN_URL)');
} else {
  console.log(`simulated national year: ${COUNCILS} councils from ${FIRST_DAY}, ${DAYS} days, one PostgreSQL, one Redis, 2 API processes, a scheduler and 2 worker processes`);
  const two = await simulateYear(2, DAYS, (line) => console.log(`  ${line}`));
  if (COMPARE_DAYS > 0) {
    console.log(`the year's first ${COMPARE_DAYS} days again with 1 worker process`);
    const one = await simulateYear(1, COMPARE_DAYS, (line) => console.log(`  ${line}`));
    const same = (ticks) => ticks.filter((t) => t.day < addDays(FIRST_DAY, COMPARE_DAYS));
    const [a, b] = [throughput(same(one.ticks)), throughput(same(two.ticks))];
    const tickTime = (ticks) => same(ticks).reduce((n, t) => n + t.doneMs, 0) / 1000;
    console.log(
      `  the same ${COMPARE_DAYS} days, 2 worker processes against 1: sending throughput ${b.rate.toFixed(0)} against ${a.rate.toFixed(0)} reminders/s (×${(b.rate / a.rate).toFixed(2)}), ` +
        `the ticks' work ${tickTime(two.ticks).toFixed(0)} s against ${tickTime(one.ticks).toFixed(0)} s (×${(tickTime(one.ticks) / tickTime(two.ticks)).toFixed(2)} as fast), ${cpus().length} cores`,
    );
  }
}
