import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ExemptParagraphs1796181621269 implements MigrationInterface {
  name = 'ExemptParagraphs1796181621269';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_3f4ddbfe94092a4c3267baeb13"`);
    await queryRunner.query(`DROP INDEX "IDX_c9548727379531a8fa8720ed5f"`);
    await queryRunner.query(`DROP INDEX "IDX_9002276061483fae32b6677546"`);
    await queryRunner.query(`CREATE TABLE "temporary_obligations" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "group_id" varchar(36), "kind" varchar(30) NOT NULL, "authority_id" varchar(36) NOT NULL, "subject" varchar(300) NOT NULL, "details" text NOT NULL, "issued_on" date NOT NULL, "due_on" date NOT NULL, "due_rule_id" varchar(40) NOT NULL, "due_citation" varchar(300) NOT NULL, "due_explanation" text NOT NULL, "due_warning" text, "meeting_id" varchar(36), "status" varchar(20) NOT NULL, "responded_at" varchar(24), "withdrawn_reason" text, "created_at" varchar(24) NOT NULL, "recommendations" text, "acknowledged_at" varchar(24), "exempt_paragraph" integer, CONSTRAINT "FK_3f50c6c9642aaebbf286a0acc52" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_f84cf837650aa9ca07c5db60a11" FOREIGN KEY ("authority_id") REFERENCES "authorities" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_obligations"("id", "council_id", "group_id", "kind", "authority_id", "subject", "details", "issued_on", "due_on", "due_rule_id", "due_citation", "due_explanation", "due_warning", "meeting_id", "status", "responded_at", "withdrawn_reason", "created_at", "recommendations", "acknowledged_at") SELECT "id", "council_id", "group_id", "kind", "authority_id", "subject", "details", "issued_on", "due_on", "due_rule_id", "due_citation", "due_explanation", "due_warning", "meeting_id", "status", "responded_at", "withdrawn_reason", "created_at", "recommendations", "acknowledged_at" FROM "obligations"`);
    await queryRunner.query(`DROP TABLE "obligations"`);
    await queryRunner.query(`ALTER TABLE "temporary_obligations" RENAME TO "obligations"`);
    await queryRunner.query(`CREATE INDEX "IDX_3f4ddbfe94092a4c3267baeb13" ON "obligations" ("group_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c9548727379531a8fa8720ed5f" ON "obligations" ("council_id", "authority_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9002276061483fae32b6677546" ON "obligations" ("council_id", "status", "due_on") `);
    await queryRunner.query(`DROP INDEX "IDX_14f8cc88a692cf011ed4cde5d6"`);
    await queryRunner.query(`DROP INDEX "IDX_0ec118f024f5bce8d8aeeee90a"`);
    await queryRunner.query(`CREATE TABLE "temporary_work_plan_items" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "committee_id" varchar(36) NOT NULL, "position" integer NOT NULL, "title" varchar(300) NOT NULL, "description" text, "basis" varchar(20) NOT NULL, "category" varchar(40) NOT NULL, "lead_authority_id" varchar(36), "lead_officer" varchar(200), "meeting_id" varchar(36), "season" varchar(60) NOT NULL, "recurrence" text, "status" varchar(20) NOT NULL, "previous_id" varchar(36), "version" integer NOT NULL, "created_at" varchar(24) NOT NULL, "updated_at" varchar(24) NOT NULL, "exempt_paragraph" integer, CONSTRAINT "FK_7226ea0ed147ad77d132d75c879" FOREIGN KEY ("committee_id") REFERENCES "committees" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_work_plan_items"("id", "council_id", "committee_id", "position", "title", "description", "basis", "category", "lead_authority_id", "lead_officer", "meeting_id", "season", "recurrence", "status", "previous_id", "version", "created_at", "updated_at") SELECT "id", "council_id", "committee_id", "position", "title", "description", "basis", "category", "lead_authority_id", "lead_officer", "meeting_id", "season", "recurrence", "status", "previous_id", "version", "created_at", "updated_at" FROM "work_plan_items"`);
    await queryRunner.query(`DROP TABLE "work_plan_items"`);
    await queryRunner.query(`ALTER TABLE "temporary_work_plan_items" RENAME TO "work_plan_items"`);
    await queryRunner.query(`CREATE INDEX "IDX_14f8cc88a692cf011ed4cde5d6" ON "work_plan_items" ("council_id", "committee_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_0ec118f024f5bce8d8aeeee90a" ON "work_plan_items" ("meeting_id") `);
    await queryRunner.query(`DROP INDEX "IDX_c398cfb9770cdcf6f02b9fb0f1"`);
    await queryRunner.query(`DROP INDEX "IDX_35cf2136570b80cbf5d514a402"`);
    await queryRunner.query(`CREATE TABLE "temporary_work_plan_amendments" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "sequence" integer NOT NULL, "item_id" varchar(36) NOT NULL, "kind" varchar(20) NOT NULL, "from_meeting_id" varchar(36), "from_season" varchar(60), "to_meeting_id" varchar(36), "to_season" varchar(60), "change" text, "reason" text NOT NULL, "directed_by" varchar(300) NOT NULL, "agreed_at_meeting_id" varchar(36), "resolution" varchar(300), "recorded_by" varchar(300) NOT NULL, "recorded_at" varchar(24) NOT NULL, "exempt_paragraph" integer, CONSTRAINT "FK_08e910000c015f1db8c52804d2d" FOREIGN KEY ("item_id") REFERENCES "work_plan_items" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_work_plan_amendments"("id", "council_id", "sequence", "item_id", "kind", "from_meeting_id", "from_season", "to_meeting_id", "to_season", "change", "reason", "directed_by", "agreed_at_meeting_id", "resolution", "recorded_by", "recorded_at") SELECT "id", "council_id", "sequence", "item_id", "kind", "from_meeting_id", "from_season", "to_meeting_id", "to_season", "change", "reason", "directed_by", "agreed_at_meeting_id", "resolution", "recorded_by", "recorded_at" FROM "work_plan_amendments"`);
    await queryRunner.query(`DROP TABLE "work_plan_amendments"`);
    await queryRunner.query(`ALTER TABLE "temporary_work_plan_amendments" RENAME TO "work_plan_amendments"`);
    await queryRunner.query(`CREATE INDEX "IDX_c398cfb9770cdcf6f02b9fb0f1" ON "work_plan_amendments" ("item_id", "sequence") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_35cf2136570b80cbf5d514a402" ON "work_plan_amendments" ("council_id", "sequence") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_35cf2136570b80cbf5d514a402"`);
    await queryRunner.query(`DROP INDEX "IDX_c398cfb9770cdcf6f02b9fb0f1"`);
    await queryRunner.query(`ALTER TABLE "work_plan_amendments" RENAME TO "temporary_work_plan_amendments"`);
    await queryRunner.query(`CREATE TABLE "work_plan_amendments" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "sequence" integer NOT NULL, "item_id" varchar(36) NOT NULL, "kind" varchar(20) NOT NULL, "from_meeting_id" varchar(36), "from_season" varchar(60), "to_meeting_id" varchar(36), "to_season" varchar(60), "change" text, "reason" text NOT NULL, "directed_by" varchar(300) NOT NULL, "agreed_at_meeting_id" varchar(36), "resolution" varchar(300), "recorded_by" varchar(300) NOT NULL, "recorded_at" varchar(24) NOT NULL, CONSTRAINT "FK_08e910000c015f1db8c52804d2d" FOREIGN KEY ("item_id") REFERENCES "work_plan_items" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "work_plan_amendments"("id", "council_id", "sequence", "item_id", "kind", "from_meeting_id", "from_season", "to_meeting_id", "to_season", "change", "reason", "directed_by", "agreed_at_meeting_id", "resolution", "recorded_by", "recorded_at") SELECT "id", "council_id", "sequence", "item_id", "kind", "from_meeting_id", "from_season", "to_meeting_id", "to_season", "change", "reason", "directed_by", "agreed_at_meeting_id", "resolution", "recorded_by", "recorded_at" FROM "temporary_work_plan_amendments"`);
    await queryRunner.query(`DROP TABLE "temporary_work_plan_amendments"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_35cf2136570b80cbf5d514a402" ON "work_plan_amendments" ("council_id", "sequence") `);
    await queryRunner.query(`CREATE INDEX "IDX_c398cfb9770cdcf6f02b9fb0f1" ON "work_plan_amendments" ("item_id", "sequence") `);
    await queryRunner.query(`DROP INDEX "IDX_0ec118f024f5bce8d8aeeee90a"`);
    await queryRunner.query(`DROP INDEX "IDX_14f8cc88a692cf011ed4cde5d6"`);
    await queryRunner.query(`ALTER TABLE "work_plan_items" RENAME TO "temporary_work_plan_items"`);
    await queryRunner.query(`CREATE TABLE "work_plan_items" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "committee_id" varchar(36) NOT NULL, "position" integer NOT NULL, "title" varchar(300) NOT NULL, "description" text, "basis" varchar(20) NOT NULL, "category" varchar(40) NOT NULL, "lead_authority_id" varchar(36), "lead_officer" varchar(200), "meeting_id" varchar(36), "season" varchar(60) NOT NULL, "recurrence" text, "status" varchar(20) NOT NULL, "previous_id" varchar(36), "version" integer NOT NULL, "created_at" varchar(24) NOT NULL, "updated_at" varchar(24) NOT NULL, CONSTRAINT "FK_7226ea0ed147ad77d132d75c879" FOREIGN KEY ("committee_id") REFERENCES "committees" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "work_plan_items"("id", "council_id", "committee_id", "position", "title", "description", "basis", "category", "lead_authority_id", "lead_officer", "meeting_id", "season", "recurrence", "status", "previous_id", "version", "created_at", "updated_at") SELECT "id", "council_id", "committee_id", "position", "title", "description", "basis", "category", "lead_authority_id", "lead_officer", "meeting_id", "season", "recurrence", "status", "previous_id", "version", "created_at", "updated_at" FROM "temporary_work_plan_items"`);
    await queryRunner.query(`DROP TABLE "temporary_work_plan_items"`);
    await queryRunner.query(`CREATE INDEX "IDX_0ec118f024f5bce8d8aeeee90a" ON "work_plan_items" ("meeting_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_14f8cc88a692cf011ed4cde5d6" ON "work_plan_items" ("council_id", "committee_id", "status") `);
    await queryRunner.query(`DROP INDEX "IDX_9002276061483fae32b6677546"`);
    await queryRunner.query(`DROP INDEX "IDX_c9548727379531a8fa8720ed5f"`);
    await queryRunner.query(`DROP INDEX "IDX_3f4ddbfe94092a4c3267baeb13"`);
    await queryRunner.query(`ALTER TABLE "obligations" RENAME TO "temporary_obligations"`);
    await queryRunner.query(`CREATE TABLE "obligations" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "group_id" varchar(36), "kind" varchar(30) NOT NULL, "authority_id" varchar(36) NOT NULL, "subject" varchar(300) NOT NULL, "details" text NOT NULL, "issued_on" date NOT NULL, "due_on" date NOT NULL, "due_rule_id" varchar(40) NOT NULL, "due_citation" varchar(300) NOT NULL, "due_explanation" text NOT NULL, "due_warning" text, "meeting_id" varchar(36), "status" varchar(20) NOT NULL, "responded_at" varchar(24), "withdrawn_reason" text, "created_at" varchar(24) NOT NULL, "recommendations" text, "acknowledged_at" varchar(24), CONSTRAINT "FK_3f50c6c9642aaebbf286a0acc52" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_f84cf837650aa9ca07c5db60a11" FOREIGN KEY ("authority_id") REFERENCES "authorities" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "obligations"("id", "council_id", "group_id", "kind", "authority_id", "subject", "details", "issued_on", "due_on", "due_rule_id", "due_citation", "due_explanation", "due_warning", "meeting_id", "status", "responded_at", "withdrawn_reason", "created_at", "recommendations", "acknowledged_at") SELECT "id", "council_id", "group_id", "kind", "authority_id", "subject", "details", "issued_on", "due_on", "due_rule_id", "due_citation", "due_explanation", "due_warning", "meeting_id", "status", "responded_at", "withdrawn_reason", "created_at", "recommendations", "acknowledged_at" FROM "temporary_obligations"`);
    await queryRunner.query(`DROP TABLE "temporary_obligations"`);
    await queryRunner.query(`CREATE INDEX "IDX_9002276061483fae32b6677546" ON "obligations" ("council_id", "status", "due_on") `);
    await queryRunner.query(`CREATE INDEX "IDX_c9548727379531a8fa8720ed5f" ON "obligations" ("council_id", "authority_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3f4ddbfe94092a4c3267baeb13" ON "obligations" ("group_id") `);
  }
}
