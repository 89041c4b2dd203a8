import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** A claim older than this is taken to belong to a process that died between claim and send. */
export const STALE_CLAIM_MS = 10 * 60 * 1000;

/**
 * Claims a row that is sent once (a reminder, a weekly digest): only one worker wins, whatever the
 * queue did. A claim left by a process that died is taken over once it is stale. The row needs
 * `status`, `claimed_at` and `attempts` columns.
 */
export async function claimForSending(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, id: string, now: Date): Promise<boolean> {
  const result = await dataSource
    .createQueryBuilder()
    .update(entity)
    .set({ status: 'sending', claimedAt: now, attempts: () => 'attempts + 1' })
    .where('id = :id', { id })
    .andWhere("(status = 'pending' OR (status = 'sending' AND claimed_at < :stale))", { stale: new Date(now.getTime() - STALE_CLAIM_MS).toISOString() })
    .execute();
  return (result.affected ?? 0) === 1;
}
