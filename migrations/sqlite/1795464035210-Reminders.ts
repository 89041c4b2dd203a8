import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reminders1795464035210 implements MigrationInterface {
  name = 'Reminders1795464035210';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reminder_policies" ("council_id" varchar(36) PRIMARY KEY NOT NULL, "stages" text NOT NULL)`);
    await queryRunner.query(`CREATE TABLE "reminders" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "obligation_id" varchar(36) NOT NULL, "stage" varchar(20) NOT NULL, "level" integer NOT NULL, "copy_coordinator" boolean NOT NULL, "copy_chair" boolean NOT NULL, "due_at" varchar(24) NOT NULL, "status" varchar(20) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "claimed_at" varchar(24), "sent_at" varchar(24), "message_id" varchar(300), "recipients" text, "last_error" text)`);
    await queryRunner.query(`CREATE INDEX "IDX_d8cc4a1dbeda89fb432915e537" ON "reminders" ("council_id", "status", "due_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_a4c19ed3b84261e3573542be29" ON "reminders" ("status", "due_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_feea7913adf9cd6f71684a6ac9" ON "reminders" ("obligation_id", "stage") `);
    await queryRunner.query(`DROP INDEX "IDX_d8cc4a1dbeda89fb432915e537"`);
    await queryRunner.query(`DROP INDEX "IDX_a4c19ed3b84261e3573542be29"`);
    await queryRunner.query(`DROP INDEX "IDX_feea7913adf9cd6f71684a6ac9"`);
    await queryRunner.query(`CREATE TABLE "temporary_reminders" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "obligation_id" varchar(36) NOT NULL, "stage" varchar(20) NOT NULL, "level" integer NOT NULL, "copy_coordinator" boolean NOT NULL, "copy_chair" boolean NOT NULL, "due_at" varchar(24) NOT NULL, "status" varchar(20) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "claimed_at" varchar(24), "sent_at" varchar(24), "message_id" varchar(300), "recipients" text, "last_error" text, CONSTRAINT "FK_2ec6af55c3de06cee2b73e0d5f0" FOREIGN KEY ("obligation_id") REFERENCES "obligations" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_reminders"("id", "council_id", "obligation_id", "stage", "level", "copy_coordinator", "copy_chair", "due_at", "status", "attempts", "claimed_at", "sent_at", "message_id", "recipients", "last_error") SELECT "id", "council_id", "obligation_id", "stage", "level", "copy_coordinator", "copy_chair", "due_at", "status", "attempts", "claimed_at", "sent_at", "message_id", "recipients", "last_error" FROM "reminders"`);
    await queryRunner.query(`DROP TABLE "reminders"`);
    await queryRunner.query(`ALTER TABLE "temporary_reminders" RENAME TO "reminders"`);
    await queryRunner.query(`CREATE INDEX "IDX_d8cc4a1dbeda89fb432915e537" ON "reminders" ("council_id", "status", "due_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_a4c19ed3b84261e3573542be29" ON "reminders" ("status", "due_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_feea7913adf9cd6f71684a6ac9" ON "reminders" ("obligation_id", "stage") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_feea7913adf9cd6f71684a6ac9"`);
    await queryRunner.query(`DROP INDEX "IDX_a4c19ed3b84261e3573542be29"`);
    await queryRunner.query(`DROP INDEX "IDX_d8cc4a1dbeda89fb432915e537"`);
    await queryRunner.query(`ALTER TABLE "reminders" RENAME TO "temporary_reminders"`);
    await queryRunner.query(`CREATE TABLE "reminders" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "obligation_id" varchar(36) NOT NULL, "stage" varchar(20) NOT NULL, "level" integer NOT NULL, "copy_coordinator" boolean NOT NULL, "copy_chair" boolean NOT NULL, "due_at" varchar(24) NOT NULL, "status" varchar(20) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "claimed_at" varchar(24), "sent_at" varchar(24), "message_id" varchar(300), "recipients" text, "last_error" text)`);
    await queryRunner.query(`INSERT INTO "reminders"("id", "council_id", "obligation_id", "stage", "level", "copy_coordinator", "copy_chair", "due_at", "status", "attempts", "claimed_at", "sent_at", "message_id", "recipients", "last_error") SELECT "id", "council_id", "obligation_id", "stage", "level", "copy_coordinator", "copy_chair", "due_at", "status", "attempts", "claimed_at", "sent_at", "message_id", "recipients", "last_error" FROM "temporary_reminders"`);
    await queryRunner.query(`DROP TABLE "temporary_reminders"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_feea7913adf9cd6f71684a6ac9" ON "reminders" ("obligation_id", "stage") `);
    await queryRunner.query(`CREATE INDEX "IDX_a4c19ed3b84261e3573542be29" ON "reminders" ("status", "due_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_d8cc4a1dbeda89fb432915e537" ON "reminders" ("council_id", "status", "due_at") `);
    await queryRunner.query(`DROP INDEX "IDX_feea7913adf9cd6f71684a6ac9"`);
    await queryRunner.query(`DROP INDEX "IDX_a4c19ed3b84261e3573542be29"`);
    await queryRunner.query(`DROP INDEX "IDX_d8cc4a1dbeda89fb432915e537"`);
    await queryRunner.query(`DROP TABLE "reminders"`);
    await queryRunner.query(`DROP TABLE "reminder_policies"`);
  }
}
