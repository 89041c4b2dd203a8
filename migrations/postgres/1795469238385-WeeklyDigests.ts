import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WeeklyDigests1795469238385 implements MigrationInterface {
  name = 'WeeklyDigests1795469238385';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "weekly_digests" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "week_of" date NOT NULL, "due_at" character varying(24) NOT NULL, "status" character varying(20) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "claimed_at" character varying(24), "sent_at" character varying(24), "message_id" character varying(300), "recipients" text, "last_error" text, CONSTRAINT "PK_6444493ae767077e4ff978edc6b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d4f85a7fa4848bcebdc720c439" ON "weekly_digests"  ("status", "due_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d181bed408d76dafb4eeeeee44" ON "weekly_digests"  ("council_id", "week_of") `);
    await queryRunner.query(`ALTER TABLE "weekly_digests" ADD CONSTRAINT "FK_151f2f47e7c4d5879f10d15ff08" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "weekly_digests" DROP CONSTRAINT "FK_151f2f47e7c4d5879f10d15ff08"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d181bed408d76dafb4eeeeee44"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d4f85a7fa4848bcebdc720c439"`);
    await queryRunner.query(`DROP TABLE "weekly_digests"`);
  }
}
