import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NonKeyDecisions1796240861368 implements MigrationInterface {
  name = 'NonKeyDecisions1796240861368';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_a60aba9952d43e8c2155623146"`);
    await queryRunner.query(`DROP INDEX "IDX_c87e5b86cd53031e7405b90035"`);
    await queryRunner.query(`CREATE TABLE "temporary_key_decisions" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "notice_id" varchar(36) NOT NULL, "title" varchar(500) NOT NULL, "decision_maker" text NOT NULL, "decision_due_on" date NOT NULL, "documents" text NOT NULL, "documents_address" text, "exempt_paragraph" integer, "wards_affected" text NOT NULL, "contact_officer" varchar(300), "exception" varchar(30) NOT NULL, "exception_reasons" text, "scrutiny_item_id" varchar(36), "general_exception_notice_on" date, "general_exception_notice_to" varchar(300), "urgency_fallback" text, "urgency_agreed_by" varchar(300), "urgency_agreed_at" varchar(24), "date_history" text NOT NULL DEFAULT ('[]'), "carried_from_id" varchar(36), "created_at" varchar(24) NOT NULL, "key" boolean NOT NULL DEFAULT (1), CONSTRAINT "FK_a60aba9952d43e8c21556231468" FOREIGN KEY ("notice_id") REFERENCES "forward_plan_notices" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_key_decisions"("id", "council_id", "notice_id", "title", "decision_maker", "decision_due_on", "documents", "documents_address", "exempt_paragraph", "wards_affected", "contact_officer", "exception", "exception_reasons", "scrutiny_item_id", "general_exception_notice_on", "general_exception_notice_to", "urgency_fallback", "urgency_agreed_by", "urgency_agreed_at", "date_history", "carried_from_id", "created_at") SELECT "id", "council_id", "notice_id", "title", "decision_maker", "decision_due_on", "documents", "documents_address", "exempt_paragraph", "wards_affected", "contact_officer", "exception", "exception_reasons", "scrutiny_item_id", "general_exception_notice_on", "general_exception_notice_to", "urgency_fallback", "urgency_agreed_by", "urgency_agreed_at", "date_history", "carried_from_id", "created_at" FROM "key_decisions"`);
    await queryRunner.query(`DROP TABLE "key_decisions"`);
    await queryRunner.query(`ALTER TABLE "temporary_key_decisions" RENAME TO "key_decisions"`);
    await queryRunner.query(`CREATE INDEX "IDX_a60aba9952d43e8c2155623146" ON "key_decisions" ("notice_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c87e5b86cd53031e7405b90035" ON "key_decisions" ("council_id", "decision_due_on") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_c87e5b86cd53031e7405b90035"`);
    await queryRunner.query(`DROP INDEX "IDX_a60aba9952d43e8c2155623146"`);
    await queryRunner.query(`ALTER TABLE "key_decisions" RENAME TO "temporary_key_decisions"`);
    await queryRunner.query(`CREATE TABLE "key_decisions" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "notice_id" varchar(36) NOT NULL, "title" varchar(500) NOT NULL, "decision_maker" text NOT NULL, "decision_due_on" date NOT NULL, "documents" text NOT NULL, "documents_address" text, "exempt_paragraph" integer, "wards_affected" text NOT NULL, "contact_officer" varchar(300), "exception" varchar(30) NOT NULL, "exception_reasons" text, "scrutiny_item_id" varchar(36), "general_exception_notice_on" date, "general_exception_notice_to" varchar(300), "urgency_fallback" text, "urgency_agreed_by" varchar(300), "urgency_agreed_at" varchar(24), "date_history" text NOT NULL DEFAULT ('[]'), "carried_from_id" varchar(36), "created_at" varchar(24) NOT NULL, CONSTRAINT "FK_a60aba9952d43e8c21556231468" FOREIGN KEY ("notice_id") REFERENCES "forward_plan_notices" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "key_decisions"("id", "council_id", "notice_id", "title", "decision_maker", "decision_due_on", "documents", "documents_address", "exempt_paragraph", "wards_affected", "contact_officer", "exception", "exception_reasons", "scrutiny_item_id", "general_exception_notice_on", "general_exception_notice_to", "urgency_fallback", "urgency_agreed_by", "urgency_agreed_at", "date_history", "carried_from_id", "created_at") SELECT "id", "council_id", "notice_id", "title", "decision_maker", "decision_due_on", "documents", "documents_address", "exempt_paragraph", "wards_affected", "contact_officer", "exception", "exception_reasons", "scrutiny_item_id", "general_exception_notice_on", "general_exception_notice_to", "urgency_fallback", "urgency_agreed_by", "urgency_agreed_at", "date_history", "carried_from_id", "created_at" FROM "temporary_key_decisions"`);
    await queryRunner.query(`DROP TABLE "temporary_key_decisions"`);
    await queryRunner.query(`CREATE INDEX "IDX_c87e5b86cd53031e7405b90035" ON "key_decisions" ("council_id", "decision_due_on") `);
    await queryRunner.query(`CREATE INDEX "IDX_a60aba9952d43e8c2155623146" ON "key_decisions" ("notice_id") `);
  }
}
