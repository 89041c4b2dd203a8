import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { postgresMigrations } from '../../../migrations/postgres/index.js';
import { sqliteMigrations } from '../../../migrations/sqlite/index.js';
import { ENTITIES } from './entities.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

export type Dialect = 'sqlite' | 'postgres';

export function dialectOf(databaseUrl: string): Dialect {
  return databaseUrl.startsWith('sqlite:') ? 'sqlite' : 'postgres';
}

/**
 * TypeORM options for a DATABASE_URL: `sqlite:<path>` (better-sqlite3, WAL) or `postgres://…`.
 * The schema comes only from the dialect's migrations; synchronize is never on.
 */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
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
    return { ...common, type: 'better-sqlite3', database, enableWAL: true, timeout: 10_000, migrations: sqliteMigrations };
  }
  return {
    ...common,
    type: 'postgres',
    url: databaseUrl,
    migrations: postgresMigrations,
    extra: { max: 10, connectionTimeoutMillis: 5_000 },
  };
}
