import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SweepPagingIndex1796243125985 implements MigrationInterface {
  name = 'SweepPagingIndex1796243125985';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_d8cc4a1dbeda89fb432915e537"`);
    await queryRunner.query(`CREATE INDEX "IDX_614ccc340d5fc073d2dc8cff46" ON "reminders" ("council_id", "status", "due_at", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_614ccc340d5fc073d2dc8cff46"`);
    await queryRunner.query(`CREATE INDEX "IDX_d8cc4a1dbeda89fb432915e537" ON "reminders" ("council_id", "status", "due_at") `);
  }
}
