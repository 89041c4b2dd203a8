import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DrawDownsService } from '../../src/draw-downs/draw-downs.service.js';
import { QUEUES, SWEEPS } from '../../src/jobs/job-registry.js';
import { SweepsScheduler } from '../../src/jobs/sweeps.scheduler.js';
import { auth, DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';

/* Each scheduled sweep is a job of its own: one that fails holds up none of the others. */
describe.each(DIALECTS)('the scheduled sweeps on %s', (dialect) => {
  let t: TestApp;
  let council: TestCouncil;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    council = await t.council();
  });
  afterAll(() => t.close());

  it('adds one job per sweep at each tick; a failing draw-down sweep does not stop the reminder sweep', async () => {
    const post = (path: string, body: object) => t.http().post(path).set(auth(council.coordinator)).send(body);
    const police = (await post('/api/v1/authorities', { name: 'Kent Police', kind: 'police', statutory: true })).body.id;
    await post(`/api/v1/authorities/${police}/contacts`, { name: 'Inspector', email: 'inspector@police.example.org', role: 'Inspector', escalationLevel: 0 });
    t.clock.set('2017-12-01T12:00:00Z');
    await post('/api/v1/obligations', { kind: 'information_request', authorityId: police, subject: 'Stop and search', details: 'By ward', issuedOn: '2017-12-01', dueOn: '2017-12-04' });

    // The draw-down sweep fails (its tables unreadable, say) at every attempt.
    jest.spyOn(t.app.get(DrawDownsService), 'remindAll').mockRejectedValue(new Error('draw-down tables unreadable'));
    t.clock.set('2017-12-03T09:01:00Z');
    await t.app.get(SweepsScheduler).tick();

    const reminder = await t.smtp.waitFor((m) => m.subject?.includes('Stop and search') === true);
    expect(reminder.subject).toContain('Reminder');
    const sweeps = t.app.get<Queue>(getQueueToken(QUEUES.sweeps));
    const job = (name: string) => sweeps.getJob(`${name}_201712030901`);
    await waitFor('the draw-down sweep to fail', async () => (await job(SWEEPS.drawDownReminders))?.failedReason);
    expect((await job(SWEEPS.drawDownReminders))!.failedReason).toBe('draw-down tables unreadable');
    for (const other of [SWEEPS.reminders, SWEEPS.digests, SWEEPS.annualReports, SWEEPS.outbox]) {
      await waitFor(`${other} to complete`, async () => (await (await job(other))?.isCompleted()) ?? false);
    }
    // A second tick in the same minute (another instance's) adds nothing.
    await t.app.get(SweepsScheduler).tick();
    expect((await sweeps.getJobCounts('completed', 'failed', 'delayed', 'waiting', 'active')).completed).toBe(4);
  });
});
