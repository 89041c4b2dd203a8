import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { dialectOf } from '../common/database/scratch-database.js';
import { postgresMigrations } from '../../migrations/postgres/index.js';
import { sqliteMigrations } from '../../migrations/sqlite/index.js';
import { ENTITIES } from './entities.js';
import { SnakeNamingStrategy } from '../common/database/snake-naming.strategy.js';
import { gateSqlite } from '../common/database/sqlite-gate.js';

export { type Dialect, dialectOf } from '../common/database/scratch-database.js';

/** DATABASE_POOL_SIZE, DATABASE_STATEMENT_TIMEOUT_MS and DATABASE_REPLICA_URL. */
export interface PostgresSettings {
  poolSize?: number;
  statementTimeoutMs?: number;
  replicaUrl?: string;
}

/**
 * TypeORM options for a DATABASE_URL: `sqlite:<path>` (better-sqlite3, WAL, synchronous FULL or NORMAL) or `postgres://…`.
 * The schema comes only from the dialect's migrations; synchronize is never on.
 */
export function dataSourceOptions(databaseUrl: string, sqliteSynchronous: 'full' | 'normal' = 'full', postgres: PostgresSettings = {}): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each' as const,
  };
  if (dialectOf(databaseUrl) === 'sqlite') {
    const database = databaseUrl.slice('sqlite:'.length);
    mkdirSync(dirname(database), { recursive: true });
    // SQLITE_SYNCHRONOUS: see AppConfig; FULL unless the operator chose the faster, less durable NORMAL.
    const prepareDatabase = (db: { pragma(source: string): unknown }): void => void db.pragma(`synchronous = ${sqliteSynchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    return { ...common, type: 'better-sqlite3', database, enableWAL: true, timeout: 10_000, migrations: sqliteMigrations, prepareDatabase };
  }
  // With a replica, TypeORM keeps a pool for each; every statement goes to the primary ('master')
  // unless the work asked for the replica (common/database/transaction-scope.ts, fromReplica).
  const servers = postgres.replicaUrl ? { replication: { master: { url: databaseUrl }, slaves: [{ url: postgres.replicaUrl }], defaultMode: 'master' as const } } : { url: databaseUrl };
  return {
    ...common,
    type: 'postgres',
    ...servers,
    migrations: postgresMigrations,
    // statement_timeout: a query that runs away is stopped by PostgreSQL itself (unset: no limit).
    extra: { max: postgres.poolSize ?? 10, connectionTimeoutMillis: 5_000, ...(postgres.statementTimeoutMs ? { statement_timeout: postgres.statementTimeoutMs } : {}) },
  };
}

/**
 * What an instance does with migrations at start: `run` applies the pending ones (under a lock, so
 * instances started together take turns); `require-none` refuses to start while any are pending
 * (MIGRATIONS=off, where `npm run migrate` is a step of its own); `none` leaves them alone.
 */
export type MigrationsAtStart = 'run' | 'require-none' | 'none';

/** Opens the database of the options: SQLite behind its gate, migrations as asked. */
export async function openDataSource(options: DataSourceOptions, migrations: MigrationsAtStart = 'run'): Promise<DataSource> {
  const dataSource = new DataSource(options);
  if (options.type === 'better-sqlite3') gateSqlite(dataSource);
  await dataSource.initialize();
  try {
    if (migrations === 'run') await runMigrationsLocked(dataSource);
    if (migrations === 'require-none' && (await dataSource.showMigrations())) {
      throw new Error('MIGRATIONS=off, and the database has migrations still to run: run `npm run migrate` first, then start this instance.');
    }
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

/** Any number that every Scrutineer instance of a database agrees on: the migrations' advisory lock. */
const MIGRATION_LOCK = 0x5c2071;

/**
 * Applies the pending migrations, one instance at a time. On PostgreSQL a session advisory lock
 * makes the others wait; on SQLite each migration's `BEGIN IMMEDIATE` does, and an instance that lost
 * the race to a migration another has just applied looks again and carries on.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  if (dataSource.options.type === 'postgres') {
    const lock = dataSource.createQueryRunner();
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      await lock.release();
    }
  }
  const applied: string[] = [];
  for (let round = 1; ; round++) {
    try {
      applied.push(...(await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name));
      return applied;
    } catch (error) {
      if (round >= 5 || !(await dataSource.showMigrations())) {
        if (await dataSource.showMigrations()) throw error;
        return applied;
      }
    }
  }
}
