import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource, In, LessThanOrEqual } from 'typeorm';
import { claimStatement } from '../../src/common/queue/claim.js';
import { Reminder } from '../../src/reminders/reminder.entity.js';
import { REMINDERS_PER_JOB, RemindersService, SWEEP_BATCH } from '../../src/reminders/reminders.service.js';
import { DrawDownsService } from '../../src/draw-downs/draw-downs.service.js';
import { QUEUES, SWEEPS } from '../../src/jobs/job-registry.js';
import { SweepsScheduler } from '../../src/jobs/sweeps.scheduler.js';
import { SweepsProcessor } from '../../src/jobs/sweeps.processor.js';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';
import { authority, obligation } from '../support/factories.js';
import { waitFor } from '../support/wait-for.js';

/*
 * Each scheduled sweep is a job of its own, and each council's part of it a job of its own: one that
 * fails holds up none of the others.
 */
describe.each(DIALECTS)('the scheduled sweeps on %s', (dialect) => {
  let t: TestApp;
  let council: TestCouncil;
  let other: TestCouncil;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    council = await t.council();
    other = await t.council();
  });
  afterAll(() => t.close());

  it("claims a page of reminders by their ids, never by reading every pending reminder (the planner's choice)", async () => {
    const dataSource = t.app.get(DataSource);
    const ids = Array.from({ length: 25 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const { sql, parameters } = claimStatement('reminders', dialect === 'postgres', ids, new Date());
    if (dialect === 'sqlite') {
      const plan = ((await dataSource.query(`EXPLAIN QUERY PLAN ${sql}`, parameters)) as { detail: string }[]).map((step) => step.detail);
      // Each search of the table is by its primary key's index; none by the status.
      expect(plan.filter((d) => d.includes('reminders'))).toEqual([expect.stringMatching(/USING INDEX sqlite_autoindex_reminders_1 \(id=\?\)/)]);
    } else {
      const plan = ((await dataSource.query(`EXPLAIN ${sql}`, parameters)) as { 'QUERY PLAN': string }[]).map((step) => step['QUERY PLAN']).join('\n');
      expect(plan).toContain('Update on reminders');
    }
  });

  it("adds one job per sweep at each tick, and one per council; a failing draw-down sweep stops neither the reminder sweep nor another council's", async () => {
    const request = async (who: TestCouncil, subject: string, email: string) =>
      obligation(who.api, await authority(who.api, { contacts: [{ name: 'Inspector', email }] }), { subject, issuedOn: '2017-12-01', dueOn: '2017-12-04' });
    t.clock.set('2017-12-01T12:00:00Z');
    await request(council, 'Stop and search', 'inspector@police.example.org');
    await request(other, 'Knife crime', 'inspector@other-police.example.org');

    // The draw-down sweep fails (its tables unreadable, say) at every attempt, for the first council only.
    const drawDowns = t.app.get(DrawDownsService);
    const remind = drawDowns.remindApprovers.bind(drawDowns);
    jest.spyOn(drawDowns, 'remindApprovers').mockImplementation((councilId) => (councilId === council.id ? Promise.reject(new Error('draw-down tables unreadable')) : remind(councilId)));
    t.clock.set('2017-12-03T09:01:00Z');
    await t.app.get(SweepsScheduler).tick();

    // Both councils' reminders are sent (their requests went at issue).
    for (const subject of ['Stop and search', 'Knife crime']) await t.smtp.waitFor((m) => m.subject?.includes(subject) === true && m.subject.includes('Reminder'));
    const sweeps = t.app.get<Queue>(getQueueToken(QUEUES.sweeps));
    const job = (name: string, councilId?: string) => sweeps.getJob(councilId ? `${name}_201712030901_${councilId}` : `${name}_201712030901`);
    await waitFor("the first council's draw-down sweep to fail", async () => (await job(SWEEPS.drawDownReminders, council.id))?.failedReason);
    expect((await job(SWEEPS.drawDownReminders, council.id))!.failedReason).toBe('draw-down tables unreadable');
    await waitFor("the other council's draw-down sweep to complete", async () => (await (await job(SWEEPS.drawDownReminders, other.id))?.isCompleted()) ?? false);
    for (const name of [SWEEPS.reminders, SWEEPS.digests, SWEEPS.annualReports]) {
      for (const { id } of [council, other]) await waitFor(`${name} of ${id} to complete`, async () => (await (await job(name, id))?.isCompleted()) ?? false);
    }
    for (const name of Object.values(SWEEPS)) await waitFor(`the tick's ${name} to complete`, async () => (await (await job(name))?.isCompleted()) ?? false);
    // A second tick in the same minute (another instance's) adds nothing: 5 sweeps, and 4 of them for each of 2 councils, one failing (retried later, or failed for good).
    await t.app.get(SweepsScheduler).tick();
    const counts = await sweeps.getJobCounts('completed', 'failed', 'delayed', 'waiting', 'active');
    expect(counts.completed).toBe(5 + 4 * 2 - 1);
    expect(counts.failed + counts.delayed + counts.waiting + counts.active).toBe(1);
  });
});

