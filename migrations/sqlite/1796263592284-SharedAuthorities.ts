import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bodies registered once for every council they serve, their contacts, and each council's link to
 * one. Edited by hand from the generated one: authorities gets its column in place (rebuilding it
 * would touch every table that refers to it), and the contacts' table is made with its foreign key.
 */
export class SharedAuthorities1796263592284 implements MigrationInterface {
  name = 'SharedAuthorities1796263592284';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "shared_authorities" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "kind" varchar(30) NOT NULL, "created_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e415ef33bf20a7a5420a435fe6" ON "shared_authorities" ("name") `);
    await queryRunner.query(
      `CREATE TABLE "shared_authority_contacts" ("id" varchar(36) PRIMARY KEY NOT NULL, "shared_authority_id" varchar(36) NOT NULL, "email" varchar(254) NOT NULL, "name" varchar(200) NOT NULL, "token_hash" varchar(64) NOT NULL, "feed_token_hash" varchar(64) NOT NULL, "created_at" varchar(24) NOT NULL, CONSTRAINT "FK_942ab38787886d736f31009eebb" FOREIGN KEY ("shared_authority_id") REFERENCES "shared_authorities" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_30cb399099bfc41e6e9749418b" ON "shared_authority_contacts" ("token_hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f896db881e8511b20c87932d1a" ON "shared_authority_contacts" ("feed_token_hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b119104f606d8a68fc5fb5977c" ON "shared_authority_contacts" ("shared_authority_id", "email") `);
    await queryRunner.query(`ALTER TABLE "authorities" ADD COLUMN "shared_authority_id" varchar(36)`);
    await queryRunner.query(`CREATE INDEX "IDX_2555effdd0a293946612790e2c" ON "authorities" ("shared_authority_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_2555effdd0a293946612790e2c"`);
    await queryRunner.query(`ALTER TABLE "authorities" DROP COLUMN "shared_authority_id"`);
    await queryRunner.query(`DROP INDEX "IDX_b119104f606d8a68fc5fb5977c"`);
    await queryRunner.query(`DROP INDEX "IDX_f896db881e8511b20c87932d1a"`);
    await queryRunner.query(`DROP INDEX "IDX_30cb399099bfc41e6e9749418b"`);
    await queryRunner.query(`DROP TABLE "shared_authority_contacts"`);
    await queryRunner.query(`DROP INDEX "IDX_e415ef33bf20a7a5420a435fe6"`);
    await queryRunner.query(`DROP TABLE "shared_authorities"`);
  }
}
