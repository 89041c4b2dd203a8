import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ResponseLinks1795468415898 implements MigrationInterface {
  name = 'ResponseLinks1795468415898';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "response_links" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "obligation_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "expires_at" varchar(24) NOT NULL, "acknowledged_at" varchar(24), "used_at" varchar(24), "used_for" varchar(20), "created_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_136b8ed66849a573143e13934e" ON "response_links" ("obligation_id") `);
    await queryRunner.query(`CREATE TABLE "app_secrets" ("name" varchar(40) PRIMARY KEY NOT NULL, "value" varchar(100) NOT NULL, "created_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`DROP INDEX "IDX_9002276061483fae32b6677546"`);
    await queryRunner.query(`DROP INDEX "IDX_c9548727379531a8fa8720ed5f"`);
    await queryRunner.query(`DROP INDEX "IDX_3f4ddbfe94092a4c3267baeb13"`);
    await queryRunner.query(`CREATE TABLE "temporary_obligations" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "group_id" varchar(36), "kind" varchar(30) NOT NULL, "authority_id" varchar(36) NOT NULL, "subject" varchar(300) NOT NULL, "details" text NOT NULL, "issued_on" date NOT NULL, "due_on" date NOT NULL, "due_rule_id" varchar(40) NOT NULL, "due_citation" varchar(300) NOT NULL, "due_explanation" text NOT NULL, "due_warning" text, "meeting_id" varchar(36), "status" varchar(20) NOT NULL, "responded_at" varchar(24), "withdrawn_reason" text, "created_at" varchar(24) NOT NULL, "recommendations" text, "acknowledged_at" varchar(24), CONSTRAINT "FK_f84cf837650aa9ca07c5db60a11" FOREIGN KEY ("authority_id") REFERENCES "authorities" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_3f50c6c9642aaebbf286a0acc52" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_obligations"("id", "council_id", "group_id", "kind", "authority_id", "subject", "details", "issued_on", "due_on", "due_rule_id", "due_citation", "due_explanation", "due_warning", "meeting_id", "status", "responded_at", "withdrawn_reason", "created_at") SELECT "id", "council_id", "group_id", "kind", "authority_id", "subject", "details", "issued_on", "due_on", "due_rule_id", "due_citation", "due_explanation", "due_warning", "meeting_id", "status", "responded_at", "withdrawn_reason", "created_at" FROM "obligations"`);
    await queryRunner.query(`DROP TABLE "obligations"`);
    await queryRunner.query(`ALTER TABLE "temporary_obligations" RENAME TO "obligations"`);
    await queryRunner.query(`CREATE INDEX "IDX_9002276061483fae32b6677546" ON "obligations" ("council_id", "status", "due_on") `);
    await queryRunner.query(`CREATE INDEX "IDX_c9548727379531a8fa8720ed5f" ON "obligations" ("council_id", "authority_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3f4ddbfe94092a4c3267baeb13" ON "obligations" ("group_id") `);
    await queryRunner.query(`DROP INDEX "IDX_136b8ed66849a573143e13934e"`);
    await queryRunner.query(`CREATE TABLE "temporary_response_links" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "obligation_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "expires_at" varchar(24) NOT NULL, "acknowledged_at" varchar(24), "used_at" varchar(24), "used_for" varchar(20), "created_at" varchar(24) NOT NULL, CONSTRAINT "FK_136b8ed66849a573143e13934ef" FOREIGN KEY ("obligation_id") REFERENCES "obligations" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_response_links"("id", "council_id", "obligation_id", "token_hash", "expires_at", "acknowledged_at", "used_at", "used_for", "created_at") SELECT "id", "council_id", "obligation_id", "token_hash", "expires_at", "acknowledged_at", "used_at", "used_for", "created_at" FROM "response_links"`);
    await queryRunner.query(`DROP TABLE "response_links"`);
    await queryRunner.query(`ALTER TABLE "temporary_response_links" RENAME TO "response_links"`);
    await queryRunner.query(`CREATE INDEX "IDX_136b8ed66849a573143e13934e" ON "response_links" ("obligation_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_136b8ed66849a573143e13934e"`);
    await queryRunner.query(`ALTER TABLE "response_links" RENAME TO "temporary_response_links"`);
    await queryRunner.query(`CREATE TABLE "response_links" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "obligation_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "expires_at" varchar(24) NOT NULL, "acknowledged_at" varchar(24), "used_at" varchar(24), "used_for" varchar(20), "created_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "response_links"("id", "council_id", "obligation_id", "token_hash", "expires_at", "acknowledged_at", "used_at", "used_for", "created_at") SELECT "id", "council_id", "obligation_id", "token_hash", "expires_at", "acknowledged_at", "used_at", "used_for", "created_at" FROM "temporary_response_links"`);
    await queryRunner.query(`DROP TABLE "temporary_response_links"`);
    await queryRunner.query(`CREATE INDEX "IDX_136b8ed66849a573143e13934e" ON "response_links" ("obligation_id") `);
    await queryRunner.query(`DROP INDEX "IDX_3f4ddbfe94092a4c3267baeb13"`);
    await queryRunner.query(`DROP INDEX "IDX_c9548727379531a8fa8720ed5f"`);
    await queryRunner.query(`DROP INDEX "IDX_9002276061483fae32b6677546"`);
    await queryRunner.query(`ALTER TABLE "obligations" RENAME TO "temporary_obligations"`);
    await queryRunner.query(`CREATE TABLE "obligations" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "group_id" varchar(36), "kind" varchar(30) NOT NULL, "authority_id" varchar(36) NOT NULL, "subject" varchar(300) NOT NULL, "details" text NOT NULL, "issued_on" date NOT NULL, "due_on" date NOT NULL, "due_rule_id" varchar(40) NOT NULL, "due_citation" varchar(300) NOT NULL, "due_explanation" text NOT NULL, "due_warning" text, "meeting_id" varchar(36), "status" varchar(20) NOT NULL, "responded_at" varchar(24), "withdrawn_reason" text, "created_at" varchar(24) NOT NULL, CONSTRAINT "FK_f84cf837650aa9ca07c5db60a11" FOREIGN KEY ("authority_id") REFERENCES "authorities" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_3f50c6c9642aaebbf286a0acc52" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "obligations"("id", "council_id", "group_id", "kind", "authority_id", "subject", "details", "issued_on", "due_on", "due_rule_id", "due_citation", "due_explanation", "due_warning", "meeting_id", "status", "responded_at", "withdrawn_reason", "created_at") SELECT "id", "council_id", "group_id", "kind", "authority_id", "subject", "details", "issued_on", "due_on", "due_rule_id", "due_citation", "due_explanation", "due_warning", "meeting_id", "status", "responded_at", "withdrawn_reason", "created_at" FROM "temporary_obligations"`);
    await queryRunner.query(`DROP TABLE "temporary_obligations"`);
    await queryRunner.query(`CREATE INDEX "IDX_3f4ddbfe94092a4c3267baeb13" ON "obligations" ("group_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c9548727379531a8fa8720ed5f" ON "obligations" ("council_id", "authority_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9002276061483fae32b6677546" ON "obligations" ("council_id", "status", "due_on") `);
    await queryRunner.query(`DROP TABLE "app_secrets"`);
    await queryRunner.query(`DROP INDEX "IDX_136b8ed66849a573143e13934e"`);
    await queryRunner.query(`DROP TABLE "response_links"`);
  }
}
