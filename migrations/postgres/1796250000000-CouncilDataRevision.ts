import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables a council's work plan is read from; each change to one of their rows moves the council's revision. */
const TRACKED = ['committees', 'municipal_years', 'meetings', 'work_plan_items'];

/**
 * A council's data revision: a number the database itself moves on every change of the rows a work
 * plan is read from (triggers, so that no route of writing can forget it), which readers compare to
 * know that what they kept is still true. Written by hand (triggers).
 */
export class CouncilDataRevision1796250000000 implements MigrationInterface {
  name = 'CouncilDataRevision1796250000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "councils" ADD COLUMN "data_revision" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(
      `CREATE FUNCTION "council_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ` +
        `UPDATE "councils" SET "data_revision" = "data_revision" + 1 WHERE "id" = CASE WHEN TG_OP = 'DELETE' THEN OLD."council_id" ELSE NEW."council_id" END; ` +
        `RETURN NULL; END $$`,
    );
    for (const table of TRACKED) {
      await queryRunner.query(`CREATE TRIGGER "${table}_revision" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "council_data_changed"()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TRACKED) await queryRunner.query(`DROP TRIGGER IF EXISTS "${table}_revision" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS "council_data_changed"()`);
    await queryRunner.query(`ALTER TABLE "councils" DROP COLUMN "data_revision"`);
  }
}
