import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ResponseLinks1795468416258 implements MigrationInterface {
  name = 'ResponseLinks1795468416258';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "response_links" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "obligation_id" character varying(36) NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" character varying(24) NOT NULL, "acknowledged_at" character varying(24), "used_at" character varying(24), "used_for" character varying(20), "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_4142552869a840ae746c264cf20" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_136b8ed66849a573143e13934e" ON "response_links"  ("obligation_id") `);
    await queryRunner.query(`CREATE TABLE "app_secrets" ("name" character varying(40) NOT NULL, "value" character varying(100) NOT NULL, "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_6c785a9da9881929b0d1d780423" PRIMARY KEY ("name"))`);
    await queryRunner.query(`ALTER TABLE "obligations" ADD "recommendations" text`);
    await queryRunner.query(`ALTER TABLE "obligations" ADD "acknowledged_at" character varying(24)`);
    await queryRunner.query(`ALTER TABLE "response_links" ADD CONSTRAINT "FK_136b8ed66849a573143e13934ef" FOREIGN KEY ("obligation_id") REFERENCES "obligations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "response_links" DROP CONSTRAINT "FK_136b8ed66849a573143e13934ef"`);
    await queryRunner.query(`ALTER TABLE "obligations" DROP COLUMN "acknowledged_at"`);
    await queryRunner.query(`ALTER TABLE "obligations" DROP COLUMN "recommendations"`);
    await queryRunner.query(`DROP TABLE "app_secrets"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_136b8ed66849a573143e13934e"`);
    await queryRunner.query(`DROP TABLE "response_links"`);
  }
}
