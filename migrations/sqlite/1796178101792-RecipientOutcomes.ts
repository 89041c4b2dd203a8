import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecipientOutcomes1796178101792 implements MigrationInterface {
  name = 'RecipientOutcomes1796178101792';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_d8a977f75485fa723a80c8340e"`);
    await queryRunner.query(`CREATE TABLE "temporary_outbox_mails" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "message" text NOT NULL, "status" varchar(20) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "claimed_at" varchar(24), "sent_at" varchar(24), "last_error" text, "created_at" varchar(24) NOT NULL, "recipient_outcomes" text, "retry_at" varchar(24))`);
    await queryRunner.query(`INSERT INTO "temporary_outbox_mails"("id", "council_id", "message", "status", "attempts", "claimed_at", "sent_at", "last_error", "created_at") SELECT "id", "council_id", "message", "status", "attempts", "claimed_at", "sent_at", "last_error", "created_at" FROM "outbox_mails"`);
    await queryRunner.query(`DROP TABLE "outbox_mails"`);
    await queryRunner.query(`ALTER TABLE "temporary_outbox_mails" RENAME TO "outbox_mails"`);
    await queryRunner.query(`CREATE INDEX "IDX_d8a977f75485fa723a80c8340e" ON "outbox_mails" ("status", "created_at") `);
    await queryRunner.query(`DROP INDEX "IDX_d181bed408d76dafb4eeeeee44"`);
    await queryRunner.query(`DROP INDEX "IDX_d4f85a7fa4848bcebdc720c439"`);
    await queryRunner.query(`CREATE TABLE "temporary_weekly_digests" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "week_of" date NOT NULL, "due_at" varchar(24) NOT NULL, "status" varchar(20) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "claimed_at" varchar(24), "sent_at" varchar(24), "message_id" varchar(300), "recipients" text, "last_error" text, "recipient_outcomes" text, "retry_at" varchar(24), CONSTRAINT "FK_151f2f47e7c4d5879f10d15ff08" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_weekly_digests"("id", "council_id", "week_of", "due_at", "status", "attempts", "claimed_at", "sent_at", "message_id", "recipients", "last_error") SELECT "id", "council_id", "week_of", "due_at", "status", "attempts", "claimed_at", "sent_at", "message_id", "recipients", "last_error" FROM "weekly_digests"`);
    await queryRunner.query(`DROP TABLE "weekly_digests"`);
    await queryRunner.query(`ALTER TABLE "temporary_weekly_digests" RENAME TO "weekly_digests"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d181bed408d76dafb4eeeeee44" ON "weekly_digests" ("council_id", "week_of") `);
    await queryRunner.query(`CREATE INDEX "IDX_d4f85a7fa4848bcebdc720c439" ON "weekly_digests" ("status", "due_at") `);
    await queryRunner.query(`DROP INDEX "IDX_feea7913adf9cd6f71684a6ac9"`);
    await queryRunner.query(`DROP INDEX "IDX_a4c19ed3b84261e3573542be29"`);
    await queryRunner.query(`DROP INDEX "IDX_d8cc4a1dbeda89fb432915e537"`);
    await queryRunner.query(`CREATE TABLE "temporary_reminders" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "obligation_id" varchar(36) NOT NULL, "stage" varchar(20) NOT NULL, "level" integer NOT NULL, "copy_coordinator" boolean NOT NULL, "copy_chair" boolean NOT NULL, "due_at" varchar(24) NOT NULL, "status" varchar(20) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "claimed_at" varchar(24), "sent_at" varchar(24), "message_id" varchar(300), "recipients" text, "last_error" text, "recipient_outcomes" text, "retry_at" varchar(24), CONSTRAINT "FK_2ec6af55c3de06cee2b73e0d5f0" FOREIGN KEY ("obligation_id") REFERENCES "obligations" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_reminders"("id", "council_id", "obligation_id", "stage", "level", "copy_coordinator", "copy_chair", "due_at", "status", "attempts", "claimed_at", "sent_at", "message_id", "recipients", "last_error") SELECT "id", "council_id", "obligation_id", "stage", "level", "copy_coordinator", "copy_chair", "due_at", "status", "attempts", "claimed_at", "sent_at", "message_id", "recipients", "last_error" FROM "reminders"`);
    await queryRunner.query(`DROP TABLE "reminders"`);
    await queryRunner.query(`ALTER TABLE "temporary_reminders" RENAME TO "reminders"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_feea7913adf9cd6f71684a6ac9" ON "reminders" ("obligation_id", "stage") `);
    await queryRunner.query(`CREATE INDEX "IDX_a4c19ed3b84261e3573542be29" ON "reminders" ("status", "due_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_d8cc4a1dbeda89fb432915e537" ON "reminders" ("council_id", "status", "due_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_d8cc4a1dbeda89fb432915e537"`);
    await queryRunner.query(`DROP INDEX "IDX_a4c19ed3b84261e3573542be29"`);
    await queryRunner.query(`DROP INDEX "IDX_feea7913adf9cd6f71684a6ac9"`);
    await queryRunner.query(`ALTER TABLE "reminders" RENAME TO "temporary_reminders"`);
    await queryRunner.query(`CREATE TABLE "reminders" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "obligation_id" varchar(36) NOT NULL, "stage" varchar(20) NOT NULL, "level" integer NOT NULL, "copy_coordinator" boolean NOT NULL, "copy_chair" boolean NOT NULL, "due_at" varchar(24) NOT NULL, "status" varchar(20) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "claimed_at" varchar(24), "sent_at" varchar(24), "message_id" varchar(300), "recipients" text, "last_error" text, CONSTRAINT "FK_2ec6af55c3de06cee2b73e0d5f0" FOREIGN KEY ("obligation_id") REFERENCES "obligations" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "reminders"("id", "council_id", "obligation_id", "stage", "level", "copy_coordinator", "copy_chair", "due_at", "status", "attempts", "claimed_at", "sent_at", "message_id", "recipients", "last_error") SELECT "id", "council_id", "obligation_id", "stage", "level", "copy_coordinator", "copy_chair", "due_at", "status", "attempts", "claimed_at", "sent_at", "message_id", "recipients", "last_error" FROM "temporary_reminders"`);
    await queryRunner.query(`DROP TABLE "temporary_reminders"`);
    await queryRunner.query(`CREATE INDEX "IDX_d8cc4a1dbeda89fb432915e537" ON "reminders" ("council_id", "status", "due_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_a4c19ed3b84261e3573542be29" ON "reminders" ("status", "due_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_feea7913adf9cd6f71684a6ac9" ON "reminders" ("obligation_id", "stage") `);
    await queryRunner.query(`DROP INDEX "IDX_d4f85a7fa4848bcebdc720c439"`);
    await queryRunner.query(`DROP INDEX "IDX_d181bed408d76dafb4eeeeee44"`);
    await queryRunner.query(`ALTER TABLE "weekly_digests" RENAME TO "temporary_weekly_digests"`);
    await queryRunner.query(`CREATE TABLE "weekly_digests" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "week_of" date NOT NULL, "due_at" varchar(24) NOT NULL, "status" varchar(20) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "claimed_at" varchar(24), "sent_at" varchar(24), "message_id" varchar(300), "recipients" text, "last_error" text, CONSTRAINT "FK_151f2f47e7c4d5879f10d15ff08" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "weekly_digests"("id", "council_id", "week_of", "due_at", "status", "attempts", "claimed_at", "sent_at", "message_id", "recipients", "last_error") SELECT "id", "council_id", "week_of", "due_at", "status", "attempts", "claimed_at", "sent_at", "message_id", "recipients", "last_error" FROM "temporary_weekly_digests"`);
    await queryRunner.query(`DROP TABLE "temporary_weekly_digests"`);
    await queryRunner.query(`CREATE INDEX "IDX_d4f85a7fa4848bcebdc720c439" ON "weekly_digests" ("status", "due_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d181bed408d76dafb4eeeeee44" ON "weekly_digests" ("council_id", "week_of") `);
    await queryRunner.query(`DROP INDEX "IDX_d8a977f75485fa723a80c8340e"`);
    await queryRunner.query(`ALTER TABLE "outbox_mails" RENAME TO "temporary_outbox_mails"`);
    await queryRunner.query(`CREATE TABLE "outbox_mails" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "message" text NOT NULL, "status" varchar(20) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "claimed_at" varchar(24), "sent_at" varchar(24), "last_error" text, "created_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "outbox_mails"("id", "council_id", "message", "status", "attempts", "claimed_at", "sent_at", "last_error", "created_at") SELECT "id", "council_id", "message", "status", "attempts", "claimed_at", "sent_at", "last_error", "created_at" FROM "temporary_outbox_mails"`);
    await queryRunner.query(`DROP TABLE "temporary_outbox_mails"`);
    await queryRunner.query(`CREATE INDEX "IDX_d8a977f75485fa723a80c8340e" ON "outbox_mails" ("status", "created_at") `);
  }
}
