import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Operators (the hosting organisation) and their tokens; a council's suspension. Edited by hand from
 * the generated one: the councils' columns are added in place (rebuilding councils would touch every
 * table that refers to it), and operator_tokens is made with its foreign key at once.
 */
export class OperatorsAndSuspension1796261350046 implements MigrationInterface {
  name = 'OperatorsAndSuspension1796261350046';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "operators" ("id" varchar(36) PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "name" varchar(200) NOT NULL, "created_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1570f3d85c3ff08bb99815897a" ON "operators" ("email") `);
    await queryRunner.query(
      `CREATE TABLE "operator_tokens" ("id" varchar(36) PRIMARY KEY NOT NULL, "operator_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "created_at" varchar(24) NOT NULL, "revoked_at" varchar(24), CONSTRAINT "FK_808d18576980d049c2bc313d94d" FOREIGN KEY ("operator_id") REFERENCES "operators" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8c1996b67e9f31ab67847b8dd8" ON "operator_tokens" ("token_hash") `);
    await queryRunner.query(`ALTER TABLE "councils" ADD COLUMN "suspended_at" varchar(24)`);
    await queryRunner.query(`ALTER TABLE "councils" ADD COLUMN "suspended_reason" varchar(500)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "councils" DROP COLUMN "suspended_reason"`);
    await queryRunner.query(`ALTER TABLE "councils" DROP COLUMN "suspended_at"`);
    await queryRunner.query(`DROP INDEX "IDX_8c1996b67e9f31ab67847b8dd8"`);
    await queryRunner.query(`DROP TABLE "operator_tokens"`);
    await queryRunner.query(`DROP INDEX "IDX_1570f3d85c3ff08bb99815897a"`);
    await queryRunner.query(`DROP TABLE "operators"`);
  }
}
