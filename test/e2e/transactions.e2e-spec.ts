import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Transactions } from '../../src/common/database/transactions.js';
import { CouncilsService } from '../../src/councils/councils.service.js';
import { DIALECTS, startTestApp, type TestApp } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';

/*
 * Reads made while a transaction is open (a message rendered from the council's wordings while the
 * change that owes it is being written) go through that transaction. Found by the simulated national
 * year: on PostgreSQL each such read asked the pool for a second connection, and once every connection
 * was held by a transaction waiting the same way, requests waited out the pool's timeout and got 503.
 */
describe.each(DIALECTS)('reads inside a transaction on %s', (dialect) => {
  let t: TestApp;
  let db: Transactions;
  let councilId: string;

  beforeAll(async () => {
    // Two connections, so that three transactions at once would have starved the pool.
    t = await startTestApp(dialect, { DATABASE_POOL_SIZE: '2' });
    db = t.app.get(Transactions);
    councilId = (await t.council()).id;
  });
  afterAll(() => t.close());

  const nameOf = async () => ((await db.manager.query(dialect === 'postgres' ? 'SELECT name FROM councils WHERE id = $1' : 'SELECT name FROM councils WHERE id = ?', [councilId])) as { name: string }[])[0].name;
  const rename = (manager: Parameters<Parameters<Transactions['run']>[0]>[0], name: string) =>
    manager.query(dialect === 'postgres' ? 'UPDATE councils SET name = $1 WHERE id = $2' : 'UPDATE councils SET name = ? WHERE id = ?', [name, councilId]);

  it('see what the transaction wrote, and nothing of it once it rolls back', async () => {
    const before = await nameOf();
    const seen = await db
      .run(async (manager) => {
        await rename(manager, 'Renamed inside');
        const inside = await nameOf();
        throw Object.assign(new Error('roll back'), { inside });
      })
      .catch((error: { inside: string }) => error.inside);
    expect(seen).toBe('Renamed inside');
    expect(await nameOf()).toBe(before);
  });

  it('never wait for a second connection: eight transactions at once on a pool of two all finish', async () => {
    const started = Date.now();
    const names = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        db.run(async (manager) => {
          // The row's lock makes the others wait for this one, each holding its connection.
          await rename(manager, `Council ${i}`);
          // A read by another service, as a mail template reads the council's wordings.
          return nameOf();
        }),
      ),
    );
    expect(names).toEqual(Array.from({ length: 8 }, (_, i) => `Council ${i}`));
    // The pool's wait for a connection gives up after 5 s: nothing came near it.
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('answers eight members asking for draw-downs at once, the first this app has seen, on a pool of two', async () => {
    const council = await t.council();
    const committeeId = (await council.api.post('/api/v1/committees', { name: 'Crime and Disorder (Overview and Scrutiny) Committee' })).body.id;
    const approver = await council.api.post('/api/v1/users', { email: `director@${council.slug}.example.org`, name: 'Director', role: 'approver' });
    expect((await council.api.put(`/api/v1/committees/${committeeId}/draw-down-settings`, { approverIds: [approver.body.id], consultChair: false })).status).toBe(200);
    const members = await Promise.all(Array.from({ length: 8 }, (_, i) => council.token('member')));
    // Each is written with an agreement link for the approver, signed with the app's link key.
    const answers = await Promise.all(members.map((member, i) => t.as(member).post('/api/v1/draw-downs', { committeeId, topic: `Night-time economy ${i}`, concern: 'Disorder at weekends' })));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(201));
  });

  it('work after the commit reads outside the ended transaction', async () => {
    let read: string | null = null;
    await db.run(async (manager) => {
      await rename(manager, 'Committed');
      await db.afterCommit(manager, async () => {
        read = await nameOf();
      });
    });
    await waitFor('the work after the commit', async () => read !== null);
    expect(read).toBe('Committed');
    // And the service's own reads see it, through the pool.
    expect((await t.app.get(CouncilsService).council(councilId)).name).toBe('Committed');
  });
});
