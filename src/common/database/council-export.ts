import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntityMetadata } from 'typeorm';

/**
 * Tables left out of a council's export: credentials (tokens, sessions, sign-in links, the app's own
 * secrets, even hashed), the operator's own records, and bodies registered for every council.
 */
const NOT_EXPORTED = new Set(['api_tokens', 'sessions', 'sign_in_links', 'operators', 'operator_tokens', 'app_secrets', 'shared_authorities', 'shared_authority_contacts', 'councils']);

/** Columns left out wherever they are: a hash of a token or link, a sealed secret. */
const SECRET_PROPERTY = /tokenHash$|secret/i;

/** The version of the export's shape, for whoever reads it back. */
export const COUNCIL_EXPORT_FORMAT = 'scrutineer-council-export/1';

/**
 * Everything a council's committee has recorded, table by table, read in one transaction (a
 * consistent snapshot): the rows holding its council id, and the rows of tables that hang off those
 * (agenda items off meetings, contacts off authorities, responses off obligations). Storage
 * infrastructure: it reads every module's tables by their metadata, which is why it lives here.
 */
@Injectable()
export class CouncilExport {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async tablesOf(councilId: string): Promise<Record<string, Record<string, unknown>[]>> {
    const read = async (manager: EntityManager) => {
      const tables: Record<string, Record<string, unknown>[]> = {};
      const exported = this.dataSource.entityMetadatas.filter((meta) => !NOT_EXPORTED.has(meta.tableName)).sort((a, b) => a.tableName.localeCompare(b.tableName));
      for (const meta of exported) {
        const rows = await this.rowsOf(manager, meta, councilId);
        if (rows) tables[meta.tableName] = rows.map((row) => withoutSecrets(meta, row));
      }
      return tables;
    };
    return this.dataSource.options.type === 'postgres' ? this.dataSource.transaction('REPEATABLE READ', read) : this.dataSource.transaction(read);
  }

  /** The table's rows of the council, or null for a table that holds nothing of any council's. */
  private async rowsOf(manager: EntityManager, meta: EntityMetadata, councilId: string): Promise<object[] | null> {
    const order = meta.primaryColumns.map((c) => c.propertyPath);
    const query = manager.createQueryBuilder(meta.target, 'row');
    for (const column of order) query.addOrderBy(`row.${column}`, 'ASC');
    if (meta.findColumnWithPropertyName('councilId')) return query.where('row.councilId = :councilId', { councilId }).getMany();
    // A table hanging off one that does (by its foreign key).
    const via = meta.manyToOneRelations.find((r) => r.joinColumns.length === 1 && r.inverseEntityMetadata.findColumnWithPropertyName('councilId'));
    if (!via) return null;
    const parent = via.inverseEntityMetadata;
    const [key] = via.joinColumns;
    const owners = manager.createQueryBuilder(parent.target, 'owner').select('owner.id').where('owner.councilId = :councilId');
    return query
      .where(`row.${key.propertyName} IN (${owners.getQuery()})`, { councilId })
      .getMany();
  }
}

function withoutSecrets(meta: EntityMetadata, row: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column of meta.columns) {
    if (SECRET_PROPERTY.test(column.propertyName)) continue;
    const value: unknown = column.getEntityValue(row);
    // A relation's own column holds the related row, not loaded here; its id is a column of its own.
    if (value !== undefined) out[column.propertyName] = value;
  }
  return out;
}
