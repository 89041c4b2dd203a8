import { AsyncLocalStorage } from 'node:async_hooks';
import { resolve } from 'node:path';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { EntityManager as TypeOrmEntityManager } from 'typeorm';
import { storageProblem } from '../errors/unavailable.rules.js';

/**
 * SQLite through better-sqlite3 is one connection, and TypeORM gives every caller the same query
 * runner: left alone, two requests' transactions nest as savepoints of one another, one request's
 * COMMIT releases the other's savepoint, a ROLLBACK undoes work already acknowledged, and after one
 * failed COMMIT the runner believes a transaction is still open and every later write joins it.
 *
 * The gate makes the connection behave as a database should:
 * - one transaction at a time in this process: a transaction holds the gate from BEGIN to COMMIT or
 *   ROLLBACK; any other query waits for it (work done inside the transaction, however it reaches the
 *   database, runs in it: a nested transaction there becomes a savepoint);
 * - `BEGIN IMMEDIATE`, so that a second process on the same file waits for the write lock through
 *   the busy timeout instead of failing at once with "database is locked";
 * - a COMMIT that fails is rolled back and the connection left clean, and the failure is remembered
 *   until a write succeeds again, so that the health check can say that writes are not durable.
 */
export class SqliteGate {
  private holder: object | null = null;
  /** Who waits for the gate, in the order they asked: it is handed to the first, never fought over. */
  private waiting: { owner: object; enter: () => void }[] = [];
  /** Why the last write failed for want of storage (disk full, I/O error, read-only), until one succeeds. */
  writeProblem: string | null = null;

  /** No transaction is open in this process, and no statement is running through a runner. */
  get free(): boolean {
    return this.holder === null;
  }

  holds(owner: object | undefined): boolean {
    return owner !== undefined && this.holder === owner;
  }

  acquire(owner: object): Promise<void> {
    if (this.holder === null) {
      this.holder = owner;
      return Promise.resolve();
    }
    return new Promise<void>((enter) => this.waiting.push({ owner, enter }));
  }

  release(owner: object): void {
    if (this.holder !== owner) return;
    // Handed straight to the next in line: waking every waiter to race for it made each release cost
    // as many wake-ups as there were waiters, and let a late comer overtake those waiting longest.
    const next = this.waiting.shift();
    this.holder = next?.owner ?? null;
    next?.enter();
  }

  noteFailure(error: unknown): void {
    this.writeProblem = storageProblem(error) ?? this.writeProblem;
  }

  noteWrite(): void {
    this.writeProblem = null;
  }
}

/** The transaction (its first query runner) the current async work belongs to. */
const scope = new AsyncLocalStorage<object>();
const gates = new WeakMap<DataSource, SqliteGate>();
/**
 * One gate per database file in a process: two data sources on one file (two app instances in one
 * test process) take turns in JavaScript, instead of one blocking the thread in SQLite's busy wait
 * for a lock that only the other, on the same thread, can release.
 */
const gatesByFile = new Map<string, SqliteGate>();

/** The gate of a SQLite data source (none for PostgreSQL). */
export function gateOf(dataSource: DataSource): SqliteGate | undefined {
  return gates.get(dataSource);
}

interface Statement {
  all(...parameters: unknown[]): unknown[];
}
const statements = new WeakMap<object, Map<string, Statement>>();

/**
 * A read answered at once when the gate is free (no transaction open in this process, so nothing
 * uncommitted can be seen on the one connection): the statement is run straight on the connection,
 * without a query runner and the turns of the event loop it takes. Null when the gate is taken or
 * the data source is not SQLite: the caller reads the usual way, in its turn.
 */
export function readAtOnce<Row>(dataSource: DataSource, sql: string, parameters: unknown[]): Row[] | null {
  const gate = gates.get(dataSource);
  if (!gate?.free || !dataSource.isInitialized) return null;
  const connection = (dataSource.driver as unknown as { databaseConnection: { prepare(sql: string): Statement } }).databaseConnection;
  let prepared = statements.get(connection);
  if (!prepared) statements.set(connection, (prepared = new Map()));
  let statement = prepared.get(sql);
  if (!statement) prepared.set(sql, (statement = connection.prepare(sql)));
  return statement.all(...parameters) as Row[];
}

/** Puts the gate on a better-sqlite3 data source; call before `initialize()`. */
export function gateSqlite(dataSource: DataSource): SqliteGate {
  installTransactionScope();
  const file = String((dataSource.options as { database?: string }).database);
  const key = file === ':memory:' ? Symbol('memory') : resolve(file);
  const gate = typeof key === 'string' ? (gatesByFile.get(key) ?? new SqliteGate()) : new SqliteGate();
  if (typeof key === 'string') gatesByFile.set(key, gate);
  gates.set(dataSource, gate);
  const driver = dataSource.driver as unknown as { createQueryRunner(mode?: string): QueryRunner; databaseConnection: { inTransaction: boolean } };
  const make = driver.createQueryRunner.bind(driver);
  const Runner = make('master').constructor as new (d: unknown) => QueryRunner;
  // One statement cache for all runners (each runner used to be the only one).
  const statements = new Map();
  driver.createQueryRunner = () => {
    const runner = new Runner(driver);
    (runner as unknown as { stmtCache: Map<unknown, unknown> }).stmtCache = statements;
    return gatedRunner(runner, gate, () => driver.databaseConnection);
  };
  return gate;
}

