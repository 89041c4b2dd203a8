import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How sure the minutes importer was of each item it read, and why. Written by hand for SQLite: a column added in place, because rebuilding minute_items (as a generated migration does) would drop the triggers that keep its full-text index (MinutesSearch).
 */
export class ImportReadings1796243000000 implements MigrationInterface {
  name = 'ImportReadings1796243000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "minute_items" ADD COLUMN "import_reading" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "minute_items" DROP COLUMN "import_reading"`);
  }
}
