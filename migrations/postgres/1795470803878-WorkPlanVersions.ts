import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkPlanVersions1795470803878 implements MigrationInterface {
  name = 'WorkPlanVersions1795470803878';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "work_plan_versions" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "committee_id" character varying(36) NOT NULL, "number" integer NOT NULL, "label" character varying(300) NOT NULL, "agreed_at_meeting_id" character varying(36), "agreed_on" date NOT NULL, "items" text NOT NULL, "created_by" character varying(300) NOT NULL, "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_d26982bee7935327fb591f47ac8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_83b73e0beccd3fa17164fa8fb2" ON "work_plan_versions"  ("committee_id", "number") `);
    await queryRunner.query(`ALTER TABLE "work_plan_versions" ADD CONSTRAINT "FK_f1bd240db6267df33a5e184c697" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "work_plan_versions" DROP CONSTRAINT "FK_f1bd240db6267df33a5e184c697"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_83b73e0beccd3fa17164fa8fb2"`);
    await queryRunner.query(`DROP TABLE "work_plan_versions"`);
  }
}
