import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailOutbox1795482138513 implements MigrationInterface {
  name = 'MailOutbox1795482138513';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "outbox_mails" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "message" text NOT NULL, "status" character varying(20) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "claimed_at" character varying(24), "sent_at" character varying(24), "last_error" text, "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_b29f3864833e0d790528753c19c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d8a977f75485fa723a80c8340e" ON "outbox_mails"  ("status", "created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_d8a977f75485fa723a80c8340e"`);
    await queryRunner.query(`DROP TABLE "outbox_mails"`);
  }
}
