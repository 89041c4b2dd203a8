import type { EntityManager } from 'typeorm';
import { readAtOnce } from './sqlite-gate.js';

/**
 * A statement written once with `?` placeholders, run on either dialect (PostgreSQL numbers them):
 * for the reads every request makes (the token, the council's data revision), where building a query
 * through the query builder and making entities of one row cost more than the query itself.
 */
export function rawRead<Row>(sql: string): (manager: EntityManager, parameters: unknown[]) => Promise<Row[]> {
  let numbered: string | null = null;
  return async (manager, parameters) => {
    // Outside a transaction on SQLite, with no other open, the read is made at once.
    if (!manager.queryRunner) {
      const rows = readAtOnce<Row>(manager.connection, sql, parameters);
      if (rows) return rows;
    }
    if (manager.connection.options.type !== 'postgres') return manager.query(sql, parameters);
    numbered ??= numberPlaceholders(sql);
    return manager.query(numbered, parameters);
  };
}

/** `?` → `$1`, `$2`, … in order (the statements given here have no `?` inside strings). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
