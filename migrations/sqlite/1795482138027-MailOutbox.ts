import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailOutbox1795482138027 implements MigrationInterface {
  name = 'MailOutbox1795482138027';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "outbox_mails" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "message" text NOT NULL, "status" varchar(20) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "claimed_at" varchar(24), "sent_at" varchar(24), "last_error" text, "created_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_d8a977f75485fa723a80c8340e" ON "outbox_mails" ("status", "created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_d8a977f75485fa723a80c8340e"`);
    await queryRunner.query(`DROP TABLE "outbox_mails"`);
  }
}
