import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DrawDownChairConsultation1795477151553 implements MigrationInterface {
  name = 'DrawDownChairConsultation1795477151553';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_2859da8004be7dc08e50d9e293"`);
    await queryRunner.query(`DROP INDEX "IDX_07bb30f709371b93a91328ada1"`);
    await queryRunner.query(`CREATE TABLE "temporary_draw_down_requests" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "committee_id" varchar(36) NOT NULL, "member_id" varchar(36) NOT NULL, "topic" varchar(300) NOT NULL, "concern" text NOT NULL, "desired_outcome" text, "suggested_authority_id" varchar(36), "suggested_officer" varchar(200), "urgency" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "approver_ids" text NOT NULL, "decision_due_on" date NOT NULL, "meeting_id" varchar(36), "work_plan_item_id" varchar(36), "obligation_id" varchar(36), "submitted_at" varchar(24) NOT NULL, "approvers_reminded_on" date, "call_for_action" boolean NOT NULL DEFAULT (0), "ward" varchar(200), "committee_decision" varchar(10), "committee_reasons" text, "member_told_at" varchar(24), "report_copied_at" varchar(24), "consult_chair" boolean NOT NULL DEFAULT (0), "chair_consulted_at" varchar(24), "chair_view" text, "chair_view_at" varchar(24), CONSTRAINT "FK_30c6b619afbe0d43a4cad7ad1ea" FOREIGN KEY ("committee_id") REFERENCES "committees" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_draw_down_requests"("id", "council_id", "committee_id", "member_id", "topic", "concern", "desired_outcome", "suggested_authority_id", "suggested_officer", "urgency", "status", "approver_ids", "decision_due_on", "meeting_id", "work_plan_item_id", "obligation_id", "submitted_at", "approvers_reminded_on", "call_for_action", "ward", "committee_decision", "committee_reasons", "member_told_at", "report_copied_at") SELECT "id", "council_id", "committee_id", "member_id", "topic", "concern", "desired_outcome", "suggested_authority_id", "suggested_officer", "urgency", "status", "approver_ids", "decision_due_on", "meeting_id", "work_plan_item_id", "obligation_id", "submitted_at", "approvers_reminded_on", "call_for_action", "ward", "committee_decision", "committee_reasons", "member_told_at", "report_copied_at" FROM "draw_down_requests"`);
    await queryRunner.query(`DROP TABLE "draw_down_requests"`);
    await queryRunner.query(`ALTER TABLE "temporary_draw_down_requests" RENAME TO "draw_down_requests"`);
    await queryRunner.query(`CREATE INDEX "IDX_2859da8004be7dc08e50d9e293" ON "draw_down_requests" ("council_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_07bb30f709371b93a91328ada1" ON "draw_down_requests" ("council_id", "member_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_07bb30f709371b93a91328ada1"`);
    await queryRunner.query(`DROP INDEX "IDX_2859da8004be7dc08e50d9e293"`);
    await queryRunner.query(`ALTER TABLE "draw_down_requests" RENAME TO "temporary_draw_down_requests"`);
    await queryRunner.query(`CREATE TABLE "draw_down_requests" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "committee_id" varchar(36) NOT NULL, "member_id" varchar(36) NOT NULL, "topic" varchar(300) NOT NULL, "concern" text NOT NULL, "desired_outcome" text, "suggested_authority_id" varchar(36), "suggested_officer" varchar(200), "urgency" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "approver_ids" text NOT NULL, "decision_due_on" date NOT NULL, "meeting_id" varchar(36), "work_plan_item_id" varchar(36), "obligation_id" varchar(36), "submitted_at" varchar(24) NOT NULL, "approvers_reminded_on" date, "call_for_action" boolean NOT NULL DEFAULT (0), "ward" varchar(200), "committee_decision" varchar(10), "committee_reasons" text, "member_told_at" varchar(24), "report_copied_at" varchar(24), CONSTRAINT "FK_30c6b619afbe0d43a4cad7ad1ea" FOREIGN KEY ("committee_id") REFERENCES "committees" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "draw_down_requests"("id", "council_id", "committee_id", "member_id", "topic", "concern", "desired_outcome", "suggested_authority_id", "suggested_officer", "urgency", "status", "approver_ids", "decision_due_on", "meeting_id", "work_plan_item_id", "obligation_id", "submitted_at", "approvers_reminded_on", "call_for_action", "ward", "committee_decision", "committee_reasons", "member_told_at", "report_copied_at") SELECT "id", "council_id", "committee_id", "member_id", "topic", "concern", "desired_outcome", "suggested_authority_id", "suggested_officer", "urgency", "status", "approver_ids", "decision_due_on", "meeting_id", "work_plan_item_id", "obligation_id", "submitted_at", "approvers_reminded_on", "call_for_action", "ward", "committee_decision", "committee_reasons", "member_told_at", "report_copied_at" FROM "temporary_draw_down_requests"`);
    await queryRunner.query(`DROP TABLE "temporary_draw_down_requests"`);
    await queryRunner.query(`CREATE INDEX "IDX_07bb30f709371b93a91328ada1" ON "draw_down_requests" ("council_id", "member_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2859da8004be7dc08e50d9e293" ON "draw_down_requests" ("council_id", "status") `);
  }
}
