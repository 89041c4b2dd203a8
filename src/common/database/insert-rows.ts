import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';

/**
 * Inserts rows without letting TypeORM write into the caller's objects. On SQLite, after a multi-row
 * insert into a table with column defaults, it reads the generated values back and assigns them to the
 * objects in another order — ids included — so code that went on using the objects (to enqueue them,
 * to audit them) would name the wrong rows. The database itself is right; the copies take the write-back.
 */
export async function insertRows<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: QueryDeepPartialEntity<T>[]): Promise<void> {
  if (rows.length > 0) await manager.insert(entity, rows.map((row) => ({ ...row })) as QueryDeepPartialEntity<T>[]);
}
