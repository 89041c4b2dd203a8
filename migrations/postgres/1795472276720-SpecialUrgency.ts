import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SpecialUrgency1795472276720 implements MigrationInterface {
  name = 'SpecialUrgency1795472276720';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "urgency_requests" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "decision_id" character varying(36) NOT NULL, "role" character varying(30) NOT NULL, "name" character varying(200) NOT NULL, "email" character varying(254) NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" character varying(24) NOT NULL, "answer" character varying(20) NOT NULL, "answered_at" character varying(24), "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_8179b046bdc50b6860d0b88d22a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d4bce2b891df259f3ce3160b28" ON "urgency_requests"  ("decision_id") `);
    await queryRunner.query(`ALTER TABLE "key_decisions" ADD "urgency_fallback" text`);
    await queryRunner.query(`ALTER TABLE "urgency_requests" ADD CONSTRAINT "FK_d4bce2b891df259f3ce3160b283" FOREIGN KEY ("decision_id") REFERENCES "key_decisions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "urgency_requests" DROP CONSTRAINT "FK_d4bce2b891df259f3ce3160b283"`);
    await queryRunner.query(`ALTER TABLE "key_decisions" DROP COLUMN "urgency_fallback"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d4bce2b891df259f3ce3160b28"`);
    await queryRunner.query(`DROP TABLE "urgency_requests"`);
  }
}
