import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MeetingCancellation1795471003698 implements MigrationInterface {
  name = 'MeetingCancellation1795471003698';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meetings" ADD "cancelled_at" character varying(24)`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD "cancelled_reason" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "cancelled_reason"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "cancelled_at"`);
  }
}
