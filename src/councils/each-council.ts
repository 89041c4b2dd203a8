import type { DataSource } from 'typeorm';
import { Council } from './council.entity.js';

/**
 * Runs work for each council in turn and adds up what it returns: scheduled jobs go council by
 * council, so that every query they make is scoped by council.
 */
export async function sumOverCouncils(dataSource: DataSource, work: (councilId: string) => Promise<number>): Promise<number> {
  const councils = await dataSource.getRepository(Council).find({ select: { id: true }, order: { id: 'ASC' } });
  let total = 0;
  for (const { id } of councils) total += await work(id);
  return total;
}
