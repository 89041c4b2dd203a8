import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CouncilBankHolidays1795469439220 implements MigrationInterface {
  name = 'CouncilBankHolidays1795469439220';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "council_bank_holidays" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "date" date NOT NULL, "title" varchar(200) NOT NULL, "added_by" varchar(300) NOT NULL, "created_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_62e6a3965e26cabfa2f03dd2b7" ON "council_bank_holidays" ("council_id", "date") `);
    await queryRunner.query(`DROP INDEX "IDX_62e6a3965e26cabfa2f03dd2b7"`);
    await queryRunner.query(`CREATE TABLE "temporary_council_bank_holidays" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "date" date NOT NULL, "title" varchar(200) NOT NULL, "added_by" varchar(300) NOT NULL, "created_at" varchar(24) NOT NULL, CONSTRAINT "FK_8c382390d29552135f537155f31" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_council_bank_holidays"("id", "council_id", "date", "title", "added_by", "created_at") SELECT "id", "council_id", "date", "title", "added_by", "created_at" FROM "council_bank_holidays"`);
    await queryRunner.query(`DROP TABLE "council_bank_holidays"`);
    await queryRunner.query(`ALTER TABLE "temporary_council_bank_holidays" RENAME TO "council_bank_holidays"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_62e6a3965e26cabfa2f03dd2b7" ON "council_bank_holidays" ("council_id", "date") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_62e6a3965e26cabfa2f03dd2b7"`);
    await queryRunner.query(`ALTER TABLE "council_bank_holidays" RENAME TO "temporary_council_bank_holidays"`);
    await queryRunner.query(`CREATE TABLE "council_bank_holidays" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "date" date NOT NULL, "title" varchar(200) NOT NULL, "added_by" varchar(300) NOT NULL, "created_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "council_bank_holidays"("id", "council_id", "date", "title", "added_by", "created_at") SELECT "id", "council_id", "date", "title", "added_by", "created_at" FROM "temporary_council_bank_holidays"`);
    await queryRunner.query(`DROP TABLE "temporary_council_bank_holidays"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_62e6a3965e26cabfa2f03dd2b7" ON "council_bank_holidays" ("council_id", "date") `);
    await queryRunner.query(`DROP INDEX "IDX_62e6a3965e26cabfa2f03dd2b7"`);
    await queryRunner.query(`DROP TABLE "council_bank_holidays"`);
  }
}
