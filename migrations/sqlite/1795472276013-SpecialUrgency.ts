import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SpecialUrgency1795472276013 implements MigrationInterface {
  name = 'SpecialUrgency1795472276013';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "urgency_requests" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "decision_id" varchar(36) NOT NULL, "role" varchar(30) NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "token_hash" varchar(64) NOT NULL, "expires_at" varchar(24) NOT NULL, "answer" varchar(20) NOT NULL, "answered_at" varchar(24), "created_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_d4bce2b891df259f3ce3160b28" ON "urgency_requests" ("decision_id") `);
    await queryRunner.query(`DROP INDEX "IDX_c87e5b86cd53031e7405b90035"`);
    await queryRunner.query(`DROP INDEX "IDX_a60aba9952d43e8c2155623146"`);
    await queryRunner.query(`CREATE TABLE "temporary_key_decisions" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "notice_id" varchar(36) NOT NULL, "title" varchar(500) NOT NULL, "decision_maker" text NOT NULL, "decision_due_on" date NOT NULL, "documents" text NOT NULL, "documents_address" text, "exempt_paragraph" integer, "wards_affected" text NOT NULL, "contact_officer" varchar(300), "exception" varchar(30) NOT NULL, "general_exception_notice_on" date, "general_exception_notice_to" varchar(300), "urgency_agreed_by" varchar(300), "urgency_agreed_at" varchar(24), "carried_from_id" varchar(36), "created_at" varchar(24) NOT NULL, "exception_reasons" text, "urgency_fallback" text, CONSTRAINT "FK_a60aba9952d43e8c21556231468" FOREIGN KEY ("notice_id") REFERENCES "forward_plan_notices" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_key_decisions"("id", "council_id", "notice_id", "title", "decision_maker", "decision_due_on", "documents", "documents_address", "exempt_paragraph", "wards_affected", "contact_officer", "exception", "general_exception_notice_on", "general_exception_notice_to", "urgency_agreed_by", "urgency_agreed_at", "carried_from_id", "created_at", "exception_reasons") SELECT "id", "council_id", "notice_id", "title", "decision_maker", "decision_due_on", "documents", "documents_address", "exempt_paragraph", "wards_affected", "contact_officer", "exception", "general_exception_notice_on", "general_exception_notice_to", "urgency_agreed_by", "urgency_agreed_at", "carried_from_id", "created_at", "exception_reasons" FROM "key_decisions"`);
    await queryRunner.query(`DROP TABLE "key_decisions"`);
    await queryRunner.query(`ALTER TABLE "temporary_key_decisions" RENAME TO "key_decisions"`);
    await queryRunner.query(`CREATE INDEX "IDX_c87e5b86cd53031e7405b90035" ON "key_decisions" ("council_id", "decision_due_on") `);
    await queryRunner.query(`CREATE INDEX "IDX_a60aba9952d43e8c2155623146" ON "key_decisions" ("notice_id") `);
    await queryRunner.query(`DROP INDEX "IDX_d4bce2b891df259f3ce3160b28"`);
    await queryRunner.query(`CREATE TABLE "temporary_urgency_requests" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "decision_id" varchar(36) NOT NULL, "role" varchar(30) NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "token_hash" varchar(64) NOT NULL, "expires_at" varchar(24) NOT NULL, "answer" varchar(20) NOT NULL, "answered_at" varchar(24), "created_at" varchar(24) NOT NULL, CONSTRAINT "FK_d4bce2b891df259f3ce3160b283" FOREIGN KEY ("decision_id") REFERENCES "key_decisions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_urgency_requests"("id", "council_id", "decision_id", "role", "name", "email", "token_hash", "expires_at", "answer", "answered_at", "created_at") SELECT "id", "council_id", "decision_id", "role", "name", "email", "token_hash", "expires_at", "answer", "answered_at", "created_at" FROM "urgency_requests"`);
    await queryRunner.query(`DROP TABLE "urgency_requests"`);
    await queryRunner.query(`ALTER TABLE "temporary_urgency_requests" RENAME TO "urgency_requests"`);
    await queryRunner.query(`CREATE INDEX "IDX_d4bce2b891df259f3ce3160b28" ON "urgency_requests" ("decision_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_d4bce2b891df259f3ce3160b28"`);
    await queryRunner.query(`ALTER TABLE "urgency_requests" RENAME TO "temporary_urgency_requests"`);
    await queryRunner.query(`CREATE TABLE "urgency_requests" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "decision_id" varchar(36) NOT NULL, "role" varchar(30) NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "token_hash" varchar(64) NOT NULL, "expires_at" varchar(24) NOT NULL, "answer" varchar(20) NOT NULL, "answered_at" varchar(24), "created_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "urgency_requests"("id", "council_id", "decision_id", "role", "name", "email", "token_hash", "expires_at", "answer", "answered_at", "created_at") SELECT "id", "council_id", "decision_id", "role", "name", "email", "token_hash", "expires_at", "answer", "answered_at", "created_at" FROM "temporary_urgency_requests"`);
    await queryRunner.query(`DROP TABLE "temporary_urgency_requests"`);
    await queryRunner.query(`CREATE INDEX "IDX_d4bce2b891df259f3ce3160b28" ON "urgency_requests" ("decision_id") `);
    await queryRunner.query(`DROP INDEX "IDX_a60aba9952d43e8c2155623146"`);
    await queryRunner.query(`DROP INDEX "IDX_c87e5b86cd53031e7405b90035"`);
    await queryRunner.query(`ALTER TABLE "key_decisions" RENAME TO "temporary_key_decisions"`);
    await queryRunner.query(`CREATE TABLE "key_decisions" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "notice_id" varchar(36) NOT NULL, "title" varchar(500) NOT NULL, "decision_maker" text NOT NULL, "decision_due_on" date NOT NULL, "documents" text NOT NULL, "documents_address" text, "exempt_paragraph" integer, "wards_affected" text NOT NULL, "contact_officer" varchar(300), "exception" varchar(30) NOT NULL, "general_exception_notice_on" date, "general_exception_notice_to" varchar(300), "urgency_agreed_by" varchar(300), "urgency_agreed_at" varchar(24), "carried_from_id" varchar(36), "created_at" varchar(24) NOT NULL, "exception_reasons" text, CONSTRAINT "FK_a60aba9952d43e8c21556231468" FOREIGN KEY ("notice_id") REFERENCES "forward_plan_notices" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "key_decisions"("id", "council_id", "notice_id", "title", "decision_maker", "decision_due_on", "documents", "documents_address", "exempt_paragraph", "wards_affected", "contact_officer", "exception", "general_exception_notice_on", "general_exception_notice_to", "urgency_agreed_by", "urgency_agreed_at", "carried_from_id", "created_at", "exception_reasons") SELECT "id", "council_id", "notice_id", "title", "decision_maker", "decision_due_on", "documents", "documents_address", "exempt_paragraph", "wards_affected", "contact_officer", "exception", "general_exception_notice_on", "general_exception_notice_to", "urgency_agreed_by", "urgency_agreed_at", "carried_from_id", "created_at", "exception_reasons" FROM "temporary_key_decisions"`);
    await queryRunner.query(`DROP TABLE "temporary_key_decisions"`);
    await queryRunner.query(`CREATE INDEX "IDX_a60aba9952d43e8c2155623146" ON "key_decisions" ("notice_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c87e5b86cd53031e7405b90035" ON "key_decisions" ("council_id", "decision_due_on") `);
    await queryRunner.query(`DROP INDEX "IDX_d4bce2b891df259f3ce3160b28"`);
    await queryRunner.query(`DROP TABLE "urgency_requests"`);
  }
}
