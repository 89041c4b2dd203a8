import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CoordinatorPages1796220583237 implements MigrationInterface {
  name = 'CoordinatorPages1796220583237';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "signed_in_with" varchar(10) NOT NULL, "created_at" varchar(24) NOT NULL, "last_seen_at" varchar(24) NOT NULL, "expires_at" varchar(24) NOT NULL, "revoked_at" varchar(24))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_abaa9e068cdd390bc5210f7988" ON "sessions" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_9b3fc99e79df1bcad1da2476e1" ON "sessions" ("user_id", "revoked_at") `);
    await queryRunner.query(`CREATE TABLE "sign_in_links" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "created_at" varchar(24) NOT NULL, "expires_at" varchar(24) NOT NULL, "used_at" varchar(24))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7e056095bb858289789025d055" ON "sign_in_links" ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "identity_providers" ("council_id" varchar(36) PRIMARY KEY NOT NULL, "display_name" varchar(200) NOT NULL, "issuer" varchar(500) NOT NULL, "client_id" varchar(200) NOT NULL, "client_secret_sealed" text NOT NULL, "updated_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`DROP INDEX "IDX_b5f85480864d8582430e488a93"`);
    await queryRunner.query(`CREATE TABLE "temporary_minutes" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "meeting_id" varchar(36) NOT NULL, "status" varchar(10) NOT NULL, "attendance" text NOT NULL, "closed_at" varchar(60), "warnings" text NOT NULL, "confirmed_at_meeting_id" varchar(36), "approved_at" varchar(24), "updated_at" varchar(24) NOT NULL, "source_text" text, CONSTRAINT "FK_b5f85480864d8582430e488a93d" FOREIGN KEY ("meeting_id") REFERENCES "meetings" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_minutes"("id", "council_id", "meeting_id", "status", "attendance", "closed_at", "warnings", "confirmed_at_meeting_id", "approved_at", "updated_at") SELECT "id", "council_id", "meeting_id", "status", "attendance", "closed_at", "warnings", "confirmed_at_meeting_id", "approved_at", "updated_at" FROM "minutes"`);
    await queryRunner.query(`DROP TABLE "minutes"`);
    await queryRunner.query(`ALTER TABLE "temporary_minutes" RENAME TO "minutes"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b5f85480864d8582430e488a93" ON "minutes" ("meeting_id") `);
    await queryRunner.query(`DROP INDEX "IDX_dd59aabf9e2570b3f9f90bc217"`);
    await queryRunner.query(`CREATE TABLE "temporary_minute_items" ("id" varchar(36) PRIMARY KEY NOT NULL, "minutes_id" varchar(36) NOT NULL, "council_id" varchar(36) NOT NULL, "position" integer NOT NULL, "number" varchar(10) NOT NULL, "title" varchar(500) NOT NULL, "summary" text NOT NULL, "resolutions" text NOT NULL, "undertakings" text NOT NULL, "work_plan_changes" text NOT NULL, "exempt" boolean NOT NULL, "excludes_public" boolean NOT NULL, "draw_down" boolean NOT NULL, "agenda_item_id" varchar(36), "work_plan_item_id" varchar(36), "source_lines" text, CONSTRAINT "FK_f40e72bfd4936e13e5d2d36dc3f" FOREIGN KEY ("minutes_id") REFERENCES "minutes" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_minute_items"("id", "minutes_id", "council_id", "position", "number", "title", "summary", "resolutions", "undertakings", "work_plan_changes", "exempt", "excludes_public", "draw_down", "agenda_item_id", "work_plan_item_id") SELECT "id", "minutes_id", "council_id", "position", "number", "title", "summary", "resolutions", "undertakings", "work_plan_changes", "exempt", "excludes_public", "draw_down", "agenda_item_id", "work_plan_item_id" FROM "minute_items"`);
    await queryRunner.query(`DROP TABLE "minute_items"`);
    await queryRunner.query(`ALTER TABLE "temporary_minute_items" RENAME TO "minute_items"`);
    await queryRunner.query(`CREATE INDEX "IDX_dd59aabf9e2570b3f9f90bc217" ON "minute_items" ("minutes_id", "position") `);
    await queryRunner.query(`DROP INDEX "IDX_abaa9e068cdd390bc5210f7988"`);
    await queryRunner.query(`DROP INDEX "IDX_9b3fc99e79df1bcad1da2476e1"`);
    await queryRunner.query(`CREATE TABLE "temporary_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "signed_in_with" varchar(10) NOT NULL, "created_at" varchar(24) NOT NULL, "last_seen_at" varchar(24) NOT NULL, "expires_at" varchar(24) NOT NULL, "revoked_at" varchar(24), CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_sessions"("id", "user_id", "token_hash", "signed_in_with", "created_at", "last_seen_at", "expires_at", "revoked_at") SELECT "id", "user_id", "token_hash", "signed_in_with", "created_at", "last_seen_at", "expires_at", "revoked_at" FROM "sessions"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`ALTER TABLE "temporary_sessions" RENAME TO "sessions"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_abaa9e068cdd390bc5210f7988" ON "sessions" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_9b3fc99e79df1bcad1da2476e1" ON "sessions" ("user_id", "revoked_at") `);
    await queryRunner.query(`DROP INDEX "IDX_7e056095bb858289789025d055"`);
    await queryRunner.query(`CREATE TABLE "temporary_sign_in_links" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "created_at" varchar(24) NOT NULL, "expires_at" varchar(24) NOT NULL, "used_at" varchar(24), CONSTRAINT "FK_35646de82c2b76d041ffdef1ccf" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_sign_in_links"("id", "user_id", "token_hash", "created_at", "expires_at", "used_at") SELECT "id", "user_id", "token_hash", "created_at", "expires_at", "used_at" FROM "sign_in_links"`);
    await queryRunner.query(`DROP TABLE "sign_in_links"`);
    await queryRunner.query(`ALTER TABLE "temporary_sign_in_links" RENAME TO "sign_in_links"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7e056095bb858289789025d055" ON "sign_in_links" ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "temporary_identity_providers" ("council_id" varchar(36) PRIMARY KEY NOT NULL, "display_name" varchar(200) NOT NULL, "issuer" varchar(500) NOT NULL, "client_id" varchar(200) NOT NULL, "client_secret_sealed" text NOT NULL, "updated_at" varchar(24) NOT NULL, CONSTRAINT "FK_edf7b9c1967f10183388316468d" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_identity_providers"("council_id", "display_name", "issuer", "client_id", "client_secret_sealed", "updated_at") SELECT "council_id", "display_name", "issuer", "client_id", "client_secret_sealed", "updated_at" FROM "identity_providers"`);
    await queryRunner.query(`DROP TABLE "identity_providers"`);
    await queryRunner.query(`ALTER TABLE "temporary_identity_providers" RENAME TO "identity_providers"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "identity_providers" RENAME TO "temporary_identity_providers"`);
    await queryRunner.query(`CREATE TABLE "identity_providers" ("council_id" varchar(36) PRIMARY KEY NOT NULL, "display_name" varchar(200) NOT NULL, "issuer" varchar(500) NOT NULL, "client_id" varchar(200) NOT NULL, "client_secret_sealed" text NOT NULL, "updated_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "identity_providers"("council_id", "display_name", "issuer", "client_id", "client_secret_sealed", "updated_at") SELECT "council_id", "display_name", "issuer", "client_id", "client_secret_sealed", "updated_at" FROM "temporary_identity_providers"`);
    await queryRunner.query(`DROP TABLE "temporary_identity_providers"`);
    await queryRunner.query(`DROP INDEX "IDX_7e056095bb858289789025d055"`);
    await queryRunner.query(`ALTER TABLE "sign_in_links" RENAME TO "temporary_sign_in_links"`);
    await queryRunner.query(`CREATE TABLE "sign_in_links" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "created_at" varchar(24) NOT NULL, "expires_at" varchar(24) NOT NULL, "used_at" varchar(24))`);
    await queryRunner.query(`INSERT INTO "sign_in_links"("id", "user_id", "token_hash", "created_at", "expires_at", "used_at") SELECT "id", "user_id", "token_hash", "created_at", "expires_at", "used_at" FROM "temporary_sign_in_links"`);
    await queryRunner.query(`DROP TABLE "temporary_sign_in_links"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7e056095bb858289789025d055" ON "sign_in_links" ("token_hash") `);
    await queryRunner.query(`DROP INDEX "IDX_9b3fc99e79df1bcad1da2476e1"`);
    await queryRunner.query(`DROP INDEX "IDX_abaa9e068cdd390bc5210f7988"`);
    await queryRunner.query(`ALTER TABLE "sessions" RENAME TO "temporary_sessions"`);
    await queryRunner.query(`CREATE TABLE "sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "signed_in_with" varchar(10) NOT NULL, "created_at" varchar(24) NOT NULL, "last_seen_at" varchar(24) NOT NULL, "expires_at" varchar(24) NOT NULL, "revoked_at" varchar(24))`);
    await queryRunner.query(`INSERT INTO "sessions"("id", "user_id", "token_hash", "signed_in_with", "created_at", "last_seen_at", "expires_at", "revoked_at") SELECT "id", "user_id", "token_hash", "signed_in_with", "created_at", "last_seen_at", "expires_at", "revoked_at" FROM "temporary_sessions"`);
    await queryRunner.query(`DROP TABLE "temporary_sessions"`);
    await queryRunner.query(`CREATE INDEX "IDX_9b3fc99e79df1bcad1da2476e1" ON "sessions" ("user_id", "revoked_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_abaa9e068cdd390bc5210f7988" ON "sessions" ("token_hash") `);
    await queryRunner.query(`DROP INDEX "IDX_dd59aabf9e2570b3f9f90bc217"`);
    await queryRunner.query(`ALTER TABLE "minute_items" RENAME TO "temporary_minute_items"`);
    await queryRunner.query(`CREATE TABLE "minute_items" ("id" varchar(36) PRIMARY KEY NOT NULL, "minutes_id" varchar(36) NOT NULL, "council_id" varchar(36) NOT NULL, "position" integer NOT NULL, "number" varchar(10) NOT NULL, "title" varchar(500) NOT NULL, "summary" text NOT NULL, "resolutions" text NOT NULL, "undertakings" text NOT NULL, "work_plan_changes" text NOT NULL, "exempt" boolean NOT NULL, "excludes_public" boolean NOT NULL, "draw_down" boolean NOT NULL, "agenda_item_id" varchar(36), "work_plan_item_id" varchar(36), CONSTRAINT "FK_f40e72bfd4936e13e5d2d36dc3f" FOREIGN KEY ("minutes_id") REFERENCES "minutes" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "minute_items"("id", "minutes_id", "council_id", "position", "number", "title", "summary", "resolutions", "undertakings", "work_plan_changes", "exempt", "excludes_public", "draw_down", "agenda_item_id", "work_plan_item_id") SELECT "id", "minutes_id", "council_id", "position", "number", "title", "summary", "resolutions", "undertakings", "work_plan_changes", "exempt", "excludes_public", "draw_down", "agenda_item_id", "work_plan_item_id" FROM "temporary_minute_items"`);
    await queryRunner.query(`DROP TABLE "temporary_minute_items"`);
    await queryRunner.query(`CREATE INDEX "IDX_dd59aabf9e2570b3f9f90bc217" ON "minute_items" ("minutes_id", "position") `);
    await queryRunner.query(`DROP INDEX "IDX_b5f85480864d8582430e488a93"`);
    await queryRunner.query(`ALTER TABLE "minutes" RENAME TO "temporary_minutes"`);
    await queryRunner.query(`CREATE TABLE "minutes" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "meeting_id" varchar(36) NOT NULL, "status" varchar(10) NOT NULL, "attendance" text NOT NULL, "closed_at" varchar(60), "warnings" text NOT NULL, "confirmed_at_meeting_id" varchar(36), "approved_at" varchar(24), "updated_at" varchar(24) NOT NULL, CONSTRAINT "FK_b5f85480864d8582430e488a93d" FOREIGN KEY ("meeting_id") REFERENCES "meetings" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "minutes"("id", "council_id", "meeting_id", "status", "attendance", "closed_at", "warnings", "confirmed_at_meeting_id", "approved_at", "updated_at") SELECT "id", "council_id", "meeting_id", "status", "attendance", "closed_at", "warnings", "confirmed_at_meeting_id", "approved_at", "updated_at" FROM "temporary_minutes"`);
    await queryRunner.query(`DROP TABLE "temporary_minutes"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b5f85480864d8582430e488a93" ON "minutes" ("meeting_id") `);
    await queryRunner.query(`DROP TABLE "identity_providers"`);
    await queryRunner.query(`DROP INDEX "IDX_7e056095bb858289789025d055"`);
    await queryRunner.query(`DROP TABLE "sign_in_links"`);
    await queryRunner.query(`DROP INDEX "IDX_9b3fc99e79df1bcad1da2476e1"`);
    await queryRunner.query(`DROP INDEX "IDX_abaa9e068cdd390bc5210f7988"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
  }
}
