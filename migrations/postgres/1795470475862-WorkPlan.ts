import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkPlan1795470475862 implements MigrationInterface {
  name = 'WorkPlan1795470475862';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "work_plan_items" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "committee_id" character varying(36) NOT NULL, "position" integer NOT NULL, "title" character varying(300) NOT NULL, "description" text, "basis" character varying(20) NOT NULL, "category" character varying(40) NOT NULL, "lead_authority_id" character varying(36), "lead_officer" character varying(200), "meeting_id" character varying(36), "season" character varying(60) NOT NULL, "recurrence" text, "status" character varying(20) NOT NULL, "previous_id" character varying(36), "version" integer NOT NULL, "created_at" character varying(24) NOT NULL, "updated_at" character varying(24) NOT NULL, CONSTRAINT "PK_18d21728482ebb26222468a7a23" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0ec118f024f5bce8d8aeeee90a" ON "work_plan_items"  ("meeting_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_14f8cc88a692cf011ed4cde5d6" ON "work_plan_items"  ("council_id", "committee_id", "status") `);
    await queryRunner.query(`CREATE TABLE "work_plan_amendments" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "sequence" integer NOT NULL, "item_id" character varying(36) NOT NULL, "kind" character varying(20) NOT NULL, "from_meeting_id" character varying(36), "from_season" character varying(60), "to_meeting_id" character varying(36), "to_season" character varying(60), "change" text, "reason" text NOT NULL, "directed_by" character varying(300) NOT NULL, "agreed_at_meeting_id" character varying(36), "resolution" character varying(300), "recorded_by" character varying(300) NOT NULL, "recorded_at" character varying(24) NOT NULL, CONSTRAINT "PK_b8876736288b0a3eb37cf4b2ec3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_35cf2136570b80cbf5d514a402" ON "work_plan_amendments"  ("council_id", "sequence") `);
    await queryRunner.query(`CREATE INDEX "IDX_c398cfb9770cdcf6f02b9fb0f1" ON "work_plan_amendments"  ("item_id", "sequence") `);
    await queryRunner.query(`ALTER TABLE "work_plan_items" ADD CONSTRAINT "FK_7226ea0ed147ad77d132d75c879" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "work_plan_amendments" ADD CONSTRAINT "FK_08e910000c015f1db8c52804d2d" FOREIGN KEY ("item_id") REFERENCES "work_plan_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "work_plan_amendments" DROP CONSTRAINT "FK_08e910000c015f1db8c52804d2d"`);
    await queryRunner.query(`ALTER TABLE "work_plan_items" DROP CONSTRAINT "FK_7226ea0ed147ad77d132d75c879"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c398cfb9770cdcf6f02b9fb0f1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_35cf2136570b80cbf5d514a402"`);
    await queryRunner.query(`DROP TABLE "work_plan_amendments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_14f8cc88a692cf011ed4cde5d6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0ec118f024f5bce8d8aeeee90a"`);
    await queryRunner.query(`DROP TABLE "work_plan_items"`);
  }
}
