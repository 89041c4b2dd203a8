import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SharedAuthorities1796263592725 implements MigrationInterface {
  name = 'SharedAuthorities1796263592725';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "shared_authorities" ("id" character varying(36) NOT NULL, "name" character varying(200) NOT NULL, "kind" character varying(30) NOT NULL, "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_6d99fde56784b123473ae8cd6b6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e415ef33bf20a7a5420a435fe6" ON "shared_authorities"  ("name") `);
    await queryRunner.query(`CREATE TABLE "shared_authority_contacts" ("id" character varying(36) NOT NULL, "shared_authority_id" character varying(36) NOT NULL, "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "token_hash" character varying(64) NOT NULL, "feed_token_hash" character varying(64) NOT NULL, "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_21543880f40b4ba61d432628bd8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_30cb399099bfc41e6e9749418b" ON "shared_authority_contacts"  ("token_hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f896db881e8511b20c87932d1a" ON "shared_authority_contacts"  ("feed_token_hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b119104f606d8a68fc5fb5977c" ON "shared_authority_contacts"  ("shared_authority_id", "email") `);
    await queryRunner.query(`ALTER TABLE "authorities" ADD "shared_authority_id" character varying(36)`);
    await queryRunner.query(`CREATE INDEX "IDX_2555effdd0a293946612790e2c" ON "authorities"  ("shared_authority_id") `);
    await queryRunner.query(`ALTER TABLE "shared_authority_contacts" ADD CONSTRAINT "FK_942ab38787886d736f31009eebb" FOREIGN KEY ("shared_authority_id") REFERENCES "shared_authorities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shared_authority_contacts" DROP CONSTRAINT "FK_942ab38787886d736f31009eebb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2555effdd0a293946612790e2c"`);
    await queryRunner.query(`ALTER TABLE "authorities" DROP COLUMN "shared_authority_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b119104f606d8a68fc5fb5977c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f896db881e8511b20c87932d1a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_30cb399099bfc41e6e9749418b"`);
    await queryRunner.query(`DROP TABLE "shared_authority_contacts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e415ef33bf20a7a5420a435fe6"`);
    await queryRunner.query(`DROP TABLE "shared_authorities"`);
  }
}