interface RunnerState {
  isTransactionActive: boolean;
  transactionDepth: number;
}

let savepoints = 0;

function gatedRunner(runner: QueryRunner, gate: SqliteGate, connection: () => { inTransaction: boolean }): QueryRunner {
  const state = runner as unknown as RunnerState;
  const query = runner.query.bind(runner) as (sql: string, parameters?: unknown[], structured?: boolean) => Promise<unknown>;
  const start = runner.startTransaction.bind(runner);
  const commit = runner.commitTransaction.bind(runner);
  const rollback = runner.rollbackTransaction.bind(runner);
  /** Set while this runner's transaction is a savepoint inside another's (work nested in a transaction). */
  let savepoint: string | null = null;
  const mine = () => gate.holds(runner) || state.transactionDepth > 0 || gate.holds(scope.getStore());
  const clean = () => {
    state.isTransactionActive = false;
    state.transactionDepth = 0;
  };

  /** A statement, noting a failure for want of storage (a full disk fails the statement that needs a new page). */
  const run = async (sql: string, parameters?: unknown[], structured?: boolean) => {
    try {
      return await query(sql, parameters, structured);
    } catch (error) {
      gate.noteFailure(error);
      throw error;
    }
  };

  runner.query = (async (sql: string, parameters?: unknown[], structured?: boolean) => {
    if (sql === 'BEGIN TRANSACTION') sql = 'BEGIN IMMEDIATE TRANSACTION';
    if (mine()) return run(sql, parameters, structured);
    // A statement on its own: it waits for any open transaction, and commits by itself.
    await gate.acquire(runner);
    try {
      const result = await run(sql, parameters, structured);
      if (!/^\s*(SELECT|PRAGMA|WITH)\b/i.test(sql)) gate.noteWrite();
      return result;
    } finally {
      gate.release(runner);
    }
  }) as QueryRunner['query'];

  runner.startTransaction = async (isolationLevel) => {
    if (state.transactionDepth > 0) return start(isolationLevel);
    const outer = scope.getStore();
    if (gate.holds(outer)) {
      savepoint = `nested_${++savepoints}`;
      await query(`SAVEPOINT ${savepoint}`);
      state.isTransactionActive = true;
      state.transactionDepth = 1;
      return;
    }
    await gate.acquire(runner);
    try {
      await start(isolationLevel);
    } catch (error) {
      clean();
      gate.release(runner);
      throw error;
    }
  };

  runner.commitTransaction = async () => {
    if (savepoint && state.transactionDepth === 1) {
      await query(`RELEASE SAVEPOINT ${savepoint}`);
      savepoint = null;
      clean();
      return;
    }
    if (state.transactionDepth !== 1) return commit();
    try {
      await commit();
      gate.noteWrite();
    } catch (error) {
      // SQLite may or may not have rolled back by itself (it does for a full disk): make sure, and
      // leave nothing open, so that the next write is its own transaction and fails or lasts.
      gate.noteFailure(error);
      if (connection().inTransaction) await query('ROLLBACK').catch(() => undefined);
      clean();
      throw error;
    } finally {
      if ((state as RunnerState).transactionDepth === 0) gate.release(runner);
    }
  };

  runner.rollbackTransaction = async () => {
    if (savepoint && state.transactionDepth === 1) {
      const name = savepoint;
      savepoint = null;
      clean();
      await query(`ROLLBACK TO SAVEPOINT ${name}`);
      await query(`RELEASE SAVEPOINT ${name}`);
      return;
    }
    if (state.transactionDepth !== 1) return rollback();
    try {
      await rollback();
    } catch {
      // "no transaction is active": SQLite rolled back already.
    } finally {
      if (connection().inTransaction) await query('ROLLBACK').catch(() => undefined);
      clean();
      gate.release(runner);
    }
  };
  return runner;
}

let scoped = false;

/**
 * Work inside `manager.transaction(…)` runs in the transaction's scope, so that the queries it makes
 * by any route (another service's repository, `dataSource.manager`) run in the transaction instead
 * of waiting for it to end.
 */
function installTransactionScope(): void {
  if (scoped) return;
  scoped = true;
  const transaction = TypeOrmEntityManager.prototype.transaction as (this: EntityManager, ...args: unknown[]) => Promise<unknown>;
  TypeOrmEntityManager.prototype.transaction = function (this: EntityManager, ...args: unknown[]) {
    const gate = gates.get(this.dataSource);
    if (!gate) return transaction.apply(this, args);
    const at = typeof args[0] === 'function' ? 0 : 1;
    const work = args[at] as (manager: EntityManager) => Promise<unknown>;
    const wrapped = [...args];
    // Nested in an open transaction, the scope stays that transaction's; otherwise it is this one's.
    wrapped[at] = (manager: EntityManager) => {
      const outer = scope.getStore();
      return scope.run(gate.holds(outer) ? outer! : manager.queryRunner!, () => work(manager));
    };
    return transaction.apply(this, wrapped);
  } as EntityManager['transaction'];
}
