import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SweepPagingIndex1796243130290 implements MigrationInterface {
  name = 'SweepPagingIndex1796243130290';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_d8cc4a1dbeda89fb432915e537"`);
    await queryRunner.query(`CREATE INDEX "IDX_614ccc340d5fc073d2dc8cff46" ON "reminders"  ("council_id", "status", "due_at", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_614ccc340d5fc073d2dc8cff46"`);
    await queryRunner.query(`CREATE INDEX "IDX_d8cc4a1dbeda89fb432915e537" ON "reminders" USING btree ("council_id", "due_at", "status") `);
  }
}
