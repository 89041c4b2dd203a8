import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutsiderSessions1796280507033 implements MigrationInterface {
  name = 'OutsiderSessions1796280507033';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" ADD "outsider_kind" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD "outsider_id" character varying(36)`);
    await queryRunner.query(`ALTER TABLE "sign_in_links" ADD "outsider_kind" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "sign_in_links" ADD "outsider_id" character varying(36)`);
    await queryRunner.query(`ALTER TABLE "sessions" ALTER COLUMN "user_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "sign_in_links" ALTER COLUMN "user_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_3c96d1d7805a1e6cc64636ddaa" ON "sessions"  ("outsider_id", "revoked_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // An outsider's sessions and links have no user: they go.
    await queryRunner.query(`DELETE FROM "sessions" WHERE "user_id" IS NULL`);
    await queryRunner.query(`DELETE FROM "sign_in_links" WHERE "user_id" IS NULL`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3c96d1d7805a1e6cc64636ddaa"`);
    await queryRunner.query(`ALTER TABLE "sign_in_links" ALTER COLUMN "user_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "sessions" ALTER COLUMN "user_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "sign_in_links" DROP COLUMN "outsider_id"`);
    await queryRunner.query(`ALTER TABLE "sign_in_links" DROP COLUMN "outsider_kind"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "outsider_id"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "outsider_kind"`);
  }
}
