import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AnnualReportCompileOnDay1795479949481 implements MigrationInterface {
  name = 'AnnualReportCompileOnDay1795479949481';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "annual_report_settings" ADD "compile_on_day" character varying(5)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "annual_report_settings" DROP COLUMN "compile_on_day"`);
  }
}
