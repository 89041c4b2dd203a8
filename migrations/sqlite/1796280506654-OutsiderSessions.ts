import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sessions and sign-in links of outsiders (an operator, a shared body's contact): no user, a kind and an id. SQLite cannot drop NOT NULL, so each table is rebuilt once. */
export class OutsiderSessions1796280506654 implements MigrationInterface {
  name = 'OutsiderSessions1796280506654';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_9b3fc99e79df1bcad1da2476e1"`);
    await queryRunner.query(`DROP INDEX "IDX_abaa9e068cdd390bc5210f7988"`);
    await queryRunner.query(`CREATE TABLE "temporary_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36), "token_hash" varchar(64) NOT NULL, "signed_in_with" varchar(10) NOT NULL, "created_at" varchar(24) NOT NULL, "last_seen_at" varchar(24) NOT NULL, "expires_at" varchar(24) NOT NULL, "revoked_at" varchar(24), "outsider_kind" varchar(20), "outsider_id" varchar(36), CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_sessions"("id", "user_id", "token_hash", "signed_in_with", "created_at", "last_seen_at", "expires_at", "revoked_at") SELECT "id", "user_id", "token_hash", "signed_in_with", "created_at", "last_seen_at", "expires_at", "revoked_at" FROM "sessions"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`ALTER TABLE "temporary_sessions" RENAME TO "sessions"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_abaa9e068cdd390bc5210f7988" ON "sessions" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_9b3fc99e79df1bcad1da2476e1" ON "sessions" ("user_id", "revoked_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_3c96d1d7805a1e6cc64636ddaa" ON "sessions" ("outsider_id", "revoked_at") `);

    await queryRunner.query(`DROP INDEX "IDX_7e056095bb858289789025d055"`);
    await queryRunner.query(`CREATE TABLE "temporary_sign_in_links" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36), "token_hash" varchar(64) NOT NULL, "created_at" varchar(24) NOT NULL, "expires_at" varchar(24) NOT NULL, "used_at" varchar(24), "outsider_kind" varchar(20), "outsider_id" varchar(36), CONSTRAINT "FK_35646de82c2b76d041ffdef1ccf" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_sign_in_links"("id", "user_id", "token_hash", "created_at", "expires_at", "used_at") SELECT "id", "user_id", "token_hash", "created_at", "expires_at", "used_at" FROM "sign_in_links"`);
    await queryRunner.query(`DROP TABLE "sign_in_links"`);
    await queryRunner.query(`ALTER TABLE "temporary_sign_in_links" RENAME TO "sign_in_links"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7e056095bb858289789025d055" ON "sign_in_links" ("token_hash") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // An outsider's sessions and links have no user: they go.
    await queryRunner.query(`DROP INDEX "IDX_3c96d1d7805a1e6cc64636ddaa"`);
    await queryRunner.query(`DROP INDEX "IDX_9b3fc99e79df1bcad1da2476e1"`);
    await queryRunner.query(`DROP INDEX "IDX_abaa9e068cdd390bc5210f7988"`);
    await queryRunner.query(`CREATE TABLE "temporary_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "signed_in_with" varchar(10) NOT NULL, "created_at" varchar(24) NOT NULL, "last_seen_at" varchar(24) NOT NULL, "expires_at" varchar(24) NOT NULL, "revoked_at" varchar(24), CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_sessions"("id", "user_id", "token_hash", "signed_in_with", "created_at", "last_seen_at", "expires_at", "revoked_at") SELECT "id", "user_id", "token_hash", "signed_in_with", "created_at", "last_seen_at", "expires_at", "revoked_at" FROM "sessions" WHERE "user_id" IS NOT NULL`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`ALTER TABLE "temporary_sessions" RENAME TO "sessions"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_abaa9e068cdd390bc5210f7988" ON "sessions" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_9b3fc99e79df1bcad1da2476e1" ON "sessions" ("user_id", "revoked_at") `);

    await queryRunner.query(`DROP INDEX "IDX_7e056095bb858289789025d055"`);
    await queryRunner.query(`CREATE TABLE "temporary_sign_in_links" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "created_at" varchar(24) NOT NULL, "expires_at" varchar(24) NOT NULL, "used_at" varchar(24), CONSTRAINT "FK_35646de82c2b76d041ffdef1ccf" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_sign_in_links"("id", "user_id", "token_hash", "created_at", "expires_at", "used_at") SELECT "id", "user_id", "token_hash", "created_at", "expires_at", "used_at" FROM "sign_in_links" WHERE "user_id" IS NOT NULL`);
    await queryRunner.query(`DROP TABLE "sign_in_links"`);
    await queryRunner.query(`ALTER TABLE "temporary_sign_in_links" RENAME TO "sign_in_links"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7e056095bb858289789025d055" ON "sign_in_links" ("token_hash") `);
  }
}
