import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Obligations1795463349046 implements MigrationInterface {
  name = 'Obligations1795463349046';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "obligations" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "group_id" varchar(36), "kind" varchar(30) NOT NULL, "authority_id" varchar(36) NOT NULL, "subject" varchar(300) NOT NULL, "details" text NOT NULL, "issued_on" date NOT NULL, "due_on" date NOT NULL, "due_rule_id" varchar(40) NOT NULL, "due_citation" varchar(300) NOT NULL, "due_explanation" text NOT NULL, "due_warning" text, "meeting_id" varchar(36), "status" varchar(20) NOT NULL, "responded_at" varchar(24), "withdrawn_reason" text, "created_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_3f4ddbfe94092a4c3267baeb13" ON "obligations" ("group_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c9548727379531a8fa8720ed5f" ON "obligations" ("council_id", "authority_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9002276061483fae32b6677546" ON "obligations" ("council_id", "status", "due_on") `);
    await queryRunner.query(`CREATE TABLE "obligation_extensions" ("id" varchar(36) PRIMARY KEY NOT NULL, "obligation_id" varchar(36) NOT NULL, "new_due_on" date, "reason" text NOT NULL, "status" varchar(20) NOT NULL, "requested_by" varchar(300) NOT NULL, "requested_at" varchar(24) NOT NULL, "decided_by" varchar(300), "decided_at" varchar(24), "decision_reason" text, "previous_due_on" date)`);
    await queryRunner.query(`CREATE INDEX "IDX_3b4b234bf583f522ca48909eff" ON "obligation_extensions" ("obligation_id", "requested_at") `);
    await queryRunner.query(`CREATE TABLE "obligation_groups" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "kind" varchar(30) NOT NULL, "subject" varchar(300) NOT NULL, "issued_on" date NOT NULL, "created_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_56f324e692d6ee057add4033e7" ON "obligation_groups" ("council_id", "issued_on") `);
    await queryRunner.query(`CREATE TABLE "obligation_responses" ("id" varchar(36) PRIMARY KEY NOT NULL, "obligation_id" varchar(36) NOT NULL, "text" text NOT NULL, "positions" text, "responded_by" varchar(300) NOT NULL, "responded_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_8cc515b0760c8d58de28c8c26d" ON "obligation_responses" ("obligation_id", "responded_at") `);
    await queryRunner.query(`DROP INDEX "IDX_3f4ddbfe94092a4c3267baeb13"`);
    await queryRunner.query(`DROP INDEX "IDX_c9548727379531a8fa8720ed5f"`);
    await queryRunner.query(`DROP INDEX "IDX_9002276061483fae32b6677546"`);
    await queryRunner.query(`CREATE TABLE "temporary_obligations" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "group_id" varchar(36), "kind" varchar(30) NOT NULL, "authority_id" varchar(36) NOT NULL, "subject" varchar(300) NOT NULL, "details" text NOT NULL, "issued_on" date NOT NULL, "due_on" date NOT NULL, "due_rule_id" varchar(40) NOT NULL, "due_citation" varchar(300) NOT NULL, "due_explanation" text NOT NULL, "due_warning" text, "meeting_id" varchar(36), "status" varchar(20) NOT NULL, "responded_at" varchar(24), "withdrawn_reason" text, "created_at" varchar(24) NOT NULL, CONSTRAINT "FK_3f50c6c9642aaebbf286a0acc52" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_f84cf837650aa9ca07c5db60a11" FOREIGN KEY ("authority_id") REFERENCES "authorities" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_obligations"("id", "council_id", "group_id", "kind", "authority_id", "subject", "details", "issued_on", "due_on", "due_rule_id", "due_citation", "due_explanation", "due_warning", "meeting_id", "status", "responded_at", "withdrawn_reason", "created_at") SELECT "id", "council_id", "group_id", "kind", "authority_id", "subject", "details", "issued_on", "due_on", "due_rule_id", "due_citation", "due_explanation", "due_warning", "meeting_id", "status", "responded_at", "withdrawn_reason", "created_at" FROM "obligations"`);
    await queryRunner.query(`DROP TABLE "obligations"`);
    await queryRunner.query(`ALTER TABLE "temporary_obligations" RENAME TO "obligations"`);
    await queryRunner.query(`CREATE INDEX "IDX_3f4ddbfe94092a4c3267baeb13" ON "obligations" ("group_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c9548727379531a8fa8720ed5f" ON "obligations" ("council_id", "authority_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9002276061483fae32b6677546" ON "obligations" ("council_id", "status", "due_on") `);
    await queryRunner.query(`DROP INDEX "IDX_3b4b234bf583f522ca48909eff"`);
    await queryRunner.query(`CREATE TABLE "temporary_obligation_extensions" ("id" varchar(36) PRIMARY KEY NOT NULL, "obligation_id" varchar(36) NOT NULL, "new_due_on" date, "reason" text NOT NULL, "status" varchar(20) NOT NULL, "requested_by" varchar(300) NOT NULL, "requested_at" varchar(24) NOT NULL, "decided_by" varchar(300), "decided_at" varchar(24), "decision_reason" text, "previous_due_on" date, CONSTRAINT "FK_1aff84ee71bc122ce0e2b44d03a" FOREIGN KEY ("obligation_id") REFERENCES "obligations" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_obligation_extensions"("id", "obligation_id", "new_due_on", "reason", "status", "requested_by", "requested_at", "decided_by", "decided_at", "decision_reason", "previous_due_on") SELECT "id", "obligation_id", "new_due_on", "reason", "status", "requested_by", "requested_at", "decided_by", "decided_at", "decision_reason", "previous_due_on" FROM "obligation_extensions"`);
    await queryRunner.query(`DROP TABLE "obligation_extensions"`);
    await queryRunner.query(`ALTER TABLE "temporary_obligation_extensions" RENAME TO "obligation_extensions"`);
    await queryRunner.query(`CREATE INDEX "IDX_3b4b234bf583f522ca48909eff" ON "obligation_extensions" ("obligation_id", "requested_at") `);
    await queryRunner.query(`DROP INDEX "IDX_56f324e692d6ee057add4033e7"`);
    await queryRunner.query(`CREATE TABLE "temporary_obligation_groups" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "kind" varchar(30) NOT NULL, "subject" varchar(300) NOT NULL, "issued_on" date NOT NULL, "created_at" varchar(24) NOT NULL, CONSTRAINT "FK_4193d31f5d13c12ec289bb5ea99" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_obligation_groups"("id", "council_id", "kind", "subject", "issued_on", "created_at") SELECT "id", "council_id", "kind", "subject", "issued_on", "created_at" FROM "obligation_groups"`);
    await queryRunner.query(`DROP TABLE "obligation_groups"`);
    await queryRunner.query(`ALTER TABLE "temporary_obligation_groups" RENAME TO "obligation_groups"`);
    await queryRunner.query(`CREATE INDEX "IDX_56f324e692d6ee057add4033e7" ON "obligation_groups" ("council_id", "issued_on") `);
    await queryRunner.query(`DROP INDEX "IDX_8cc515b0760c8d58de28c8c26d"`);
    await queryRunner.query(`CREATE TABLE "temporary_obligation_responses" ("id" varchar(36) PRIMARY KEY NOT NULL, "obligation_id" varchar(36) NOT NULL, "text" text NOT NULL, "positions" text, "responded_by" varchar(300) NOT NULL, "responded_at" varchar(24) NOT NULL, CONSTRAINT "FK_c106db4b667fe20e7108847bb07" FOREIGN KEY ("obligation_id") REFERENCES "obligations" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_obligation_responses"("id", "obligation_id", "text", "positions", "responded_by", "responded_at") SELECT "id", "obligation_id", "text", "positions", "responded_by", "responded_at" FROM "obligation_responses"`);
    await queryRunner.query(`DROP TABLE "obligation_responses"`);
    await queryRunner.query(`ALTER TABLE "temporary_obligation_responses" RENAME TO "obligation_responses"`);
    await queryRunner.query(`CREATE INDEX "IDX_8cc515b0760c8d58de28c8c26d" ON "obligation_responses" ("obligation_id", "responded_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_8cc515b0760c8d58de28c8c26d"`);
    await queryRunner.query(`ALTER TABLE "obligation_responses" RENAME TO "temporary_obligation_responses"`);
    await queryRunner.query(`CREATE TABLE "obligation_responses" ("id" varchar(36) PRIMARY KEY NOT NULL, "obligation_id" varchar(36) NOT NULL, "text" text NOT NULL, "positions" text, "responded_by" varchar(300) NOT NULL, "responded_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "obligation_responses"("id", "obligation_id", "text", "positions", "responded_by", "responded_at") SELECT "id", "obligation_id", "text", "positions", "responded_by", "responded_at" FROM "temporary_obligation_responses"`);
    await queryRunner.query(`DROP TABLE "temporary_obligation_responses"`);
    await queryRunner.query(`CREATE INDEX "IDX_8cc515b0760c8d58de28c8c26d" ON "obligation_responses" ("obligation_id", "responded_at") `);
    await queryRunner.query(`DROP INDEX "IDX_56f324e692d6ee057add4033e7"`);
    await queryRunner.query(`ALTER TABLE "obligation_groups" RENAME TO "temporary_obligation_groups"`);
    await queryRunner.query(`CREATE TABLE "obligation_groups" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "kind" varchar(30) NOT NULL, "subject" varchar(300) NOT NULL, "issued_on" date NOT NULL, "created_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "obligation_groups"("id", "council_id", "kind", "subject", "issued_on", "created_at") SELECT "id", "council_id", "kind", "subject", "issued_on", "created_at" FROM "temporary_obligation_groups"`);
    await queryRunner.query(`DROP TABLE "temporary_obligation_groups"`);
    await queryRunner.query(`CREATE INDEX "IDX_56f324e692d6ee057add4033e7" ON "obligation_groups" ("council_id", "issued_on") `);
    await queryRunner.query(`DROP INDEX "IDX_3b4b234bf583f522ca48909eff"`);
    await queryRunner.query(`ALTER TABLE "obligation_extensions" RENAME TO "temporary_obligation_extensions"`);
    await queryRunner.query(`CREATE TABLE "obligation_extensions" ("id" varchar(36) PRIMARY KEY NOT NULL, "obligation_id" varchar(36) NOT NULL, "new_due_on" date, "reason" text NOT NULL, "status" varchar(20) NOT NULL, "requested_by" varchar(300) NOT NULL, "requested_at" varchar(24) NOT NULL, "decided_by" varchar(300), "decided_at" varchar(24), "decision_reason" text, "previous_due_on" date)`);
    await queryRunner.query(`INSERT INTO "obligation_extensions"("id", "obligation_id", "new_due_on", "reason", "status", "requested_by", "requested_at", "decided_by", "decided_at", "decision_reason", "previous_due_on") SELECT "id", "obligation_id", "new_due_on", "reason", "status", "requested_by", "requested_at", "decided_by", "decided_at", "decision_reason", "previous_due_on" FROM "temporary_obligation_extensions"`);
    await queryRunner.query(`DROP TABLE "temporary_obligation_extensions"`);
    await queryRunner.query(`CREATE INDEX "IDX_3b4b234bf583f522ca48909eff" ON "obligation_extensions" ("obligation_id", "requested_at") `);
    await queryRunner.query(`DROP INDEX "IDX_9002276061483fae32b6677546"`);
    await queryRunner.query(`DROP INDEX "IDX_c9548727379531a8fa8720ed5f"`);
    await queryRunner.query(`DROP INDEX "IDX_3f4ddbfe94092a4c3267baeb13"`);
    await queryRunner.query(`ALTER TABLE "obligations" RENAME TO "temporary_obligations"`);
    await queryRunner.query(`CREATE TABLE "obligations" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "group_id" varchar(36), "kind" varchar(30) NOT NULL, "authority_id" varchar(36) NOT NULL, "subject" varchar(300) NOT NULL, "details" text NOT NULL, "issued_on" date NOT NULL, "due_on" date NOT NULL, "due_rule_id" varchar(40) NOT NULL, "due_citation" varchar(300) NOT NULL, "due_explanation" text NOT NULL, "due_warning" text, "meeting_id" varchar(36), "status" varchar(20) NOT NULL, "responded_at" varchar(24), "withdrawn_reason" text, "created_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "obligations"("id", "council_id", "group_id", "kind", "authority_id", "subject", "details", "issued_on", "due_on", "due_rule_id", "due_citation", "due_explanation", "due_warning", "meeting_id", "status", "responded_at", "withdrawn_reason", "created_at") SELECT "id", "council_id", "group_id", "kind", "authority_id", "subject", "details", "issued_on", "due_on", "due_rule_id", "due_citation", "due_explanation", "due_warning", "meeting_id", "status", "responded_at", "withdrawn_reason", "created_at" FROM "temporary_obligations"`);
    await queryRunner.query(`DROP TABLE "temporary_obligations"`);
    await queryRunner.query(`CREATE INDEX "IDX_9002276061483fae32b6677546" ON "obligations" ("council_id", "status", "due_on") `);
    await queryRunner.query(`CREATE INDEX "IDX_c9548727379531a8fa8720ed5f" ON "obligations" ("council_id", "authority_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3f4ddbfe94092a4c3267baeb13" ON "obligations" ("group_id") `);
    await queryRunner.query(`DROP INDEX "IDX_8cc515b0760c8d58de28c8c26d"`);
    await queryRunner.query(`DROP TABLE "obligation_responses"`);
    await queryRunner.query(`DROP INDEX "IDX_56f324e692d6ee057add4033e7"`);
    await queryRunner.query(`DROP TABLE "obligation_groups"`);
    await queryRunner.query(`DROP INDEX "IDX_3b4b234bf583f522ca48909eff"`);
    await queryRunner.query(`DROP TABLE "obligation_extensions"`);
    await queryRunner.query(`DROP INDEX "IDX_9002276061483fae32b6677546"`);
    await queryRunner.query(`DROP INDEX "IDX_c9548727379531a8fa8720ed5f"`);
    await queryRunner.query(`DROP INDEX "IDX_3f4ddbfe94092a4c3267baeb13"`);
    await queryRunner.query(`DROP TABLE "obligations"`);
  }
}
