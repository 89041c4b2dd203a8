import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailWordings1796228446243 implements MigrationInterface {
  name = 'MailWordings1796228446243';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "mail_wordings" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "template" character varying(200) NOT NULL, "wording" text NOT NULL, "changed_by" character varying(300) NOT NULL, "changed_at" character varying(24) NOT NULL, CONSTRAINT "PK_0bde74426ea3603f2e23135a9cd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f4d3b38d618a2644f536c2dc66" ON "mail_wordings"  ("council_id", "template") `);
    await queryRunner.query(`ALTER TABLE "mail_wordings" ADD CONSTRAINT "FK_d01192ed217073bbea69e2b3335" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_wordings" DROP CONSTRAINT "FK_d01192ed217073bbea69e2b3335"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f4d3b38d618a2644f536c2dc66"`);
    await queryRunner.query(`DROP TABLE "mail_wordings"`);
  }
}
