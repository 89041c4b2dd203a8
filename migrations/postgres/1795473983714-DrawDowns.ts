import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DrawDowns1795473983714 implements MigrationInterface {
  name = 'DrawDowns1795473983714';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "draw_down_requests" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "committee_id" character varying(36) NOT NULL, "member_id" character varying(36) NOT NULL, "topic" character varying(300) NOT NULL, "concern" text NOT NULL, "desired_outcome" text, "suggested_authority_id" character varying(36), "suggested_officer" character varying(200), "urgency" character varying(10) NOT NULL, "status" character varying(20) NOT NULL, "approver_ids" text NOT NULL, "decision_due_on" date NOT NULL, "meeting_id" character varying(36), "work_plan_item_id" character varying(36), "obligation_id" character varying(36), "submitted_at" character varying(24) NOT NULL, CONSTRAINT "PK_d30bbc991cbfca58541239b231d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_07bb30f709371b93a91328ada1" ON "draw_down_requests"  ("council_id", "member_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2859da8004be7dc08e50d9e293" ON "draw_down_requests"  ("council_id", "status") `);
    await queryRunner.query(`CREATE TABLE "draw_down_decisions" ("id" character varying(36) NOT NULL, "request_id" character varying(36) NOT NULL, "approver_id" character varying(36) NOT NULL, "decision" character varying(10) NOT NULL, "reason" text NOT NULL, "decided_at" character varying(24) NOT NULL, CONSTRAINT "PK_d64ac2b814e4522fffc13863e36" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_9aa005f560b655d9e362c5f4e4" ON "draw_down_decisions"  ("request_id", "approver_id") `);
    await queryRunner.query(`CREATE TABLE "draw_down_settings" ("committee_id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "approver_ids" text NOT NULL, "consult_chair" boolean NOT NULL, "decision_working_days" integer NOT NULL, CONSTRAINT "PK_c82e69c29c989d2ac51c95cca24" PRIMARY KEY ("committee_id"))`);
    await queryRunner.query(`ALTER TABLE "draw_down_requests" ADD CONSTRAINT "FK_30c6b619afbe0d43a4cad7ad1ea" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "draw_down_decisions" ADD CONSTRAINT "FK_f1d6aebf89a3becb99670e75ab4" FOREIGN KEY ("request_id") REFERENCES "draw_down_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "draw_down_decisions" DROP CONSTRAINT "FK_f1d6aebf89a3becb99670e75ab4"`);
    await queryRunner.query(`ALTER TABLE "draw_down_requests" DROP CONSTRAINT "FK_30c6b619afbe0d43a4cad7ad1ea"`);
    await queryRunner.query(`DROP TABLE "draw_down_settings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9aa005f560b655d9e362c5f4e4"`);
    await queryRunner.query(`DROP TABLE "draw_down_decisions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2859da8004be7dc08e50d9e293"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_07bb30f709371b93a91328ada1"`);
    await queryRunner.query(`DROP TABLE "draw_down_requests"`);
  }
}
