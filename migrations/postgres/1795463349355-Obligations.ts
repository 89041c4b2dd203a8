import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Obligations1795463349355 implements MigrationInterface {
  name = 'Obligations1795463349355';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "obligations" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "group_id" character varying(36), "kind" character varying(30) NOT NULL, "authority_id" character varying(36) NOT NULL, "subject" character varying(300) NOT NULL, "details" text NOT NULL, "issued_on" date NOT NULL, "due_on" date NOT NULL, "due_rule_id" character varying(40) NOT NULL, "due_citation" character varying(300) NOT NULL, "due_explanation" text NOT NULL, "due_warning" text, "meeting_id" character varying(36), "status" character varying(20) NOT NULL, "responded_at" character varying(24), "withdrawn_reason" text, "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_6e661b1b461253d2bf5d57e518d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3f4ddbfe94092a4c3267baeb13" ON "obligations"  ("group_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c9548727379531a8fa8720ed5f" ON "obligations"  ("council_id", "authority_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9002276061483fae32b6677546" ON "obligations"  ("council_id", "status", "due_on") `);
    await queryRunner.query(`CREATE TABLE "obligation_extensions" ("id" character varying(36) NOT NULL, "obligation_id" character varying(36) NOT NULL, "new_due_on" date, "reason" text NOT NULL, "status" character varying(20) NOT NULL, "requested_by" character varying(300) NOT NULL, "requested_at" character varying(24) NOT NULL, "decided_by" character varying(300), "decided_at" character varying(24), "decision_reason" text, "previous_due_on" date, CONSTRAINT "PK_a4bc9f5f7c1b2746085abe7ad88" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3b4b234bf583f522ca48909eff" ON "obligation_extensions"  ("obligation_id", "requested_at") `);
    await queryRunner.query(`CREATE TABLE "obligation_groups" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "kind" character varying(30) NOT NULL, "subject" character varying(300) NOT NULL, "issued_on" date NOT NULL, "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_0e07a89a8b12020afd0b121e5ea" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_56f324e692d6ee057add4033e7" ON "obligation_groups"  ("council_id", "issued_on") `);
    await queryRunner.query(`CREATE TABLE "obligation_responses" ("id" character varying(36) NOT NULL, "obligation_id" character varying(36) NOT NULL, "text" text NOT NULL, "positions" text, "responded_by" character varying(300) NOT NULL, "responded_at" character varying(24) NOT NULL, CONSTRAINT "PK_6bcc2714ed6c9ac22bbf40dbc22" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8cc515b0760c8d58de28c8c26d" ON "obligation_responses"  ("obligation_id", "responded_at") `);
    await queryRunner.query(`ALTER TABLE "obligations" ADD CONSTRAINT "FK_3f50c6c9642aaebbf286a0acc52" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "obligations" ADD CONSTRAINT "FK_f84cf837650aa9ca07c5db60a11" FOREIGN KEY ("authority_id") REFERENCES "authorities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "obligation_extensions" ADD CONSTRAINT "FK_1aff84ee71bc122ce0e2b44d03a" FOREIGN KEY ("obligation_id") REFERENCES "obligations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "obligation_groups" ADD CONSTRAINT "FK_4193d31f5d13c12ec289bb5ea99" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "obligation_responses" ADD CONSTRAINT "FK_c106db4b667fe20e7108847bb07" FOREIGN KEY ("obligation_id") REFERENCES "obligations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "obligation_responses" DROP CONSTRAINT "FK_c106db4b667fe20e7108847bb07"`);
    await queryRunner.query(`ALTER TABLE "obligation_groups" DROP CONSTRAINT "FK_4193d31f5d13c12ec289bb5ea99"`);
    await queryRunner.query(`ALTER TABLE "obligation_extensions" DROP CONSTRAINT "FK_1aff84ee71bc122ce0e2b44d03a"`);
    await queryRunner.query(`ALTER TABLE "obligations" DROP CONSTRAINT "FK_f84cf837650aa9ca07c5db60a11"`);
    await queryRunner.query(`ALTER TABLE "obligations" DROP CONSTRAINT "FK_3f50c6c9642aaebbf286a0acc52"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8cc515b0760c8d58de28c8c26d"`);
    await queryRunner.query(`DROP TABLE "obligation_responses"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_56f324e692d6ee057add4033e7"`);
    await queryRunner.query(`DROP TABLE "obligation_groups"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3b4b234bf583f522ca48909eff"`);
    await queryRunner.query(`DROP TABLE "obligation_extensions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9002276061483fae32b6677546"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c9548727379531a8fa8720ed5f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3f4ddbfe94092a4c3267baeb13"`);
    await queryRunner.query(`DROP TABLE "obligations"`);
  }
}
