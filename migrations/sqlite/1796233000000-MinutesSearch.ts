import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search of the minutes (SQLite FTS5): an external-content index over each minute item's
 * title, summary and resolutions, kept in step with `minute_items` by triggers, with the Porter stemmer
 * so that "encampment" finds "encampments". Written by hand: TypeORM knows nothing of virtual tables.
 * A later migration that rebuilds `minute_items` (TypeORM's temporary-table copy on SQLite) drops these
 * triggers with the old table: it must create them again and `rebuild` the index, as here.
 */
export class MinutesSearch1796233000000 implements MigrationInterface {
  name = 'MinutesSearch1796233000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE VIRTUAL TABLE "minute_items_search" USING fts5(title, summary, resolutions, content='minute_items', content_rowid='rowid', tokenize='porter unicode61')`);
    await queryRunner.query(`CREATE TRIGGER "minute_items_search_insert" AFTER INSERT ON "minute_items" BEGIN
      INSERT INTO "minute_items_search"(rowid, title, summary, resolutions) VALUES (new.rowid, new.title, new.summary, new.resolutions);
    END`);
    await queryRunner.query(`CREATE TRIGGER "minute_items_search_delete" AFTER DELETE ON "minute_items" BEGIN
      INSERT INTO "minute_items_search"("minute_items_search", rowid, title, summary, resolutions) VALUES ('delete', old.rowid, old.title, old.summary, old.resolutions);
    END`);
    await queryRunner.query(`CREATE TRIGGER "minute_items_search_update" AFTER UPDATE ON "minute_items" BEGIN
      INSERT INTO "minute_items_search"("minute_items_search", rowid, title, summary, resolutions) VALUES ('delete', old.rowid, old.title, old.summary, old.resolutions);
      INSERT INTO "minute_items_search"(rowid, title, summary, resolutions) VALUES (new.rowid, new.title, new.summary, new.resolutions);
    END`);
    await queryRunner.query(`INSERT INTO "minute_items_search"("minute_items_search") VALUES ('rebuild')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "minute_items_search_update"`);
    await queryRunner.query(`DROP TRIGGER "minute_items_search_delete"`);
    await queryRunner.query(`DROP TRIGGER "minute_items_search_insert"`);
    await queryRunner.query(`DROP TABLE "minute_items_search"`);
  }
}
