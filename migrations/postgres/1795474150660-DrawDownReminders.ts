import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DrawDownReminders1795474150660 implements MigrationInterface {
  name = 'DrawDownReminders1795474150660';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "draw_down_requests" ADD "approvers_reminded_on" date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "draw_down_requests" DROP COLUMN "approvers_reminded_on"`);
  }
}
