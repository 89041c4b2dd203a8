import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A council's logo (a table of its own) and its version on the council's row. Edited by hand from the
 * generated one: the column is added in place (rebuilding councils would touch every table that refers to it).
 */
export class CouncilLogos1796281762728 implements MigrationInterface {
  name = 'CouncilLogos1796281762728';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "council_logos" ("council_id" varchar(36) PRIMARY KEY NOT NULL, "media_type" varchar(20) NOT NULL, "image" text NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "updated_at" varchar(24) NOT NULL, CONSTRAINT "FK_1a51273874bf430c3291d6b5d7f" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`ALTER TABLE "councils" ADD COLUMN "logo_digest" varchar(64)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "councils" DROP COLUMN "logo_digest"`);
    await queryRunner.query(`DROP TABLE "council_logos"`);
  }
}
