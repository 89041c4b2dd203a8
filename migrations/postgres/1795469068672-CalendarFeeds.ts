import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarFeeds1795469068672 implements MigrationInterface {
  name = 'CalendarFeeds1795469068672';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "calendar_feeds" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "authority_id" character varying(36), "token_hash" character varying(64) NOT NULL, "created_by" character varying(300) NOT NULL, "created_at" character varying(24) NOT NULL, "revoked_at" character varying(24), CONSTRAINT "PK_045067d8bb57f971f3c5426ea71" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_42021f71dbbfef9c68871b30f1" ON "calendar_feeds"  ("council_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_df53b5f17d35a6bac0fb13e16a" ON "calendar_feeds"  ("token_hash") `);
    await queryRunner.query(`ALTER TABLE "calendar_feeds" ADD CONSTRAINT "FK_720d216dc6372b02e6c0753fd98" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calendar_feeds" DROP CONSTRAINT "FK_720d216dc6372b02e6c0753fd98"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_df53b5f17d35a6bac0fb13e16a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_42021f71dbbfef9c68871b30f1"`);
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
  }
}
