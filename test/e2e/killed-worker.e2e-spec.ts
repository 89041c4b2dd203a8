import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ChildProcess, spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { Reminder } from '../../src/reminders/reminder.entity.js';
import { STALE_CLAIM_MS } from '../../src/common/queue/claim.js';
import { waitFor } from '../support/wait-for.js';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';

/*
 * A real worker process (the built app, APP_ROLE=worker) claims a reminder and is killed with
 * SIGKILL while its SMTP server holds the message open. Another instance, later, must still send
 * the reminder, once, with the same Message-ID.
 */
describe.each(DIALECTS)('a worker killed between claim and send on %s', (dialect) => {
  let setup: TestApp;
  let recovery: TestApp | undefined;
  let dartford: TestCouncil;
  let stalling: SMTPServer;
  let stalled = false;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    // This instance serves the API only: no worker of its own takes the job.
    setup = await startTestApp(dialect, { APP_ROLE: 'api' });
    dartford = await setup.council('dartford');
    stalling = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // Takes the message and never answers: the worker is caught between claim and the server's reply.
      onData(stream) {
        stalled = true;
        stream.resume();
      },
    });
    await new Promise<void>((resolve) => stalling.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    worker?.kill('SIGKILL');
    await recovery?.close();
    await setup.close();
    await new Promise<void>((resolve) => stalling.close(() => resolve()));
  });

  it('sends the reminder after the restart, once, with the same Message-ID', async () => {
    const post = (t: TestApp, path: string, body: object) => t.as(dartford.coordinator).post(path, body);
    const authority = await post(setup, '/api/v1/authorities', { name: 'Kent Police', kind: 'police', statutory: true });
    await post(setup, `/api/v1/authorities/${authority.body.id}/contacts`, { name: 'CSU', email: 'csu@police.example.org', role: 'Inspector', escalationLevel: 0 });
    // One stage only: the worker's claim is stamped with the real time, years after the other stages would be due.
    await setup.as(dartford.coordinator).put('/api/v1/reminders/policy', { stages: [{ offsetDays: -1, level: 0, copyCoordinator: false, copyChair: false }] });
    setup.clock.set('2017-12-01T12:00:00Z');
    const obligation = await post(setup, '/api/v1/obligations', {
      kind: 'information_request',
      authorityId: authority.body.id,
      subject: 'Night-time economy figures',
      details: 'By ward',
      issuedOn: '2017-12-01',
      dueOn: '2017-12-04',
    });
    const row = await setup.dataSource.getRepository(Reminder).findOneByOrFail({ obligationId: obligation.body.id, stage: 'before-1' });
    // The request itself (queued at issue) is not what this test is about: taken out of play, so that
    // the worker finds it no longer pending and only the reminder reaches the stalling server.
    await setup.dataSource.getRepository(Reminder).update({ obligationId: obligation.body.id, stage: 'request' }, { status: 'cancelled' });

    worker = spawn(process.execPath, ['dist/src/main.js'], {
      env: {
        ...process.env,
        DATABASE_URL: setup.config.DATABASE_URL,
        REDIS_URL: setup.config.REDIS_URL,
        QUEUE_PREFIX: setup.config.QUEUE_PREFIX,
        MAIL_FROM: setup.config.MAIL_FROM,
        SMTP_URL: `smtp://127.0.0.1:${(stalling.server.address() as AddressInfo).port}`,
        APP_ROLE: 'worker',
        SCHEDULER: 'off',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<string>((resolve) => worker!.once('exit', (code, signal) => resolve(String(signal ?? code))));

    setup.clock.set('2017-12-03T09:01:00Z');
    expect((await post(setup, '/api/v1/reminders/sweep', {})).body.enqueued).toBe(1);
    await waitFor('the worker to hand the message to the stalling mail server', () => stalled);
    const claimed = await setup.dataSource.getRepository(Reminder).findOneByOrFail({ id: row.id });
    expect(claimed).toMatchObject({ status: 'sending', attempts: 1 });

    worker.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    // An instance with a worker (and a mail server that answers) finds the claim stale a minute after
    // the dead worker's last heartbeat: the next sweep sends it, not one a quarter of an hour later.
    recovery = await startTestApp(dialect, { DATABASE_URL: setup.config.DATABASE_URL, QUEUE_PREFIX: setup.config.QUEUE_PREFIX });
    recovery.clock.set(new Date(claimed.claimedAt!.getTime() + STALE_CLAIM_MS + 60_000));
    expect((await post(recovery, '/api/v1/reminders/sweep', {})).body.enqueued).toBe(1);
    const [mail] = await recovery.smtp.waitForCount(1);
    expect(mail.messageId).toBe(`<reminder.${row.id}@dartford.example.org>`);
    expect(mail.subject).toContain('Night-time economy figures');
    await recovery.settled();
    expect(await recovery.dataSource.getRepository(Reminder).findOneByOrFail({ id: row.id })).toMatchObject({ status: 'sent', attempts: 2 });
    expect((await post(recovery, '/api/v1/reminders/sweep', {})).body.enqueued).toBe(0);
    expect(recovery.smtp.messages).toHaveLength(1);
  });
});
