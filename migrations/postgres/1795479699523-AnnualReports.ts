import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AnnualReports1795479699523 implements MigrationInterface {
  name = 'AnnualReports1795479699523';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "annual_reports" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "committee_id" character varying(36) NOT NULL, "municipal_year" character varying(20) NOT NULL, "version" integer NOT NULL, "status" character varying(12) NOT NULL, "progress" integer NOT NULL, "error" text, "title" character varying(300) NOT NULL, "blocks" text, "automatic" boolean NOT NULL, "requested_by" character varying(300) NOT NULL, "requested_at" character varying(24) NOT NULL, "compiled_at" character varying(24), "agreed_at" character varying(24), "submitted_at" character varying(24), CONSTRAINT "PK_2bd25360a5f2ad891ff4a71102b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4d7dfac38bff9363f43a36fe46" ON "annual_reports"  ("council_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7f8c388aad8910dbbf5ab6f0e1" ON "annual_reports"  ("committee_id", "municipal_year", "version") `);
    await queryRunner.query(`CREATE TABLE "annual_report_settings" ("committee_id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "council_name" character varying(200), "committee_name" character varying(300), "introduction" text, "protocol" text, CONSTRAINT "PK_e2c93a29fa6fca395e38d670fe3" PRIMARY KEY ("committee_id"))`);
    await queryRunner.query(`ALTER TABLE "annual_reports" ADD CONSTRAINT "FK_c16efccf3beb14647d89e9b3bf7" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "annual_reports" DROP CONSTRAINT "FK_c16efccf3beb14647d89e9b3bf7"`);
    await queryRunner.query(`DROP TABLE "annual_report_settings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7f8c388aad8910dbbf5ab6f0e1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4d7dfac38bff9363f43a36fe46"`);
    await queryRunner.query(`DROP TABLE "annual_reports"`);
  }
}
