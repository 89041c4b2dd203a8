import { Logger } from '@nestjs/common';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Statement } from '../database/transactions.js';
import type { Clock } from '../time/clock.js';

/** A sender renews its claim this often while it works (a slow mail server takes up to a minute). */
export const CLAIM_HEARTBEAT_MS = 15_000;
/** A claim not renewed for this long belongs to a process that died: the next sweep takes it over. */
export const STALE_CLAIM_MS = 60_000;

const logger = new Logger('Claim');

/**
 * Claims a row that is sent once (a reminder, a weekly digest, an outbox message): only one worker
 * wins, whatever the queue did. A claim left by a process that died is taken over once it is stale.
 * The row needs `status`, `claimed_at` and `attempts` columns. Hold the claim with `holdClaim` while
 * sending, so that a slow send is not taken for a dead one.
 */
export async function claimForSending(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, id: string, now: Date): Promise<boolean> {
  return (await claimAllForSending(manager, entity, [id], now)).length === 1;
}

/**
 * Claims a page of rows in one statement (`UPDATE … RETURNING`, on PostgreSQL and on SQLite 3.35+):
 * the ids this worker won, the others being claimed, sent or gone already. The same rules as
 * `claimForSending`, for a page of a sweep.
 */
export async function claimAllForSending(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, ids: readonly string[], now: Date): Promise<string[]> {
  if (ids.length === 0) return [];
  const table = manager.getRepository(entity).metadata.tableName;
  const postgres = manager.connection.options.type === 'postgres';
  const { sql, parameters } = claimStatement(table, postgres, ids, now);
  const result = (await manager.query(sql, parameters)) as unknown;
  // TypeORM answers an UPDATE on PostgreSQL as [rows, count], on SQLite as the rows.
  const rows = (postgres && Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as { id: string }[];
  return rows.map((row) => row.id);
}

/**
 * The claim of rows by id at `now`, with its parameters. SQLite's planner would answer the OR of
 * statuses from an index on the status, reading every pending row of every council for each page
 * claimed; a unary + keeps the status out of index use, so that the page's own rows are found by their
 * primary key (PostgreSQL has no + for text, nor the need). PostgreSQL is given the ids as one array:
 * a statement of a parameter a row took it longer to parse and plan than to run.
 */
export function claimStatement(table: string, postgres: boolean, ids: readonly string[], now: Date): Statement {
  const times = [now.toISOString(), new Date(now.getTime() - STALE_CLAIM_MS).toISOString()];
  const set = `UPDATE ${table} SET status = 'sending', claimed_at = ${postgres ? '$1' : '?'}, attempts = attempts + 1 `;
  if (postgres) {
    return { sql: `${set}WHERE (status = 'pending' OR (status = 'sending' AND claimed_at < $2)) AND id = ANY($3::varchar[]) RETURNING id`, parameters: [...times, [...ids]] };
  }
  // The ids last: SQLite binds its '?' in the order they are written.
  return { sql: `${set}WHERE (+status = 'pending' OR (+status = 'sending' AND claimed_at < ?)) AND id IN (${ids.map(() => '?').join(', ')}) RETURNING id`, parameters: [...times, ...ids] };
}

/**
 * Renews a claim (of a row, or of a page claimed together) made at `claimedAt` every CLAIM_HEARTBEAT_MS
 * until released. Each renewal names the previous one, so a claim taken over by another process is
 * never renewed by this one; rows already recorded as sent are no longer `sending` and are left alone.
 */
export function holdClaim(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, id: string | readonly string[], claimedAt: Date, clock: Clock): { release(): void } {
  const ids = typeof id === 'string' ? [id] : [...id];
  let last = claimedAt;
  const timer = setInterval(() => {
    const next = clock.now();
    manager
      .createQueryBuilder()
      .update(entity)
      .set({ claimedAt: next })
      .where("id IN (:...ids) AND status = 'sending' AND claimed_at = :last", { ids, last: last.toISOString() })
      .execute()
      .then((result) => {
        if (result.affected) last = next;
      })
      .catch((error: Error) => logger.warn(`Claim on ${ids.length === 1 ? ids[0] : `${ids.length} rows`} not renewed: ${error.message}`));
  }, CLAIM_HEARTBEAT_MS);
  timer.unref();
  return { release: () => clearInterval(timer) };
}
