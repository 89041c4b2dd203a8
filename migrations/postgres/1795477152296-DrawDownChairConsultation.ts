import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DrawDownChairConsultation1795477152296 implements MigrationInterface {
  name = 'DrawDownChairConsultation1795477152296';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "draw_down_requests" ADD "consult_chair" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "draw_down_requests" ADD "chair_consulted_at" character varying(24)`);
    await queryRunner.query(`ALTER TABLE "draw_down_requests" ADD "chair_view" text`);
    await queryRunner.query(`ALTER TABLE "draw_down_requests" ADD "chair_view_at" character varying(24)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "draw_down_requests" DROP COLUMN "chair_view_at"`);
    await queryRunner.query(`ALTER TABLE "draw_down_requests" DROP COLUMN "chair_view"`);
    await queryRunner.query(`ALTER TABLE "draw_down_requests" DROP COLUMN "chair_consulted_at"`);
    await queryRunner.query(`ALTER TABLE "draw_down_requests" DROP COLUMN "consult_chair"`);
  }
}
