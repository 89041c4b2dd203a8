import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { gateOf, gateSqlite, SqliteGate } from './sqlite-gate.js';

/** Lets other async work run, as awaiting the network inside a transaction does. */
const elsewhere = () => new Promise((resolve) => setImmediate(resolve));

describe('the SQLite gate (one connection shared by every caller)', () => {
  let dir: string;
  let db: DataSource;
  const rows = async () => (await db.query('SELECT name FROM notes ORDER BY name')).map((r: { name: string }) => r.name);

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'scrutineer-gate-'));
    db = new DataSource({ type: 'better-sqlite3', database: join(dir, 'gate.sqlite'), enableWAL: true });
    gateSqlite(db);
    await db.initialize();
    await db.query('CREATE TABLE notes (name TEXT NOT NULL)');
  });
  afterEach(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps one request's committed work when another's transaction, open at the same time, rolls back", async () => {
    const failing = db.transaction(async (manager) => {
      await manager.query("INSERT INTO notes VALUES ('rolled back')");
      await elsewhere();
      throw new Error('the mail server refused');
    });
    const committed = db.transaction(async (manager) => {
      await manager.query("INSERT INTO notes VALUES ('committed')");
    });
    // A statement of its own, made while the failing transaction is open, is not swept into it.
    const alone = db.query("INSERT INTO notes VALUES ('alone')");
    await expect(failing).rejects.toThrow('the mail server refused');
    await committed;
    await alone;
    expect(await rows()).toEqual(['alone', 'committed']);
  });

  it('runs work nested in a transaction inside it (as a savepoint), however it reaches the database', async () => {
    await db.transaction(async (manager) => {
      await manager.query("INSERT INTO notes VALUES ('outer')");
      // Another service's own query, and a transaction of its own, inside this one: no deadlock.
      await db.query("INSERT INTO notes VALUES ('by another route')");
      await expect(
        db.transaction(async (inner) => {
          await inner.query("INSERT INTO notes VALUES ('inner, undone')");
          throw new Error('inner failure');
        }),
      ).rejects.toThrow('inner failure');
    });
    expect(await rows()).toEqual(['by another route', 'outer']);
  });

  it('after a write that fails for want of space, leaves nothing open, says so, and recovers', async () => {
    const sqlite = (db.driver as unknown as { databaseConnection: { pragma(s: string, o?: object): unknown; inTransaction: boolean } }).databaseConnection;
    sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true })}`);
    await expect(db.transaction((manager) => manager.query(`INSERT INTO notes VALUES ('${'x'.repeat(100_000)}')`))).rejects.toThrow(/full/);
    expect(sqlite.inTransaction).toBe(false);
    expect(gateOf(db)!.writeProblem).toMatch(/^SQLITE_FULL/);
    sqlite.pragma('max_page_count = 1073741823');
    await db.transaction((manager) => manager.query("INSERT INTO notes VALUES ('after')"));
    expect(gateOf(db)!.writeProblem).toBeNull();
    expect(await rows()).toEqual(['after']);
  });
});

describe('the gate itself', () => {
  it('is handed to those waiting in the order they asked, and a late comer waits behind them', async () => {
    const gate = new SqliteGate();
    const [first, second, third, late] = [{}, {}, {}, {}];
    const entered: string[] = [];
    await gate.acquire(first);
    const waiting = [
      gate.acquire(second).then(() => entered.push('second')),
      gate.acquire(third).then(() => entered.push('third')),
    ];
    gate.release(first);
    const lateEntry = gate.acquire(late).then(() => entered.push('late'));
    await waiting[0];
    expect(gate.holds(second)).toBe(true);
    gate.release(second);
    await waiting[1];
    gate.release(third);
    await lateEntry;
    expect(entered).toEqual(['second', 'third', 'late']);
    // Only the holder can let it go.
    gate.release(first);
    expect(gate.holds(late)).toBe(true);
  });
});
