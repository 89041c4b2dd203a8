import { describe, expect, it } from '@jest/globals';
import type { AuditService } from '../audit/audit.service.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import type { Transactions } from '../common/database/transactions.js';
import type { Clock } from '../common/time/clock.js';
import { MailWordings } from './mail-wordings.service.js';

/** A store of wordings whose reads wait until let go, counting them. */
function heldStore(rows: { template: string; wording: string }[]) {
  const waiting: (() => void)[] = [];
  const store = { reads: 0, rows, letGo: () => waiting.splice(0).forEach((go) => go()) };
  const manager = {
    find: async () => {
      store.reads++;
      // The rows as they were when the read began.
      const rows = store.rows.map((row) => ({ ...row }));
      await new Promise<void>((go) => waiting.push(go));
      return rows;
    },
    findOne: async () => null,
  };
  const db = { manager, run: async (work: (m: typeof manager) => Promise<unknown>) => work(manager) } as unknown as Transactions;
  return { store, wordings: new MailWordings(db, {} as AuditService, {} as Clock) };
}

const TEMPLATE = 'reminders/request.mail.njk';
const context = { actor: { councilId: 'c1' } } as unknown as CouncilContext;
const settled = () => new Promise((done) => setImmediate(done));

describe("a council's wordings read by the messages of a page at once", () => {
  it('are read once for them all, and kept', async () => {
    const { store, wordings } = heldStore([{ template: TEMPLATE, wording: 'Ours' }]);
    const answers = Array.from({ length: 10 }, () => wordings.wordingsOf('c1'));
    await settled();
    store.letGo();
    const maps = await Promise.all(answers);
    expect(store.reads).toBe(1);
    expect(maps.every((map) => map === maps[0] && map.get(TEMPLATE) === 'Ours')).toBe(true);
    expect(await wordings.wordingsOf('c1')).toBe(maps[0]);
    expect(store.reads).toBe(1);
  });

  it('are read again when a wording changes while a read is under way, the read under way not kept', async () => {
    const { store, wordings } = heldStore([{ template: TEMPLATE, wording: 'Before' }]);
    const underWay = wordings.wordingsOf('c1');
    await settled();
    // The co-ordinator goes back to the standard wording while the read waits.
    await wordings.restore(context, TEMPLATE);
    store.rows = [];
    store.letGo();
    expect((await underWay).get(TEMPLATE)).toBe('Before');
    const after = wordings.wordingsOf('c1');
    await settled();
    store.letGo();
    expect((await after).has(TEMPLATE)).toBe(false);
    expect(store.reads).toBe(2);
  });
});
