import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OperatorsAndSuspension1796261351428 implements MigrationInterface {
  name = 'OperatorsAndSuspension1796261351428';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "operators" ("id" character varying(36) NOT NULL, "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_3d02b3692836893720335a79d1b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1570f3d85c3ff08bb99815897a" ON "operators"  ("email") `);
    await queryRunner.query(`CREATE TABLE "operator_tokens" ("id" character varying(36) NOT NULL, "operator_id" character varying(36) NOT NULL, "token_hash" character varying(64) NOT NULL, "created_at" character varying(24) NOT NULL, "revoked_at" character varying(24), CONSTRAINT "PK_f26fbf5aa89efd357c86c7d19db" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8c1996b67e9f31ab67847b8dd8" ON "operator_tokens"  ("token_hash") `);
    await queryRunner.query(`ALTER TABLE "councils" ADD "suspended_at" character varying(24)`);
    await queryRunner.query(`ALTER TABLE "councils" ADD "suspended_reason" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "operator_tokens" ADD CONSTRAINT "FK_808d18576980d049c2bc313d94d" FOREIGN KEY ("operator_id") REFERENCES "operators"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "operator_tokens" DROP CONSTRAINT "FK_808d18576980d049c2bc313d94d"`);
    await queryRunner.query(`ALTER TABLE "councils" DROP COLUMN "suspended_reason"`);
    await queryRunner.query(`ALTER TABLE "councils" DROP COLUMN "suspended_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8c1996b67e9f31ab67847b8dd8"`);
    await queryRunner.query(`DROP TABLE "operator_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1570f3d85c3ff08bb99815897a"`);
    await queryRunner.query(`DROP TABLE "operators"`);
  }
}
