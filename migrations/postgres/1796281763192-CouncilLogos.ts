import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CouncilLogos1796281763192 implements MigrationInterface {
  name = 'CouncilLogos1796281763192';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "council_logos" ("council_id" character varying(36) NOT NULL, "media_type" character varying(20) NOT NULL, "image" text NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "updated_at" character varying(24) NOT NULL, CONSTRAINT "PK_1a51273874bf430c3291d6b5d7f" PRIMARY KEY ("council_id"))`);
    await queryRunner.query(`ALTER TABLE "councils" ADD "logo_digest" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "council_logos" ADD CONSTRAINT "FK_1a51273874bf430c3291d6b5d7f" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "council_logos" DROP CONSTRAINT "FK_1a51273874bf430c3291d6b5d7f"`);
    await queryRunner.query(`ALTER TABLE "councils" DROP COLUMN "logo_digest"`);
    await queryRunner.query(`DROP TABLE "council_logos"`);
  }
}
