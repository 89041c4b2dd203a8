import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConversationWithAuthorities1796212293542 implements MigrationInterface {
  name = 'ConversationWithAuthorities1796212293542';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "approval_links" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "request_id" varchar(36) NOT NULL, "approver_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "expires_at" varchar(24) NOT NULL, "created_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_07395f6a38de7c793fe412c585" ON "approval_links" ("request_id", "approver_id") `);
    await queryRunner.query(`DROP INDEX "IDX_4f9c5d29bd13898ca4a39d7e1e"`);
    await queryRunner.query(`CREATE TABLE "temporary_authorities" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "kind" varchar(30) NOT NULL, "statutory" boolean NOT NULL, "created_at" varchar(24) NOT NULL, "position" integer NOT NULL DEFAULT (0), "retired_at" varchar(24), "retired_reason" text, CONSTRAINT "FK_bf5e12315ed315fe7ed2a8af064" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_authorities"("id", "council_id", "name", "kind", "statutory", "created_at") SELECT "id", "council_id", "name", "kind", "statutory", "created_at" FROM "authorities"`);
    await queryRunner.query(`DROP TABLE "authorities"`);
    await queryRunner.query(`ALTER TABLE "temporary_authorities" RENAME TO "authorities"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4f9c5d29bd13898ca4a39d7e1e" ON "authorities" ("council_id", "name") `);
    await queryRunner.query(`DROP INDEX "IDX_be522c7e077196a75cf8efe135"`);
    await queryRunner.query(`CREATE TABLE "temporary_authority_contacts" ("id" varchar(36) PRIMARY KEY NOT NULL, "authority_id" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "role" varchar(200) NOT NULL, "escalation_level" integer NOT NULL, "failing_since" varchar(24), "failing_reason" text, "retired_at" varchar(24), "retired_reason" text, CONSTRAINT "FK_3f80437897cc6a55e60ea6428a2" FOREIGN KEY ("authority_id") REFERENCES "authorities" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_authority_contacts"("id", "authority_id", "name", "email", "role", "escalation_level", "failing_since", "failing_reason") SELECT "id", "authority_id", "name", "email", "role", "escalation_level", "failing_since", "failing_reason" FROM "authority_contacts"`);
    await queryRunner.query(`DROP TABLE "authority_contacts"`);
    await queryRunner.query(`ALTER TABLE "temporary_authority_contacts" RENAME TO "authority_contacts"`);
    await queryRunner.query(`CREATE INDEX "IDX_be522c7e077196a75cf8efe135" ON "authority_contacts" ("authority_id", "escalation_level") `);
    await queryRunner.query(`DROP INDEX "IDX_8286917dd2e2abb2f84e8508d0"`);
    await queryRunner.query(`CREATE TABLE "temporary_committee_members" ("id" varchar(36) PRIMARY KEY NOT NULL, "committee_id" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "role" varchar(20) NOT NULL, "from" date NOT NULL, "to" date, "description" varchar(300), CONSTRAINT "FK_7410db6ee097228a8f3b2035aa4" FOREIGN KEY ("committee_id") REFERENCES "committees" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_committee_members"("id", "committee_id", "name", "email", "role", "from", "to") SELECT "id", "committee_id", "name", "email", "role", "from", "to" FROM "committee_members"`);
    await queryRunner.query(`DROP TABLE "committee_members"`);
    await queryRunner.query(`ALTER TABLE "temporary_committee_members" RENAME TO "committee_members"`);
    await queryRunner.query(`CREATE INDEX "IDX_8286917dd2e2abb2f84e8508d0" ON "committee_members" ("committee_id", "from") `);
    await queryRunner.query(`DROP INDEX "IDX_4634dca74c5ebab1a50fb8de7d"`);
    await queryRunner.query(`CREATE TABLE "temporary_meetings" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "committee_id" varchar(36) NOT NULL, "starts_at" varchar(24) NOT NULL, "venue" varchar(300), "cancelled_at" varchar(24), "cancelled_reason" text, "created_at" varchar(24) NOT NULL, "agenda_published_at" varchar(24), CONSTRAINT "FK_c5fa1d306cdc7ef7da4d72af6a3" FOREIGN KEY ("committee_id") REFERENCES "committees" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_be91962b2af1049175d60f48cef" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_meetings"("id", "council_id", "committee_id", "starts_at", "venue", "cancelled_at", "cancelled_reason", "created_at") SELECT "id", "council_id", "committee_id", "starts_at", "venue", "cancelled_at", "cancelled_reason", "created_at" FROM "meetings"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`ALTER TABLE "temporary_meetings" RENAME TO "meetings"`);
    await queryRunner.query(`CREATE INDEX "IDX_4634dca74c5ebab1a50fb8de7d" ON "meetings" ("council_id", "starts_at") `);
    await queryRunner.query(`DROP INDEX "IDX_3b4b234bf583f522ca48909eff"`);
    await queryRunner.query(`CREATE TABLE "temporary_obligation_extensions" ("id" varchar(36) PRIMARY KEY NOT NULL, "obligation_id" varchar(36) NOT NULL, "new_due_on" date, "reason" text NOT NULL, "status" varchar(20) NOT NULL, "requested_by" varchar(300) NOT NULL, "requested_at" varchar(24) NOT NULL, "decided_by" varchar(300), "decided_at" varchar(24), "decision_reason" text, "previous_due_on" date, "decision_token_hash" varchar(64), CONSTRAINT "FK_1aff84ee71bc122ce0e2b44d03a" FOREIGN KEY ("obligation_id") REFERENCES "obligations" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_obligation_extensions"("id", "obligation_id", "new_due_on", "reason", "status", "requested_by", "requested_at", "decided_by", "decided_at", "decision_reason", "previous_due_on") SELECT "id", "obligation_id", "new_due_on", "reason", "status", "requested_by", "requested_at", "decided_by", "decided_at", "decision_reason", "previous_due_on" FROM "obligation_extensions"`);
    await queryRunner.query(`DROP TABLE "obligation_extensions"`);
    await queryRunner.query(`ALTER TABLE "temporary_obligation_extensions" RENAME TO "obligation_extensions"`);
    await queryRunner.query(`CREATE INDEX "IDX_3b4b234bf583f522ca48909eff" ON "obligation_extensions" ("obligation_id", "requested_at") `);
    await queryRunner.query(`CREATE TABLE "temporary_annual_report_settings" ("committee_id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "council_name" varchar(200), "committee_name" varchar(300), "introduction" text, "protocol" text, "compile_on_day" varchar(5), "work_programme" text)`);
    await queryRunner.query(`INSERT INTO "temporary_annual_report_settings"("committee_id", "council_id", "council_name", "committee_name", "introduction", "protocol", "compile_on_day") SELECT "committee_id", "council_id", "council_name", "committee_name", "introduction", "protocol", "compile_on_day" FROM "annual_report_settings"`);
    await queryRunner.query(`DROP TABLE "annual_report_settings"`);
    await queryRunner.query(`ALTER TABLE "temporary_annual_report_settings" RENAME TO "annual_report_settings"`);
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
    await queryRunner.query(`ALTER TABLE "annual_report_settings" RENAME TO "temporary_annual_report_settings"`);
    await queryRunner.query(`CREATE TABLE "annual_report_settings" ("committee_id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "council_name" varchar(200), "committee_name" varchar(300), "introduction" text, "protocol" text, "compile_on_day" varchar(5))`);
    await queryRunner.query(`INSERT INTO "annual_report_settings"("committee_id", "council_id", "council_name", "committee_name", "introduction", "protocol", "compile_on_day") SELECT "committee_id", "council_id", "council_name", "committee_name", "introduction", "protocol", "compile_on_day" FROM "temporary_annual_report_settings"`);
    await queryRunner.query(`DROP TABLE "temporary_annual_report_settings"`);
    await queryRunner.query(`DROP INDEX "IDX_3b4b234bf583f522ca48909eff"`);
    await queryRunner.query(`ALTER TABLE "obligation_extensions" RENAME TO "temporary_obligation_extensions"`);
    await queryRunner.query(`CREATE TABLE "obligation_extensions" ("id" varchar(36) PRIMARY KEY NOT NULL, "obligation_id" varchar(36) NOT NULL, "new_due_on" date, "reason" text NOT NULL, "status" varchar(20) NOT NULL, "requested_by" varchar(300) NOT NULL, "requested_at" varchar(24) NOT NULL, "decided_by" varchar(300), "decided_at" varchar(24), "decision_reason" text, "previous_due_on" date, CONSTRAINT "FK_1aff84ee71bc122ce0e2b44d03a" FOREIGN KEY ("obligation_id") REFERENCES "obligations" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "obligation_extensions"("id", "obligation_id", "new_due_on", "reason", "status", "requested_by", "requested_at", "decided_by", "decided_at", "decision_reason", "previous_due_on") SELECT "id", "obligation_id", "new_due_on", "reason", "status", "requested_by", "requested_at", "decided_by", "decided_at", "decision_reason", "previous_due_on" FROM "temporary_obligation_extensions"`);
    await queryRunner.query(`DROP TABLE "temporary_obligation_extensions"`);
    await queryRunner.query(`CREATE INDEX "IDX_3b4b234bf583f522ca48909eff" ON "obligation_extensions" ("obligation_id", "requested_at") `);
    await queryRunner.query(`DROP INDEX "IDX_4634dca74c5ebab1a50fb8de7d"`);
    await queryRunner.query(`ALTER TABLE "meetings" RENAME TO "temporary_meetings"`);
    await queryRunner.query(`CREATE TABLE "meetings" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "committee_id" varchar(36) NOT NULL, "starts_at" varchar(24) NOT NULL, "venue" varchar(300), "cancelled_at" varchar(24), "cancelled_reason" text, "created_at" varchar(24) NOT NULL, CONSTRAINT "FK_c5fa1d306cdc7ef7da4d72af6a3" FOREIGN KEY ("committee_id") REFERENCES "committees" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_be91962b2af1049175d60f48cef" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "meetings"("id", "council_id", "committee_id", "starts_at", "venue", "cancelled_at", "cancelled_reason", "created_at") SELECT "id", "council_id", "committee_id", "starts_at", "venue", "cancelled_at", "cancelled_reason", "created_at" FROM "temporary_meetings"`);
    await queryRunner.query(`DROP TABLE "temporary_meetings"`);
    await queryRunner.query(`CREATE INDEX "IDX_4634dca74c5ebab1a50fb8de7d" ON "meetings" ("council_id", "starts_at") `);
    await queryRunner.query(`DROP INDEX "IDX_8286917dd2e2abb2f84e8508d0"`);
    await queryRunner.query(`ALTER TABLE "committee_members" RENAME TO "temporary_committee_members"`);
    await queryRunner.query(`CREATE TABLE "committee_members" ("id" varchar(36) PRIMARY KEY NOT NULL, "committee_id" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "role" varchar(20) NOT NULL, "from" date NOT NULL, "to" date, CONSTRAINT "FK_7410db6ee097228a8f3b2035aa4" FOREIGN KEY ("committee_id") REFERENCES "committees" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "committee_members"("id", "committee_id", "name", "email", "role", "from", "to") SELECT "id", "committee_id", "name", "email", "role", "from", "to" FROM "temporary_committee_members"`);
    await queryRunner.query(`DROP TABLE "temporary_committee_members"`);
    await queryRunner.query(`CREATE INDEX "IDX_8286917dd2e2abb2f84e8508d0" ON "committee_members" ("committee_id", "from") `);
    await queryRunner.query(`DROP INDEX "IDX_be522c7e077196a75cf8efe135"`);
    await queryRunner.query(`ALTER TABLE "authority_contacts" RENAME TO "temporary_authority_contacts"`);
    await queryRunner.query(`CREATE TABLE "authority_contacts" ("id" varchar(36) PRIMARY KEY NOT NULL, "authority_id" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "role" varchar(200) NOT NULL, "escalation_level" integer NOT NULL, "failing_since" varchar(24), "failing_reason" text, CONSTRAINT "FK_3f80437897cc6a55e60ea6428a2" FOREIGN KEY ("authority_id") REFERENCES "authorities" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "authority_contacts"("id", "authority_id", "name", "email", "role", "escalation_level", "failing_since", "failing_reason") SELECT "id", "authority_id", "name", "email", "role", "escalation_level", "failing_since", "failing_reason" FROM "temporary_authority_contacts"`);
    await queryRunner.query(`DROP TABLE "temporary_authority_contacts"`);
    await queryRunner.query(`CREATE INDEX "IDX_be522c7e077196a75cf8efe135" ON "authority_contacts" ("authority_id", "escalation_level") `);
    await queryRunner.query(`DROP INDEX "IDX_4f9c5d29bd13898ca4a39d7e1e"`);
    await queryRunner.query(`ALTER TABLE "authorities" RENAME TO "temporary_authorities"`);
    await queryRunner.query(`CREATE TABLE "authorities" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "kind" varchar(30) NOT NULL, "statutory" boolean NOT NULL, "created_at" varchar(24) NOT NULL, CONSTRAINT "FK_bf5e12315ed315fe7ed2a8af064" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "authorities"("id", "council_id", "name", "kind", "statutory", "created_at") SELECT "id", "council_id", "name", "kind", "statutory", "created_at" FROM "temporary_authorities"`);
    await queryRunner.query(`DROP TABLE "temporary_authorities"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4f9c5d29bd13898ca4a39d7e1e" ON "authorities" ("council_id", "name") `);
    await queryRunner.query(`DROP INDEX "IDX_07395f6a38de7c793fe412c585"`);
    await queryRunner.query(`DROP TABLE "approval_links"`);
  }
}
