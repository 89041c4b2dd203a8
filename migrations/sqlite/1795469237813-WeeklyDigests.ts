import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WeeklyDigests1795469237813 implements MigrationInterface {
  name = 'WeeklyDigests1795469237813';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "weekly_digests" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "week_of" date NOT NULL, "due_at" varchar(24) NOT NULL, "status" varchar(20) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "claimed_at" varchar(24), "sent_at" varchar(24), "message_id" varchar(300), "recipients" text, "last_error" text)`);
    await queryRunner.query(`CREATE INDEX "IDX_d4f85a7fa4848bcebdc720c439" ON "weekly_digests" ("status", "due_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d181bed408d76dafb4eeeeee44" ON "weekly_digests" ("council_id", "week_of") `);
    await queryRunner.query(`DROP INDEX "IDX_d4f85a7fa4848bcebdc720c439"`);
    await queryRunner.query(`DROP INDEX "IDX_d181bed408d76dafb4eeeeee44"`);
    await queryRunner.query(`CREATE TABLE "temporary_weekly_digests" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "week_of" date NOT NULL, "due_at" varchar(24) NOT NULL, "status" varchar(20) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "claimed_at" varchar(24), "sent_at" varchar(24), "message_id" varchar(300), "recipients" text, "last_error" text, CONSTRAINT "FK_151f2f47e7c4d5879f10d15ff08" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_weekly_digests"("id", "council_id", "week_of", "due_at", "status", "attempts", "claimed_at", "sent_at", "message_id", "recipients", "last_error") SELECT "id", "council_id", "week_of", "due_at", "status", "attempts", "claimed_at", "sent_at", "message_id", "recipients", "last_error" FROM "weekly_digests"`);
    await queryRunner.query(`DROP TABLE "weekly_digests"`);
    await queryRunner.query(`ALTER TABLE "temporary_weekly_digests" RENAME TO "weekly_digests"`);
    await queryRunner.query(`CREATE INDEX "IDX_d4f85a7fa4848bcebdc720c439" ON "weekly_digests" ("status", "due_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d181bed408d76dafb4eeeeee44" ON "weekly_digests" ("council_id", "week_of") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_d181bed408d76dafb4eeeeee44"`);
    await queryRunner.query(`DROP INDEX "IDX_d4f85a7fa4848bcebdc720c439"`);
    await queryRunner.query(`ALTER TABLE "weekly_digests" RENAME TO "temporary_weekly_digests"`);
    await queryRunner.query(`CREATE TABLE "weekly_digests" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "week_of" date NOT NULL, "due_at" varchar(24) NOT NULL, "status" varchar(20) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "claimed_at" varchar(24), "sent_at" varchar(24), "message_id" varchar(300), "recipients" text, "last_error" text)`);
    await queryRunner.query(`INSERT INTO "weekly_digests"("id", "council_id", "week_of", "due_at", "status", "attempts", "claimed_at", "sent_at", "message_id", "recipients", "last_error") SELECT "id", "council_id", "week_of", "due_at", "status", "attempts", "claimed_at", "sent_at", "message_id", "recipients", "last_error" FROM "temporary_weekly_digests"`);
    await queryRunner.query(`DROP TABLE "temporary_weekly_digests"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d181bed408d76dafb4eeeeee44" ON "weekly_digests" ("council_id", "week_of") `);
    await queryRunner.query(`CREATE INDEX "IDX_d4f85a7fa4848bcebdc720c439" ON "weekly_digests" ("status", "due_at") `);
    await queryRunner.query(`DROP INDEX "IDX_d181bed408d76dafb4eeeeee44"`);
    await queryRunner.query(`DROP INDEX "IDX_d4f85a7fa4848bcebdc720c439"`);
    await queryRunner.query(`DROP TABLE "weekly_digests"`);
  }
}
