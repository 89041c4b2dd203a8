import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, QueryRunner } from 'typeorm';

/**
 * Set for work that may read a moment behind (public pages and feeds): its statements outside a
 * transaction go to DATABASE_REPLICA_URL when there is one (TypeORM's 'slave' pool; without a replica
 * TypeORM gives the primary). A transaction opened in it is still the primary's.
 */
export const fromReplica = new AsyncLocalStorage<true>();

/** The transaction the current work runs in (set by `inTransaction`), if any. */
export const openTransaction = new AsyncLocalStorage<QueryRunner>();

/**
 * Runs the work in the transaction's scope. On PostgreSQL its statements — the owner's and any lent
 * (below), however many are asked for at once — go to the connection one after another: a pg client
 * runs one query at a time, and queueing several on it at once is deprecated.
 */
export function inTransaction<T>(runner: QueryRunner, work: () => Promise<T>): Promise<T> {
  if (runner.connection.options.type === 'postgres') oneAtATime(runner);
  return openTransaction.run(runner, work);
}

const queued = new WeakSet<QueryRunner>();

function oneAtATime(runner: QueryRunner): void {
  if (queued.has(runner)) return;
  queued.add(runner);
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let last: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: unknown[]) => {
    const next = last.then(() => query(...args));
    last = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
}

const scoped = new WeakSet<object>();

/**
 * PostgreSQL: a statement made while a transaction is open — by any route: a repository, the data
 * source's manager, another service's read — runs on that transaction's connection instead of taking
 * a second one from the pool. Taking a second one while holding the first starves the pool: once
 * every connection is held by a transaction waiting the same way, requests wait out the pool's timeout
 * (found by the simulated national year: eight draw-downs at once answered 503). SQLite's gate scopes
 * its one connection the same way (sqlite-gate.ts); so does a transaction opened inside another,
 * which becomes a savepoint of it as on SQLite.
 */
export function scopeStatementsToOpenTransaction(dataSource: DataSource): void {
  if (scoped.has(dataSource)) return;
  scoped.add(dataSource);
  const driver = dataSource.driver as unknown as { createQueryRunner(mode?: string): QueryRunner };
  const make = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode?: string) => {
    const open = openTransaction.getStore();
    if (open && !open.isReleased && open.isTransactionActive) return borrowed(open);
    return fromReplica.getStore() && (mode ?? 'master') === 'master' ? readingFromReplica(make) : make(mode);
  };
}

/**
 * A runner that sends its SELECTs to the replica until it is asked anything else (a write, or a
 * transaction begun: a read-only replica refuses writes), and from then on everything to the primary.
 */
function readingFromReplica(make: (mode?: string) => QueryRunner): QueryRunner {
  const primary = make('master');
  let replica: QueryRunner | null = null;
  let onPrimary = false;
  const query = primary.query.bind(primary) as (sql: string, ...rest: unknown[]) => Promise<unknown>;
  return lent(primary, {
    query: (sql: string, ...rest: unknown[]) => {
      if (!onPrimary && !primary.isTransactionActive && /^\s*SELECT\b/i.test(sql)) return (replica ??= make('slave')).query(sql, ...(rest as []));
      onPrimary = true;
      return query(sql, ...rest);
    },
    release: () => Promise.all([primary.release(), replica?.release()]).then(() => undefined),
  });
}

/**
 * The open transaction's runner, lent: releasing it gives nothing back (the transaction's owner
 * releases it), and what the borrower sets on it (TypeORM gives every runner a manager of its own)
 * stays on the loan.
 */
function borrowed(runner: QueryRunner): QueryRunner {
  return lent(runner, { release: () => Promise.resolve() });
}

/** The runner with some of its members replaced; what is set on it is kept on the proxy. */
function lent(runner: QueryRunner, own: Record<PropertyKey, unknown>): QueryRunner {
  return new Proxy(runner, {
    get: (target, key) => (key in own ? own[key] : Reflect.get(target, key, target)),
    set: (_target, key, value) => {
      own[key] = value;
      return true;
    },
  });
}
