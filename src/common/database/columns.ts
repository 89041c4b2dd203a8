import { randomUUID } from 'node:crypto';
import { Column, ColumnOptions, PrimaryColumn, ValueTransformer } from 'typeorm';

/**
 * Instants are stored as fixed-width UTC ISO strings (`2017-07-26T18:00:00.000Z`): the same
 * text on SQLite and PostgreSQL, ordered correctly by plain string comparison and indexable,
 * with no driver guessing a local time zone.
 */
const instant: ValueTransformer = {
  to: (value: Date | null | undefined) => (value instanceof Date ? value.toISOString() : value),
  from: (value: string | null) => (value === null || value === undefined ? value : new Date(value)),
};

export function InstantColumn(options: Pick<ColumnOptions, 'nullable' | 'name'> = {}): PropertyDecorator {
  return Column({ type: 'varchar', length: 24, transformer: instant, ...options });
}

/** A calendar date (`YYYY-MM-DD`), kept as a string in entities on both dialects. */
export function DateColumn(options: Pick<ColumnOptions, 'nullable' | 'name'> = {}): PropertyDecorator {
  return Column({ type: 'date', ...options });
}

/** Primary keys are UUIDs made by the app, so no database extension is needed. */
export function IdColumn(): PropertyDecorator {
  return PrimaryColumn({ type: 'varchar', length: 36 });
}

/** A foreign key column holding another row's id. */
export function RefColumn(options: Pick<ColumnOptions, 'nullable'> = {}): PropertyDecorator {
  return Column({ type: 'varchar', length: 36, ...options });
}

export const newId = (): string => randomUUID();

/**
 * Another module's row, as an entity's relation to it is typed: the relation names its target by
 * entity name (`@ManyToOne('Council')`) for the foreign key, and the module never imports the other's
 * entity class (modules are doors: docs/architecture.md).
 */
export interface ForeignRow {
  id: string;
}
