import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search of the minutes (PostgreSQL): a GIN index over the English text search vector of each
 * minute item's title, summary and resolutions. The query in MinutesService.search uses the same
 * expression, so the index serves it. Declared on the entity with `synchronize: false`.
 */
export class MinutesSearch1796233000000 implements MigrationInterface {
  name = 'MinutesSearch1796233000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_minute_items_search" ON "minute_items" USING GIN (to_tsvector('english', "title" || ' ' || "summary" || ' ' || "resolutions"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_minute_items_search"`);
  }
}
