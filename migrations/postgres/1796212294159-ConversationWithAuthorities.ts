import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConversationWithAuthorities1796212294159 implements MigrationInterface {
  name = 'ConversationWithAuthorities1796212294159';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "approval_links" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "request_id" character varying(36) NOT NULL, "approver_id" character varying(36) NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" character varying(24) NOT NULL, "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_38d7c326a4c1d3713fb4c016239" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_07395f6a38de7c793fe412c585" ON "approval_links"  ("request_id", "approver_id") `);
    await queryRunner.query(`ALTER TABLE "authorities" ADD "position" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "authorities" ADD "retired_at" character varying(24)`);
    await queryRunner.query(`ALTER TABLE "authorities" ADD "retired_reason" text`);
    await queryRunner.query(`ALTER TABLE "authority_contacts" ADD "retired_at" character varying(24)`);
    await queryRunner.query(`ALTER TABLE "authority_contacts" ADD "retired_reason" text`);
    await queryRunner.query(`ALTER TABLE "committee_members" ADD "description" character varying(300)`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD "agenda_published_at" character varying(24)`);
    await queryRunner.query(`ALTER TABLE "obligation_extensions" ADD "decision_token_hash" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "annual_report_settings" ADD "work_programme" text`);
    await queryRunner.query(`ALTER TABLE "reminder_policies" ADD "acknowledge_within_working_days" integer`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reminder_policies" DROP COLUMN "acknowledge_within_working_days"`);
    await queryRunner.query(`ALTER TABLE "annual_report_settings" DROP COLUMN "work_programme"`);
    await queryRunner.query(`ALTER TABLE "obligation_extensions" DROP COLUMN "decision_token_hash"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "agenda_published_at"`);
    await queryRunner.query(`ALTER TABLE "committee_members" DROP COLUMN "description"`);
    await queryRunner.query(`ALTER TABLE "authority_contacts" DROP COLUMN "retired_reason"`);
    await queryRunner.query(`ALTER TABLE "authority_contacts" DROP COLUMN "retired_at"`);
    await queryRunner.query(`ALTER TABLE "authorities" DROP COLUMN "retired_reason"`);
    await queryRunner.query(`ALTER TABLE "authorities" DROP COLUMN "retired_at"`);
    await queryRunner.query(`ALTER TABLE "authorities" DROP COLUMN "position"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_07395f6a38de7c793fe412c585"`);
    await queryRunner.query(`DROP TABLE "approval_links"`);
  }
}