/*
 * Every reminder is planned for 09:00 council time, so the due rows share one instant: the sweep pages
 * by (due_at, id) along an index that holds both, and must enqueue each row once, across pages.
 */
describe.each(DIALECTS)('the reminder sweep over reminders that share one due instant, on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    // No worker: the jobs stay in the queue to be counted.
    t = await startTestApp(dialect, { APP_ROLE: 'api' });
  });
  afterAll(() => t.close());

  it('enqueues each of the reminders due at the same instant exactly once, over three pages of the sweep, a page of reminders a job', async () => {
    const council = await t.council();
    t.clock.set('2018-03-01T10:00:00Z');
    const police = await authority(council.api, { contacts: [{ name: 'Inspector', email: 'inspector@police.example.org' }] });
    const obligationId = await obligation(council.api, police, { subject: 'Figures by ward', issuedOn: '2018-03-01', dueOn: '2018-04-30' });
    const reminders = t.app.get(DataSource).getRepository(Reminder);
    const dueAt = new Date('2018-03-01T09:00:00Z');
    // Enough for three pages of the sweep, every one due at the same instant.
    const tied = 2 * SWEEP_BATCH + 500;
    const rows = Array.from({ length: tied }, (_, n) => ({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, councilId: council.id, obligationId, stage: `tied-${n}`, level: 0, copyCoordinator: false, copyChair: false, dueAt, status: 'pending' as const, attempts: 0 }));
    for (let at = 0; at < rows.length; at += 500) await reminders.insert(rows.slice(at, at + 500));
    // The obligation's own request is due too: every due row is enqueued once, the tied ones among them.
    const due = await reminders.countBy({ councilId: council.id, status: 'pending', dueAt: LessThanOrEqual(new Date('2018-03-01T10:00:00Z')) });
    expect(due).toBeGreaterThanOrEqual(tied);
    const sweep = await council.api.post('/api/v1/reminders/sweep', {});
    expect(sweep.body.enqueued).toBe(due);
    const queue = t.app.get<Queue>(getQueueToken(QUEUES.deliveries));
    const jobs = await queue.getJobs(['waiting', 'delayed', 'prioritized'], 0, 100_000);
    const pages = jobs.filter((j) => j.name === 'send-reminders').map((j) => (j.data as { reminderIds: string[] }).reminderIds);
    // A page of reminders a job: few jobs, each reminder in one of them.
    expect(REMINDERS_PER_JOB).toBeGreaterThan(1);
    expect(pages.length).toBe(Math.ceil(due / REMINDERS_PER_JOB));
    const ids = pages.flat();
    expect(ids.length).toBe(due);
    expect(new Set(ids).size).toBe(due);
    const enqueuedIds = new Set(ids);
    expect(rows.every((r) => enqueuedIds.has(r.id))).toBe(true);

    // A page is claimed in one statement: each row once, whoever asks again.
    const service = t.app.get(RemindersService);
    const page = rows.slice(0, 30).map((r) => r.id);
    const [first, second] = await Promise.all([service.claimAll(page.slice(0, 20)), service.claimAll(page.slice(10))]);
    expect([...first, ...second].sort()).toEqual([...page].sort());
    expect(await service.claimAll(page)).toEqual([]);
    const claimed = await reminders.findBy({ id: In(page) });
    expect(claimed.every((r) => r.status === 'sending' && r.attempts === 1 && r.claimedAt !== null)).toBe(true);
  });
});

describe('APP_ROLE=scheduler', () => {
  it('adds the tick’s sweeps, once however often it ticks, and takes none of them: the workers do', async () => {
    const t = await startTestApp('sqlite', { APP_ROLE: 'scheduler' });
    try {
      // The ticks are here; the queue workers are not.
      expect(() => t.app.get(SweepsProcessor)).toThrow();
      t.clock.set('2017-12-03T09:01:00Z');
      await t.app.get(SweepsScheduler).tick();
      await t.app.get(SweepsScheduler).tick();
      const sweeps = t.app.get<Queue>(getQueueToken(QUEUES.sweeps));
      expect(await sweeps.getJobCounts('waiting')).toEqual({ waiting: Object.values(SWEEPS).length });
      // A moment later they still wait: nothing in this process takes them.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await sweeps.getJobCounts('waiting', 'active', 'completed')).toEqual({ waiting: Object.values(SWEEPS).length, active: 0, completed: 0 });
    } finally {
      await t.close();
    }
  });
});
