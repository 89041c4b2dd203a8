import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkPlanSeasonIndex1796244950322 implements MigrationInterface {
  name = 'WorkPlanSeasonIndex1796244950322';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_b6f63c2e7967166361feffa3c5" ON "work_plan_items"  ("committee_id", "season") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_b6f63c2e7967166361feffa3c5"`);
  }
}
