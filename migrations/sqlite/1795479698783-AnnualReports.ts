import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AnnualReports1795479698783 implements MigrationInterface {
  name = 'AnnualReports1795479698783';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "annual_reports" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "committee_id" varchar(36) NOT NULL, "municipal_year" varchar(20) NOT NULL, "version" integer NOT NULL, "status" varchar(12) NOT NULL, "progress" integer NOT NULL, "error" text, "title" varchar(300) NOT NULL, "blocks" text, "automatic" boolean NOT NULL, "requested_by" varchar(300) NOT NULL, "requested_at" varchar(24) NOT NULL, "compiled_at" varchar(24), "agreed_at" varchar(24), "submitted_at" varchar(24))`);
    await queryRunner.query(`CREATE INDEX "IDX_4d7dfac38bff9363f43a36fe46" ON "annual_reports" ("council_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7f8c388aad8910dbbf5ab6f0e1" ON "annual_reports" ("committee_id", "municipal_year", "version") `);
    await queryRunner.query(`CREATE TABLE "annual_report_settings" ("committee_id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "council_name" varchar(200), "committee_name" varchar(300), "introduction" text, "protocol" text)`);
    await queryRunner.query(`DROP INDEX "IDX_4d7dfac38bff9363f43a36fe46"`);
    await queryRunner.query(`DROP INDEX "IDX_7f8c388aad8910dbbf5ab6f0e1"`);
    await queryRunner.query(`CREATE TABLE "temporary_annual_reports" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "committee_id" varchar(36) NOT NULL, "municipal_year" varchar(20) NOT NULL, "version" integer NOT NULL, "status" varchar(12) NOT NULL, "progress" integer NOT NULL, "error" text, "title" varchar(300) NOT NULL, "blocks" text, "automatic" boolean NOT NULL, "requested_by" varchar(300) NOT NULL, "requested_at" varchar(24) NOT NULL, "compiled_at" varchar(24), "agreed_at" varchar(24), "submitted_at" varchar(24), CONSTRAINT "FK_c16efccf3beb14647d89e9b3bf7" FOREIGN KEY ("committee_id") REFERENCES "committees" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_annual_reports"("id", "council_id", "committee_id", "municipal_year", "version", "status", "progress", "error", "title", "blocks", "automatic", "requested_by", "requested_at", "compiled_at", "agreed_at", "submitted_at") SELECT "id", "council_id", "committee_id", "municipal_year", "version", "status", "progress", "error", "title", "blocks", "automatic", "requested_by", "requested_at", "compiled_at", "agreed_at", "submitted_at" FROM "annual_reports"`);
    await queryRunner.query(`DROP TABLE "annual_reports"`);
    await queryRunner.query(`ALTER TABLE "temporary_annual_reports" RENAME TO "annual_reports"`);
    await queryRunner.query(`CREATE INDEX "IDX_4d7dfac38bff9363f43a36fe46" ON "annual_reports" ("council_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7f8c388aad8910dbbf5ab6f0e1" ON "annual_reports" ("committee_id", "municipal_year", "version") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_7f8c388aad8910dbbf5ab6f0e1"`);
    await queryRunner.query(`DROP INDEX "IDX_4d7dfac38bff9363f43a36fe46"`);
    await queryRunner.query(`ALTER TABLE "annual_reports" RENAME TO "temporary_annual_reports"`);
    await queryRunner.query(`CREATE TABLE "annual_reports" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "committee_id" varchar(36) NOT NULL, "municipal_year" varchar(20) NOT NULL, "version" integer NOT NULL, "status" varchar(12) NOT NULL, "progress" integer NOT NULL, "error" text, "title" varchar(300) NOT NULL, "blocks" text, "automatic" boolean NOT NULL, "requested_by" varchar(300) NOT NULL, "requested_at" varchar(24) NOT NULL, "compiled_at" varchar(24), "agreed_at" varchar(24), "submitted_at" varchar(24))`);
    await queryRunner.query(`INSERT INTO "annual_reports"("id", "council_id", "committee_id", "municipal_year", "version", "status", "progress", "error", "title", "blocks", "automatic", "requested_by", "requested_at", "compiled_at", "agreed_at", "submitted_at") SELECT "id", "council_id", "committee_id", "municipal_year", "version", "status", "progress", "error", "title", "blocks", "automatic", "requested_by", "requested_at", "compiled_at", "agreed_at", "submitted_at" FROM "temporary_annual_reports"`);
    await queryRunner.query(`DROP TABLE "temporary_annual_reports"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7f8c388aad8910dbbf5ab6f0e1" ON "annual_reports" ("committee_id", "municipal_year", "version") `);
    await queryRunner.query(`CREATE INDEX "IDX_4d7dfac38bff9363f43a36fe46" ON "annual_reports" ("council_id", "status") `);
    await queryRunner.query(`DROP TABLE "annual_report_settings"`);
    await queryRunner.query(`DROP INDEX "IDX_7f8c388aad8910dbbf5ab6f0e1"`);
    await queryRunner.query(`DROP INDEX "IDX_4d7dfac38bff9363f43a36fe46"`);
    await queryRunner.query(`DROP TABLE "annual_reports"`);
  }
}
