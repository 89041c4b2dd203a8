import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AnnualReportCompileOnDay1795479948809 implements MigrationInterface {
  name = 'AnnualReportCompileOnDay1795479948809';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "temporary_annual_report_settings" ("committee_id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "council_name" varchar(200), "committee_name" varchar(300), "introduction" text, "protocol" text, "compile_on_day" varchar(5))`);
    await queryRunner.query(`INSERT INTO "temporary_annual_report_settings"("committee_id", "council_id", "council_name", "committee_name", "introduction", "protocol") SELECT "committee_id", "council_id", "council_name", "committee_name", "introduction", "protocol" FROM "annual_report_settings"`);
    await queryRunner.query(`DROP TABLE "annual_report_settings"`);
    await queryRunner.query(`ALTER TABLE "temporary_annual_report_settings" RENAME TO "annual_report_settings"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "annual_report_settings" RENAME TO "temporary_annual_report_settings"`);
    await queryRunner.query(`CREATE TABLE "annual_report_settings" ("committee_id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "council_name" varchar(200), "committee_name" varchar(300), "introduction" text, "protocol" text)`);
    await queryRunner.query(`INSERT INTO "annual_report_settings"("committee_id", "council_id", "council_name", "committee_name", "introduction", "protocol") SELECT "committee_id", "council_id", "council_name", "committee_name", "introduction", "protocol" FROM "temporary_annual_report_settings"`);
    await queryRunner.query(`DROP TABLE "temporary_annual_report_settings"`);
  }
}
