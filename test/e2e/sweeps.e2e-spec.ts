import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DrawDownsService } from '../../src/draw-downs/draw-downs.service.js';
import { QUEUES, SWEEPS } from '../../src/jobs/job-registry.js';
import { SweepsScheduler } from '../../src/jobs/sweeps.scheduler.js';
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
