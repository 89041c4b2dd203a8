import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Minutes1795479109750 implements MigrationInterface {
  name = 'Minutes1795479109750';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "minutes" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "meeting_id" character varying(36) NOT NULL, "status" character varying(10) NOT NULL, "attendance" text NOT NULL, "closed_at" character varying(60), "warnings" text NOT NULL, "confirmed_at_meeting_id" character varying(36), "approved_at" character varying(24), "updated_at" character varying(24) NOT NULL, CONSTRAINT "PK_6430e69788e26236b493d6fcc7e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b5f85480864d8582430e488a93" ON "minutes"  ("meeting_id") `);
    await queryRunner.query(`CREATE TABLE "minute_items" ("id" character varying(36) NOT NULL, "minutes_id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "position" integer NOT NULL, "number" character varying(10) NOT NULL, "title" character varying(500) NOT NULL, "summary" text NOT NULL, "resolutions" text NOT NULL, "undertakings" text NOT NULL, "work_plan_changes" text NOT NULL, "exempt" boolean NOT NULL, "excludes_public" boolean NOT NULL, "draw_down" boolean NOT NULL, "agenda_item_id" character varying(36), "work_plan_item_id" character varying(36), CONSTRAINT "PK_102804f6e6eea23e8713bc4822b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_dd59aabf9e2570b3f9f90bc217" ON "minute_items"  ("minutes_id", "position") `);
    await queryRunner.query(`ALTER TABLE "minutes" ADD CONSTRAINT "FK_b5f85480864d8582430e488a93d" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minute_items" ADD CONSTRAINT "FK_f40e72bfd4936e13e5d2d36dc3f" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "minute_items" DROP CONSTRAINT "FK_f40e72bfd4936e13e5d2d36dc3f"`);
    await queryRunner.query(`ALTER TABLE "minutes" DROP CONSTRAINT "FK_b5f85480864d8582430e488a93d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dd59aabf9e2570b3f9f90bc217"`);
    await queryRunner.query(`DROP TABLE "minute_items"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b5f85480864d8582430e488a93"`);
    await queryRunner.query(`DROP TABLE "minutes"`);
  }
}
