import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SignInToPages1796220019646 implements MigrationInterface {
  name = 'SignInToPages1796220019646';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "signed_in_with" varchar(10) NOT NULL, "created_at" varchar(24) NOT NULL, "last_seen_at" varchar(24) NOT NULL, "expires_at" varchar(24) NOT NULL, "revoked_at" varchar(24))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_abaa9e068cdd390bc5210f7988" ON "sessions" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_9b3fc99e79df1bcad1da2476e1" ON "sessions" ("user_id", "revoked_at") `);
    await queryRunner.query(`CREATE TABLE "sign_in_links" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "created_at" varchar(24) NOT NULL, "expires_at" varchar(24) NOT NULL, "used_at" varchar(24))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7e056095bb858289789025d055" ON "sign_in_links" ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "identity_providers" ("council_id" varchar(36) PRIMARY KEY NOT NULL, "display_name" varchar(200) NOT NULL, "issuer" varchar(500) NOT NULL, "client_id" varchar(200) NOT NULL, "client_secret_sealed" text NOT NULL, "updated_at" varchar(24) NOT NULL)`);
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
    await queryRunner.query(`DROP TABLE "identity_providers"`);
    await queryRunner.query(`DROP INDEX "IDX_7e056095bb858289789025d055"`);
    await queryRunner.query(`DROP TABLE "sign_in_links"`);
    await queryRunner.query(`DROP INDEX "IDX_9b3fc99e79df1bcad1da2476e1"`);
    await queryRunner.query(`DROP INDEX "IDX_abaa9e068cdd390bc5210f7988"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
  }
}
