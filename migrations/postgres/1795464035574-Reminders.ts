import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reminders1795464035574 implements MigrationInterface {
  name = 'Reminders1795464035574';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reminder_policies" ("council_id" character varying(36) NOT NULL, "stages" text NOT NULL, CONSTRAINT "PK_1be1a54c38e81027e9e47ebb6a1" PRIMARY KEY ("council_id"))`);
    await queryRunner.query(`CREATE TABLE "reminders" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "obligation_id" character varying(36) NOT NULL, "stage" character varying(20) NOT NULL, "level" integer NOT NULL, "copy_coordinator" boolean NOT NULL, "copy_chair" boolean NOT NULL, "due_at" character varying(24) NOT NULL, "status" character varying(20) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "claimed_at" character varying(24), "sent_at" character varying(24), "message_id" character varying(300), "recipients" text, "last_error" text, CONSTRAINT "PK_38715fec7f634b72c6cf7ea4893" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d8cc4a1dbeda89fb432915e537" ON "reminders"  ("council_id", "status", "due_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_a4c19ed3b84261e3573542be29" ON "reminders"  ("status", "due_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_feea7913adf9cd6f71684a6ac9" ON "reminders"  ("obligation_id", "stage") `);
    await queryRunner.query(`ALTER TABLE "reminders" ADD CONSTRAINT "FK_2ec6af55c3de06cee2b73e0d5f0" FOREIGN KEY ("obligation_id") REFERENCES "obligations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reminders" DROP CONSTRAINT "FK_2ec6af55c3de06cee2b73e0d5f0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_feea7913adf9cd6f71684a6ac9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a4c19ed3b84261e3573542be29"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d8cc4a1dbeda89fb432915e537"`);
    await queryRunner.query(`DROP TABLE "reminders"`);
    await queryRunner.query(`DROP TABLE "reminder_policies"`);
  }
}
