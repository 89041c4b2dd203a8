import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CallForAction1795474328235 implements MigrationInterface {
  name = 'CallForAction1795474328235';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "draw_down_requests" ADD "call_for_action" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "draw_down_requests" ADD "ward" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "draw_down_requests" ADD "committee_decision" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "draw_down_requests" ADD "committee_reasons" text`);
    await queryRunner.query(`ALTER TABLE "draw_down_requests" ADD "member_told_at" character varying(24)`);
    await queryRunner.query(`ALTER TABLE "draw_down_requests" ADD "report_copied_at" character varying(24)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "draw_down_requests" DROP COLUMN "report_copied_at"`);
    await queryRunner.query(`ALTER TABLE "draw_down_requests" DROP COLUMN "member_told_at"`);
    await queryRunner.query(`ALTER TABLE "draw_down_requests" DROP COLUMN "committee_reasons"`);
    await queryRunner.query(`ALTER TABLE "draw_down_requests" DROP COLUMN "committee_decision"`);
    await queryRunner.query(`ALTER TABLE "draw_down_requests" DROP COLUMN "ward"`);
    await queryRunner.query(`ALTER TABLE "draw_down_requests" DROP COLUMN "call_for_action"`);
  }
}
