import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CoordinatorPages1796220583619 implements MigrationInterface {
  name = 'CoordinatorPages1796220583619';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sessions" ("id" character varying(36) NOT NULL, "user_id" character varying(36) NOT NULL, "token_hash" character varying(64) NOT NULL, "signed_in_with" character varying(10) NOT NULL, "created_at" character varying(24) NOT NULL, "last_seen_at" character varying(24) NOT NULL, "expires_at" character varying(24) NOT NULL, "revoked_at" character varying(24), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_abaa9e068cdd390bc5210f7988" ON "sessions"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_9b3fc99e79df1bcad1da2476e1" ON "sessions"  ("user_id", "revoked_at") `);
    await queryRunner.query(`CREATE TABLE "sign_in_links" ("id" character varying(36) NOT NULL, "user_id" character varying(36) NOT NULL, "token_hash" character varying(64) NOT NULL, "created_at" character varying(24) NOT NULL, "expires_at" character varying(24) NOT NULL, "used_at" character varying(24), CONSTRAINT "PK_2097ee1b62272fac6526b35398e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7e056095bb858289789025d055" ON "sign_in_links"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "identity_providers" ("council_id" character varying(36) NOT NULL, "display_name" character varying(200) NOT NULL, "issuer" character varying(500) NOT NULL, "client_id" character varying(200) NOT NULL, "client_secret_sealed" text NOT NULL, "updated_at" character varying(24) NOT NULL, CONSTRAINT "PK_edf7b9c1967f10183388316468d" PRIMARY KEY ("council_id"))`);
    await queryRunner.query(`ALTER TABLE "minutes" ADD "source_text" text`);
    await queryRunner.query(`ALTER TABLE "minute_items" ADD "source_lines" text`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sign_in_links" ADD CONSTRAINT "FK_35646de82c2b76d041ffdef1ccf" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "identity_providers" ADD CONSTRAINT "FK_edf7b9c1967f10183388316468d" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "identity_providers" DROP CONSTRAINT "FK_edf7b9c1967f10183388316468d"`);
    await queryRunner.query(`ALTER TABLE "sign_in_links" DROP CONSTRAINT "FK_35646de82c2b76d041ffdef1ccf"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await queryRunner.query(`ALTER TABLE "minute_items" DROP COLUMN "source_lines"`);
    await queryRunner.query(`ALTER TABLE "minutes" DROP COLUMN "source_text"`);
    await queryRunner.query(`DROP TABLE "identity_providers"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7e056095bb858289789025d055"`);
    await queryRunner.query(`DROP TABLE "sign_in_links"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9b3fc99e79df1bcad1da2476e1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_abaa9e068cdd390bc5210f7988"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
  }
}
