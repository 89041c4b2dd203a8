import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { MoreThan } from 'typeorm';
import { Transactions } from '../../src/common/database/transactions.js';
import { updateStatements } from '../../src/common/database/update-rows.js';
import { Reminder } from '../../src/reminders/reminder.entity.js';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';
import { authority, obligation } from '../support/factories.js';

/*
 * A page's records are written by updateStatements: on PostgreSQL one array a column, unnested; on
 * SQLite a UNION of rows. Whatever a value holds (quotes, backslashes, braces and commas that mean
 * something in an array's text, nothing at all), it reads back as it was written.
 */
describe.each(DIALECTS)('rows changed together, each to its own values, on %s', (dialect) => {
  let t: TestApp;
  let db: Transactions;
  let ids: string[];
  let council: TestCouncil;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    db = t.app.get(Transactions);
    council = await t.council();
    const police = await authority(council.api, { contacts: [{ name: 'Inspector', email: 'inspector@police.example.org' }] });
    t.clock.set('2017-12-01T12:00:00Z');
    await obligation(council.api, police, { subject: 'Stop and search', issuedOn: '2017-12-01', dueOn: '2017-12-29' });
    // Reminders not yet due: the request, sent at issue, is the worker's to record.
    ids = (await db.manager.find(Reminder, { where: { dueAt: MoreThan(new Date('2017-12-10T00:00:00Z')) }, order: { dueAt: 'ASC' } })).map((r) => r.id);
  });
  afterAll(() => t.close());

  it('reads back every value as written: text with quotes, backslashes, braces and commas, JSON, instants, numbers, booleans and nothing', async () => {
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const awkward = 'He said "no", then {left}, \\ back\\slash, NULL, \'quoted\' and — Siân';
    const sentAt = new Date('2017-12-04T09:00:01.250Z');
    const changes = [
      { id: ids[0]!, values: { lastError: awkward, sentAt, attempts: 7, copyChair: true, recipients: { to: ['a"b@example.org', 'c,d@example.org'], cc: ['{e}@example.org'] } } },
      { id: ids[1]!, values: { lastError: null, sentAt: null, attempts: 0, copyChair: false, recipients: null } },
      // Other columns: a second statement, so that the two are run together in one transaction (atomically).
      { id: ids[2]!, values: { status: 'cancelled' as const, retryAt: null } },
    ] as { id: string; values: Partial<Reminder> }[];
    const statements = updateStatements(db.manager, Reminder, changes);
    expect(statements).toHaveLength(2);
    await db.atomically(statements);

    const read = new Map((await db.manager.find(Reminder)).map((r) => [r.id, r]));
    expect(read.get(ids[0]!)).toMatchObject({ lastError: awkward, attempts: 7, copyChair: true, recipients: { to: ['a"b@example.org', 'c,d@example.org'], cc: ['{e}@example.org'] } });
    expect(read.get(ids[0]!)!.sentAt!.toISOString()).toBe(sentAt.toISOString());
    expect(read.get(ids[1]!)).toMatchObject({ lastError: null, sentAt: null, attempts: 0, copyChair: false, recipients: null });
    expect(read.get(ids[2]!)).toMatchObject({ status: 'cancelled', retryAt: null });
  });

  it("records a page whose record fails at first once the database answers, and sends its message once", async () => {
    // The database refuses the page's record twice (locked, say) after the mail server has taken the message.
    const atomically = db.atomically.bind(db);
    let refusals = 0;
    const spy = jest.spyOn(db, 'atomically').mockImplementation(async (statements) => {
      if (refusals < 2) {
        refusals++;
        throw new Error('database is locked');
      }
      return atomically(statements);
    });
    try {
      const fire = await authority(council.api, { name: 'Kent Fire', kind: 'fire_rescue', contacts: [{ name: 'Station manager', email: 'station@fire.example.org' }] });
      const made = await obligation(council.api, fire, { subject: 'Arson figures', issuedOn: '2017-12-01', dueOn: '2017-12-29' });
      const request = await waitFor('the request to be recorded as sent', async () =>
        (await db.manager.find(Reminder, { where: { obligationId: made } })).find((r) => r.stage === 'request' && r.status === 'sent'),
      );
      expect(refusals).toBe(2);
      expect(request.messageId).toMatch(/^<.+>$/);
      await t.settled();
      expect(t.smtp.messages.filter((m) => m.subject?.includes('Arson figures'))).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });
});
