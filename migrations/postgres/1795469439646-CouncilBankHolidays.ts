import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CouncilBankHolidays1795469439646 implements MigrationInterface {
  name = 'CouncilBankHolidays1795469439646';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "council_bank_holidays" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "date" date NOT NULL, "title" character varying(200) NOT NULL, "added_by" character varying(300) NOT NULL, "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_26267450180be5db061333171b2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_62e6a3965e26cabfa2f03dd2b7" ON "council_bank_holidays"  ("council_id", "date") `);
    await queryRunner.query(`ALTER TABLE "council_bank_holidays" ADD CONSTRAINT "FK_8c382390d29552135f537155f31" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "council_bank_holidays" DROP CONSTRAINT "FK_8c382390d29552135f537155f31"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_62e6a3965e26cabfa2f03dd2b7"`);
    await queryRunner.query(`DROP TABLE "council_bank_holidays"`);
  }
}
