import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MeetingCancellation1795471002921 implements MigrationInterface {
  name = 'MeetingCancellation1795471002921';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_4634dca74c5ebab1a50fb8de7d"`);
    await queryRunner.query(`CREATE TABLE "temporary_meetings" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "committee_id" varchar(36) NOT NULL, "starts_at" varchar(24) NOT NULL, "venue" varchar(300), "created_at" varchar(24) NOT NULL, "cancelled_at" varchar(24), "cancelled_reason" text, CONSTRAINT "FK_c5fa1d306cdc7ef7da4d72af6a3" FOREIGN KEY ("committee_id") REFERENCES "committees" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_be91962b2af1049175d60f48cef" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_meetings"("id", "council_id", "committee_id", "starts_at", "venue", "created_at") SELECT "id", "council_id", "committee_id", "starts_at", "venue", "created_at" FROM "meetings"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`ALTER TABLE "temporary_meetings" RENAME TO "meetings"`);
    await queryRunner.query(`CREATE INDEX "IDX_4634dca74c5ebab1a50fb8de7d" ON "meetings" ("council_id", "starts_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_4634dca74c5ebab1a50fb8de7d"`);
    await queryRunner.query(`ALTER TABLE "meetings" RENAME TO "temporary_meetings"`);
    await queryRunner.query(`CREATE TABLE "meetings" ("id" varchar(36) PRIMARY KEY NOT NULL, "council_id" varchar(36) NOT NULL, "committee_id" varchar(36) NOT NULL, "starts_at" varchar(24) NOT NULL, "venue" varchar(300), "created_at" varchar(24) NOT NULL, CONSTRAINT "FK_c5fa1d306cdc7ef7da4d72af6a3" FOREIGN KEY ("committee_id") REFERENCES "committees" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_be91962b2af1049175d60f48cef" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "meetings"("id", "council_id", "committee_id", "starts_at", "venue", "created_at") SELECT "id", "council_id", "committee_id", "starts_at", "venue", "created_at" FROM "temporary_meetings"`);
    await queryRunner.query(`DROP TABLE "temporary_meetings"`);
    await queryRunner.query(`CREATE INDEX "IDX_4634dca74c5ebab1a50fb8de7d" ON "meetings" ("council_id", "starts_at") `);
  }
}
