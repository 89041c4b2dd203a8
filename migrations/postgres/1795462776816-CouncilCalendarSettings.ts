import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CouncilCalendarSettings1795462776816 implements MigrationInterface {
  name = 'CouncilCalendarSettings1795462776816';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "councils" ADD "calendar_settings" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "councils" DROP COLUMN "calendar_settings"`);
  }
}
