import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/** Rows of one table to change by id, each with its own values. */
export interface RowChange<T> {
  id: string;
  values: Partial<T>;
}

/**
 * Changes many rows, each to its own values, in one statement per set of columns changed
 * (`UPDATE … FROM (SELECT … UNION ALL SELECT …)`, on PostgreSQL and on SQLite 3.33+), instead of one
 * statement a row: a page of reminders recorded in one round trip. Values are stored as TypeORM stores
 * them (transformers, simple-json). Run it in a transaction for all or none.
 */
export async function updateRows<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, changes: readonly RowChange<T>[]): Promise<void> {
  const metadata = manager.connection.getMetadata(entity);
  const driver = manager.connection.driver;
  const postgres = manager.connection.options.type === 'postgres';
  const groups = new Map<string, RowChange<T>[]>();
  for (const change of changes) {
    const key = Object.keys(change.values).sort().join(',');
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  for (const [key, rows] of groups) {
    if (!key) continue;
    const columns = key.split(',').map((property) => {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`${metadata.name} has no column ${property}`);
      return column;
    });
    const id = metadata.findColumnWithPropertyName('id')!;
    const parameters: unknown[] = [];
    const cell = (column: ColumnMetadata, value: unknown) => {
      parameters.push(driver.preparePersistentValue(value, column));
      return `CAST(${postgres ? `$${parameters.length}` : '?'} AS ${castType(column, postgres)})`;
    };
    const selects = rows.map((row) => `SELECT ${[cell(id, row.id), ...columns.map((c) => cell(c, (row.values as Record<string, unknown>)[c.propertyName]))].map((v, i) => `${v} AS ${driver.escape(`c${i}`)}`).join(', ')}`);
    const table = driver.escape(metadata.tableName);
    const set = columns.map((c, i) => `${driver.escape(c.databaseName)} = v.${driver.escape(`c${i + 1}`)}`).join(', ');
    await manager.query(`UPDATE ${table} SET ${set} FROM (${selects.join(' UNION ALL ')}) AS v WHERE ${table}.${driver.escape(id.databaseName)} = v.${driver.escape('c0')}`, parameters);
  }
}

/** The type a value is cast to, so that each dialect reads the parameters as the column's type. */
function castType(column: ColumnMetadata, postgres: boolean): string {
  const type = String(column.type);
  if (type === 'integer' || type === 'int') return postgres ? 'integer' : 'INTEGER';
  if (type === 'boolean') return postgres ? 'boolean' : 'INTEGER';
  return postgres ? 'text' : 'TEXT';
}
