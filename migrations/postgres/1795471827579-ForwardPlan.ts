import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ForwardPlan1795471827579 implements MigrationInterface {
  name = 'ForwardPlan1795471827579';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "forward_plan_notices" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "published_on" date, "status" character varying(20) NOT NULL, "supersedes_id" character varying(36), "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_cc6c50e8a77b928c424f442c461" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_cfa9e2e5f9fa492f3c7950f9d7" ON "forward_plan_notices"  ("council_id", "period_start") `);
    await queryRunner.query(`CREATE TABLE "key_decisions" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "notice_id" character varying(36) NOT NULL, "title" character varying(500) NOT NULL, "decision_maker" text NOT NULL, "decision_due_on" date NOT NULL, "documents" text NOT NULL, "documents_address" text, "exempt_paragraph" integer, "wards_affected" text NOT NULL, "contact_officer" character varying(300), "exception" character varying(30) NOT NULL, "general_exception_notice_on" date, "general_exception_notice_to" character varying(300), "urgency_agreed_by" character varying(300), "urgency_agreed_at" character varying(24), "carried_from_id" character varying(36), "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_ef178a8276f70813c892b0203f2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c87e5b86cd53031e7405b90035" ON "key_decisions"  ("council_id", "decision_due_on") `);
    await queryRunner.query(`CREATE INDEX "IDX_a60aba9952d43e8c2155623146" ON "key_decisions"  ("notice_id") `);
    await queryRunner.query(`ALTER TABLE "forward_plan_notices" ADD CONSTRAINT "FK_5c03039adafae9cf0d0b3b67353" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "key_decisions" ADD CONSTRAINT "FK_a60aba9952d43e8c21556231468" FOREIGN KEY ("notice_id") REFERENCES "forward_plan_notices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "key_decisions" DROP CONSTRAINT "FK_a60aba9952d43e8c21556231468"`);
    await queryRunner.query(`ALTER TABLE "forward_plan_notices" DROP CONSTRAINT "FK_5c03039adafae9cf0d0b3b67353"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a60aba9952d43e8c2155623146"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c87e5b86cd53031e7405b90035"`);
    await queryRunner.query(`DROP TABLE "key_decisions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cfa9e2e5f9fa492f3c7950f9d7"`);
    await queryRunner.query(`DROP TABLE "forward_plan_notices"`);
  }
}
