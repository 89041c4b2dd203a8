import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataSourceOptions, Dialect, openDataSource, runMigrationsLocked } from './data-source.js';
import { createScratchDatabase } from '../common/database/scratch-database.js';

export interface SchemaDrift {
  up: string[];
  down: string[];
}

/** Applies every pending migration of the database's dialect. */
export async function migrate(databaseUrl: string): Promise<string[]> {
  const dataSource = await openDataSource(dataSourceOptions(databaseUrl), 'none');
  try {
    return await runMigrationsLocked(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * What the entities want that the migrations do not give: the migrations are run on a scratch
 * database of the dialect and TypeORM's schema builder lists the SQL still needed (the same test as
 * `typeorm migration:generate --check`).
 */
export async function schemaDrift(dialect: Dialect): Promise<SchemaDrift> {
  const scratch = await createScratchDatabase(dialect, 'drift');
  try {
    const dataSource = await openDataSource(dataSourceOptions(scratch.url), 'run');
    try {
      const sql = await dataSource.driver.createSchemaBuilder().log();
      return {
        up: sql.upQueries.map((q) => q.query),
        down: sql.downQueries.map((q) => q.query).reverse(),
      };
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await scratch.drop();
  }
}

/** Writes a migration for the drift of one dialect into migrations/<dialect>/ and relists its index. */
export function writeMigration(dialect: Dialect, name: string, drift: SchemaDrift, now: Date): string {
  const timestamp = now.getTime();
  const className = `${name.replace(/[^A-Za-z0-9]/g, '')}${timestamp}`;
  const dir = join(process.cwd(), 'migrations', dialect);
  const file = join(dir, `${timestamp}-${name}.ts`);
  // Template literals keep the SQL readable; JSON quoting only when the SQL itself needs escaping.
  const literal = (q: string) => (/[`\\]|\$\{/.test(q) ? JSON.stringify(q) : `\`${q}\``);
  const lines = (queries: string[]) => queries.map((q) => `    await queryRunner.query(${literal(q)});`).join('\n');
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(drift.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(drift.down)}
  }
}
`,
  );
  writeMigrationIndex(dialect, dir);
  return file;
}

function writeMigrationIndex(dialect: Dialect, dir: string): void {
  const files = readdirSync(dir)
    .filter((f) => /^\d+-.+\.ts$/.test(f))
    .sort((a, b) => Number(a.split('-')[0]) - Number(b.split('-')[0]));
  const imports = files.map((f) => {
    const [timestamp, ...rest] = f.replace(/\.ts$/, '').split('-');
    const className = `${rest.join('-').replace(/[^A-Za-z0-9]/g, '')}${timestamp}`;
    return { className, path: `./${f.replace(/\.ts$/, '.js')}` };
  });
  const exportName = `${dialect}Migrations`;
  writeFileSync(
    join(dir, 'index.ts'),
    `import type { MigrationInterface } from 'typeorm';
${imports.map((i) => `import { ${i.className} } from '${i.path}';`).join('\n')}

/** Every ${dialect} migration, oldest first. Written by \`npm run migration:generate\`. */
export const ${exportName}: (new () => MigrationInterface)[] = [${imports.map((i) => i.className).join(', ')}];
`,
  );
}
