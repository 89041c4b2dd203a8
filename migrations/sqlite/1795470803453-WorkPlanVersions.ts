import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkPlanVersions1795470803453 implements MigrationInterface {
  name = 'WorkPlanVersions1795470803453';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "work_plan_versions" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "committee_id" varchar(36) NOT NULL, "number" integer NOT NULL, "label" varchar(300) NOT NULL, "agreed_at_meeting_id" varchar(36), "agreed_on" date NOT NULL, "items" text NOT NULL, "created_by" varchar(300) NOT NULL, "created_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_83b73e0beccd3fa17164fa8fb2" ON "work_plan_versions" ("committee_id", "number") `);
    await queryRunner.query(`DROP INDEX "IDX_83b73e0beccd3fa17164fa8fb2"`);
    await queryRunner.query(`CREATE TABLE "temporary_work_plan_versions" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "committee_id" varchar(36) NOT NULL, "number" integer NOT NULL, "label" varchar(300) NOT NULL, "agreed_at_meeting_id" varchar(36), "agreed_on" date NOT NULL, "items" text NOT NULL, "created_by" varchar(300) NOT NULL, "created_at" varchar(24) NOT NULL, CONSTRAINT "FK_f1bd240db6267df33a5e184c697" FOREIGN KEY ("committee_id") REFERENCES "committees" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_work_plan_versions"("id", "council_id", "committee_id", "number", "label", "agreed_at_meeting_id", "agreed_on", "items", "created_by", "created_at") SELECT "id", "council_id", "committee_id", "number", "label", "agreed_at_meeting_id", "agreed_on", "items", "created_by", "created_at" FROM "work_plan_versions"`);
    await queryRunner.query(`DROP TABLE "work_plan_versions"`);
    await queryRunner.query(`ALTER TABLE "temporary_work_plan_versions" RENAME TO "work_plan_versions"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_83b73e0beccd3fa17164fa8fb2" ON "work_plan_versions" ("committee_id", "number") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_83b73e0beccd3fa17164fa8fb2"`);
    await queryRunner.query(`ALTER TABLE "work_plan_versions" RENAME TO "temporary_work_plan_versions"`);
    await queryRunner.query(`CREATE TABLE "work_plan_versions" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "committee_id" varchar(36) NOT NULL, "number" integer NOT NULL, "label" varchar(300) NOT NULL, "agreed_at_meeting_id" varchar(36), "agreed_on" date NOT NULL, "items" text NOT NULL, "created_by" varchar(300) NOT NULL, "created_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "work_plan_versions"("id", "council_id", "committee_id", "number", "label", "agreed_at_meeting_id", "agreed_on", "items", "created_by", "created_at") SELECT "id", "council_id", "committee_id", "number", "label", "agreed_at_meeting_id", "agreed_on", "items", "created_by", "created_at" FROM "temporary_work_plan_versions"`);
    await queryRunner.query(`DROP TABLE "temporary_work_plan_versions"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_83b73e0beccd3fa17164fa8fb2" ON "work_plan_versions" ("committee_id", "number") `);
    await queryRunner.query(`DROP INDEX "IDX_83b73e0beccd3fa17164fa8fb2"`);
    await queryRunner.query(`DROP TABLE "work_plan_versions"`);
  }
}
