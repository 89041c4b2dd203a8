import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CouncilCalendarSettings1795462776476 implements MigrationInterface {
  name = 'CouncilCalendarSettings1795462776476';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_733015abdbbe7d1e89ee936657"`);
    await queryRunner.query(`CREATE TABLE "temporary_councils" ("id" varchar(36) PRIMARY KEY NOT NULL, "slug" varchar(60) NOT NULL, "name" varchar(200) NOT NULL, "time_zone" varchar(64) NOT NULL DEFAULT ('Europe/London'), "created_at" varchar(24) NOT NULL, "calendar_settings" text)`);
    await queryRunner.query(`INSERT INTO "temporary_councils"("id", "slug", "name", "time_zone", "created_at") SELECT "id", "slug", "name", "time_zone", "created_at" FROM "councils"`);
    await queryRunner.query(`DROP TABLE "councils"`);
    await queryRunner.query(`ALTER TABLE "temporary_councils" RENAME TO "councils"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_733015abdbbe7d1e89ee936657" ON "councils" ("slug") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_733015abdbbe7d1e89ee936657"`);
    await queryRunner.query(`ALTER TABLE "councils" RENAME TO "temporary_councils"`);
    await queryRunner.query(`CREATE TABLE "councils" ("id" varchar(36) PRIMARY KEY NOT NULL, "slug" varchar(60) NOT NULL, "name" varchar(200) NOT NULL, "time_zone" varchar(64) NOT NULL DEFAULT ('Europe/London'), "created_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "councils"("id", "slug", "name", "time_zone", "created_at") SELECT "id", "slug", "name", "time_zone", "created_at" FROM "temporary_councils"`);
    await queryRunner.query(`DROP TABLE "temporary_councils"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_733015abdbbe7d1e89ee936657" ON "councils" ("slug") `);
  }
}
