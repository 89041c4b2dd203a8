import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailWordings1796228445393 implements MigrationInterface {
  name = 'MailWordings1796228445393';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "mail_wordings" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "template" varchar(200) NOT NULL, "wording" text NOT NULL, "changed_by" varchar(300) NOT NULL, "changed_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f4d3b38d618a2644f536c2dc66" ON "mail_wordings" ("council_id", "template") `);
    await queryRunner.query(`DROP INDEX "IDX_f4d3b38d618a2644f536c2dc66"`);
    await queryRunner.query(`CREATE TABLE "temporary_mail_wordings" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "template" varchar(200) NOT NULL, "wording" text NOT NULL, "changed_by" varchar(300) NOT NULL, "changed_at" varchar(24) NOT NULL, CONSTRAINT "FK_d01192ed217073bbea69e2b3335" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_mail_wordings"("id", "council_id", "template", "wording", "changed_by", "changed_at") SELECT "id", "council_id", "template", "wording", "changed_by", "changed_at" FROM "mail_wordings"`);
    await queryRunner.query(`DROP TABLE "mail_wordings"`);
    await queryRunner.query(`ALTER TABLE "temporary_mail_wordings" RENAME TO "mail_wordings"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f4d3b38d618a2644f536c2dc66" ON "mail_wordings" ("council_id", "template") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_f4d3b38d618a2644f536c2dc66"`);
    await queryRunner.query(`ALTER TABLE "mail_wordings" RENAME TO "temporary_mail_wordings"`);
    await queryRunner.query(`CREATE TABLE "mail_wordings" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "template" varchar(200) NOT NULL, "wording" text NOT NULL, "changed_by" varchar(300) NOT NULL, "changed_at" varchar(24) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "mail_wordings"("id", "council_id", "template", "wording", "changed_by", "changed_at") SELECT "id", "council_id", "template", "wording", "changed_by", "changed_at" FROM "temporary_mail_wordings"`);
    await queryRunner.query(`DROP TABLE "temporary_mail_wordings"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f4d3b38d618a2644f536c2dc66" ON "mail_wordings" ("council_id", "template") `);
    await queryRunner.query(`DROP INDEX "IDX_f4d3b38d618a2644f536c2dc66"`);
    await queryRunner.query(`DROP TABLE "mail_wordings"`);
  }
}
