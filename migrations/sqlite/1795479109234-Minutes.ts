import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Minutes1795479109234 implements MigrationInterface {
  name = 'Minutes1795479109234';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "minutes" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "meeting_id" varchar(36) NOT NULL, "status" varchar(10) NOT NULL, "attendance" text NOT NULL, "closed_at" varchar(60), "warnings" text NOT NULL, "confirmed_at_meeting_id" varchar(36), "approved_at" varchar(24), "updated_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b5f85480864d8582430e488a93" ON "minutes" ("meeting_id") `);
    await queryRunner.query(`CREATE TABLE "minute_items" ("id" varchar(36) PRIMARY KEY NOT NULL, "minutes_id" varchar(36) NOT NULL, "council_id" varchar(36) NOT NULL, "position" integer NOT NULL, "number" varchar(10) NOT NULL, "title" varchar(500) NOT NULL, "summary" text NOT NULL, "resolutions" text NOT NULL, "undertakings" text NOT NULL, "work_plan_changes" text NOT NULL, "exempt" boolean NOT NULL, "excludes_public" boolean NOT NULL, "draw_down" boolean NOT NULL, "agenda_item_id" varchar(36), "work_plan_item_id" varchar(36))`);
    await queryRunner.query(`CREATE INDEX "IDX_dd59aabf9e2570b3f9f90bc217" ON "minute_items" ("minutes_id", "position") `);
    await queryRunner.query(`DROP INDEX "IDX_b5f85480864d8582430e488a93"`);
    await queryRunner.query(`CREATE TABLE "temporary_minutes" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "meeting_id" varchar(36) NOT NULL, "status" varchar(10) NOT NULL, "attendance" text NOT NULL, "closed_at" varchar(60), "warnings" text NOT NULL, "confirmed_at_meeting_id" varchar(36), "approved_at" varchar(24), "updated_at" varchar(24) NOT NULL, CONSTRAINT "FK_b5f85480864d8582430e488a93d" FOREIGN KEY ("meeting_id") REFERENCES "meetings" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_minutes"("id", "council_id", "meeting_id", "status", "attendance", "closed_at", "warnings", "confirmed_at_meeting_id", "approved_at", "updated_at") SELECT "id", "council_id", "meeting_id", "status", "attendance", "closed_at", "warnings", "confirmed_at_meeting_id", "approved_at", "updated_at" FROM "minutes"`);
    await queryRunner.query(`DROP TABLE "minutes"`);
    await queryRunner.query(`ALTER TABLE "temporary_minutes" RENAME TO "minutes"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b5f85480864d8582430e488a93" ON "minutes" ("meeting_id") `);
    await queryRunner.query(`DROP INDEX "IDX_dd59aabf9e2570b3f9f90bc217"`);
    await queryRunner.query(`CREATE TABLE "temporary_minute_items" ("id" varchar(36) PRIMARY KEY NOT NULL, "minutes_id" varchar(36) NOT NULL, "council_id" varchar(36) NOT NULL, "position" integer NOT NULL, "number" varchar(10) NOT NULL, "title" varchar(500) NOT NULL, "summary" text NOT NULL, "resolutions" text NOT NULL, "undertakings" text NOT NULL, "work_plan_changes" text NOT NULL, "exempt" boolean NOT NULL, "excludes_public" boolean NOT NULL, "draw_down" boolean NOT NULL, "agenda_item_id" varchar(36), "work_plan_item_id" varchar(36), CONSTRAINT "FK_f40e72bfd4936e13e5d2d36dc3f" FOREIGN KEY ("minutes_id") REFERENCES "minutes" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_minute_items"("id", "minutes_id", "council_id", "position", "number", "title", "summary", "resolutions", "undertakings", "work_plan_changes", "exempt", "excludes_public", "draw_down", "agenda_item_id", "work_plan_item_id") SELECT "id", "minutes_id", "council_id", "position", "number", "title", "summary", "resolutions", "undertakings", "work_plan_changes", "exempt", "excludes_public", "draw_down", "agenda_item_id", "work_plan_item_id" FROM "minute_items"`);
    await queryRunner.query(`DROP TABLE "minute_items"`);
    await queryRunner.query(`ALTER TABLE "temporary_minute_items" RENAME TO "minute_items"`);
    await queryRunner.query(`CREATE INDEX "IDX_dd59aabf9e2570b3f9f90bc217" ON "minute_items" ("minutes_id", "position") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_dd59aabf9e2570b3f9f90bc217"`);
    await queryRunner.query(`ALTER TABLE "minute_items" RENAME TO "temporary_minute_items"`);
    await queryRunner.query(`CREATE TABLE "minute_items" ("id" varchar(36) PRIMARY KEY NOT NULL, "minutes_id" varchar(36) NOT NULL, "council_id" varchar(36) NOT NULL, "position" integer NOT NULL, "number" varchar(10) NOT NULL, "title" varchar(500) NOT NULL, "summary" text NOT NULL, "resolutions" text NOT NULL, "undertakings" text NOT NULL, "work_plan_changes" text NOT NULL, "exempt" boolean NOT NULL, "excludes_public" boolean NOT NULL, "draw_down" boolean NOT NULL, "agenda_item_id" varchar(36), "work_plan_item_id" varchar(36))`);
    await queryRunner.query(`INSERT INTO "minute_items"("id", "minutes_id", "council_id", "position", "number", "title", "summary", "resolutions", "undertakings", "work_plan_changes", "exempt", "excludes_public", "draw_down", "agenda_item_id", "work_plan_item_id") SELECT "id", "minutes_id", "council_id", "position", "number", "title", "summary", "resolutions", "undertakings", "work_plan_changes", "exempt", "excludes_public", "draw_down", "agenda_item_id", "work_plan_item_id" FROM "temporary_minute_items"`);
    await queryRunner.query(`DROP TABLE "temporary_minute_items"`);
    await queryRunner.query(`CREATE INDEX "IDX_dd59aabf9e2570b3f9f90bc217" ON "minute_items" ("minutes_id", "position") `);
    await queryRunner.query(`DROP INDEX "IDX_b5f85480864d8582430e488a93"`);
    await queryRunner.query(`ALTER TABLE "minutes" RENAME TO "temporary_minutes"`);
    await queryRunner.query(`CREATE TABLE "minutes" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "meeting_id" varchar(36) NOT NULL, "status" varchar(10) NOT NULL, "attendance" text NOT NULL, "closed_at" varchar(60), "warnings" text NOT NULL, "confirmed_at_meeting_id" varchar(36), "approved_at" varchar(24), "updated_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "minutes"("id", "council_id", "meeting_id", "status", "attendance", "closed_at", "warnings", "confirmed_at_meeting_id", "approved_at", "updated_at") SELECT "id", "council_id", "meeting_id", "status", "attendance", "closed_at", "warnings", "confirmed_at_meeting_id", "approved_at", "updated_at" FROM "temporary_minutes"`);
    await queryRunner.query(`DROP TABLE "temporary_minutes"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b5f85480864d8582430e488a93" ON "minutes" ("meeting_id") `);
    await queryRunner.query(`DROP INDEX "IDX_dd59aabf9e2570b3f9f90bc217"`);
    await queryRunner.query(`DROP TABLE "minute_items"`);
    await queryRunner.query(`DROP INDEX "IDX_b5f85480864d8582430e488a93"`);
    await queryRunner.query(`DROP TABLE "minutes"`);
  }
}
