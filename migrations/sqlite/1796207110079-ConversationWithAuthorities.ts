import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConversationWithAuthorities1796207110079 implements MigrationInterface {
  name = 'ConversationWithAuthorities1796207110079';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_3b4b234bf583f522ca48909eff"`);
    await queryRunner.query(`CREATE TABLE "temporary_obligation_extensions" ("id" varchar(36) PRIMARY KEY NOT NULL, "obligation_id" varchar(36) NOT NULL, "new_due_on" date, "reason" text NOT NULL, "status" varchar(20) NOT NULL, "requested_by" varchar(300) NOT NULL, "requested_at" varchar(24) NOT NULL, "decided_by" varchar(300), "decided_at" varchar(24), "decision_reason" text, "previous_due_on" date, "decision_token_hash" varchar(64), CONSTRAINT "FK_1aff84ee71bc122ce0e2b44d03a" FOREIGN KEY ("obligation_id") REFERENCES "obligations" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_obligation_extensions"("id", "obligation_id", "new_due_on", "reason", "status", "requested_by", "requested_at", "decided_by", "decided_at", "decision_reason", "previous_due_on") SELECT "id", "obligation_id", "new_due_on", "reason", "status", "requested_by", "requested_at", "decided_by", "decided_at", "decision_reason", "previous_due_on" FROM "obligation_extensions"`);
    await queryRunner.query(`DROP TABLE "obligation_extensions"`);
    await queryRunner.query(`ALTER TABLE "temporary_obligation_extensions" RENAME TO "obligation_extensions"`);
    await queryRunner.query(`CREATE INDEX "IDX_3b4b234bf583f522ca48909eff" ON "obligation_extensions" ("obligation_id", "requested_at") `);
    await queryRunner.query(`CREATE TABLE "temporary_reminder_policies" ("council_id" varchar(36) PRIMARY KEY NOT NULL, "stages" text NOT NULL, "acknowledge_within_working_days" integer)`);
    await queryRunner.query(`INSERT INTO "temporary_reminder_policies"("council_id", "stages") SELECT "council_id", "stages" FROM "reminder_policies"`);
    await queryRunner.query(`DROP TABLE "reminder_policies"`);
    await queryRunner.query(`ALTER TABLE "temporary_reminder_policies" RENAME TO "reminder_policies"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reminder_policies" RENAME TO "temporary_reminder_policies"`);
    await queryRunner.query(`CREATE TABLE "reminder_policies" ("council_id" varchar(36) PRIMARY KEY NOT NULL, "stages" text NOT NULL)`);
    await queryRunner.query(`INSERT INTO "reminder_policies"("council_id", "stages") SELECT "council_id", "stages" FROM "temporary_reminder_policies"`);
    await queryRunner.query(`DROP TABLE "temporary_reminder_policies"`);
    await queryRunner.query(`DROP INDEX "IDX_3b4b234bf583f522ca48909eff"`);
    await queryRunner.query(`ALTER TABLE "obligation_extensions" RENAME TO "temporary_obligation_extensions"`);
    await queryRunner.query(`CREATE TABLE "obligation_extensions" ("id" varchar(36) PRIMARY KEY NOT NULL, "obligation_id" varchar(36) NOT NULL, "new_due_on" date, "reason" text NOT NULL, "status" varchar(20) NOT NULL, "requested_by" varchar(300) NOT NULL, "requested_at" varchar(24) NOT NULL, "decided_by" varchar(300), "decided_at" varchar(24), "decision_reason" text, "previous_due_on" date, CONSTRAINT "FK_1aff84ee71bc122ce0e2b44d03a" FOREIGN KEY ("obligation_id") REFERENCES "obligations" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "obligation_extensions"("id", "obligation_id", "new_due_on", "reason", "status", "requested_by", "requested_at", "decided_by", "decided_at", "decision_reason", "previous_due_on") SELECT "id", "obligation_id", "new_due_on", "reason", "status", "requested_by", "requested_at", "decided_by", "decided_at", "decision_reason", "previous_due_on" FROM "temporary_obligation_extensions"`);
    await queryRunner.query(`DROP TABLE "temporary_obligation_extensions"`);
    await queryRunner.query(`CREATE INDEX "IDX_3b4b234bf583f522ca48909eff" ON "obligation_extensions" ("obligation_id", "requested_at") `);
  }
}
