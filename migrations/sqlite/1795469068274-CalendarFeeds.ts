import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarFeeds1795469068274 implements MigrationInterface {
  name = 'CalendarFeeds1795469068274';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "calendar_feeds" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "authority_id" varchar(36), "token_hash" varchar(64) NOT NULL, "created_by" varchar(300) NOT NULL, "created_at" varchar(24) NOT NULL, "revoked_at" varchar(24))`);
    await queryRunner.query(`CREATE INDEX "IDX_42021f71dbbfef9c68871b30f1" ON "calendar_feeds" ("council_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_df53b5f17d35a6bac0fb13e16a" ON "calendar_feeds" ("token_hash") `);
    await queryRunner.query(`DROP INDEX "IDX_42021f71dbbfef9c68871b30f1"`);
    await queryRunner.query(`DROP INDEX "IDX_df53b5f17d35a6bac0fb13e16a"`);
    await queryRunner.query(`CREATE TABLE "temporary_calendar_feeds" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "authority_id" varchar(36), "token_hash" varchar(64) NOT NULL, "created_by" varchar(300) NOT NULL, "created_at" varchar(24) NOT NULL, "revoked_at" varchar(24), CONSTRAINT "FK_720d216dc6372b02e6c0753fd98" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_calendar_feeds"("id", "council_id", "authority_id", "token_hash", "created_by", "created_at", "revoked_at") SELECT "id", "council_id", "authority_id", "token_hash", "created_by", "created_at", "revoked_at" FROM "calendar_feeds"`);
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
    await queryRunner.query(`ALTER TABLE "temporary_calendar_feeds" RENAME TO "calendar_feeds"`);
    await queryRunner.query(`CREATE INDEX "IDX_42021f71dbbfef9c68871b30f1" ON "calendar_feeds" ("council_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_df53b5f17d35a6bac0fb13e16a" ON "calendar_feeds" ("token_hash") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_df53b5f17d35a6bac0fb13e16a"`);
    await queryRunner.query(`DROP INDEX "IDX_42021f71dbbfef9c68871b30f1"`);
    await queryRunner.query(`ALTER TABLE "calendar_feeds" RENAME TO "temporary_calendar_feeds"`);
    await queryRunner.query(`CREATE TABLE "calendar_feeds" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "authority_id" varchar(36), "token_hash" varchar(64) NOT NULL, "created_by" varchar(300) NOT NULL, "created_at" varchar(24) NOT NULL, "revoked_at" varchar(24))`);
    await queryRunner.query(`INSERT INTO "calendar_feeds"("id", "council_id", "authority_id", "token_hash", "created_by", "created_at", "revoked_at") SELECT "id", "council_id", "authority_id", "token_hash", "created_by", "created_at", "revoked_at" FROM "temporary_calendar_feeds"`);
    await queryRunner.query(`DROP TABLE "temporary_calendar_feeds"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_df53b5f17d35a6bac0fb13e16a" ON "calendar_feeds" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_42021f71dbbfef9c68871b30f1" ON "calendar_feeds" ("council_id", "created_at") `);
    await queryRunner.query(`DROP INDEX "IDX_df53b5f17d35a6bac0fb13e16a"`);
    await queryRunner.query(`DROP INDEX "IDX_42021f71dbbfef9c68871b30f1"`);
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
  }
}
