import { Logger } from '@nestjs/common';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
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
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ status: 'sending', claimedAt: now, attempts: () => 'attempts + 1' })
    .where('id = :id', { id })
    .andWhere("(status = 'pending' OR (status = 'sending' AND claimed_at < :stale))", { stale: new Date(now.getTime() - STALE_CLAIM_MS).toISOString() })
    .execute();
  return (result.affected ?? 0) === 1;
}

/**
 * Renews a claim made at `claimedAt` every CLAIM_HEARTBEAT_MS until released. Each renewal names the
 * previous one, so a claim taken over by another process is never renewed by this one.
 */
export function holdClaim(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, id: string, claimedAt: Date, clock: Clock): { release(): void } {
  let last = claimedAt;
  const timer = setInterval(() => {
    const next = clock.now();
    manager
      .createQueryBuilder()
      .update(entity)
      .set({ claimedAt: next })
      .where("id = :id AND status = 'sending' AND claimed_at = :last", { id, last: last.toISOString() })
      .execute()
      .then((result) => {
        if (result.affected) last = next;
      })
      .catch((error: Error) => logger.warn(`Claim on ${id} not renewed: ${error.message}`));
  }, CLAIM_HEARTBEAT_MS);
  timer.unref();
  return { release: () => clearInterval(timer) };
}
