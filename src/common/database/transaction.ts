import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs the work in the caller's transaction when there is one, else in a new one: so that a service
 * that changes several modules' records (a draw-down scheduled into a work plan item and a report
 * request) makes them stand or fall together.
 */
export function inTransaction<T>(dataSource: DataSource, within: EntityManager | undefined, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return within ? work(within) : dataSource.transaction(work);
}
