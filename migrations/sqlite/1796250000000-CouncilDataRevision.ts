import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables a council's work plan is read from; each change to one of their rows moves the council's revision. */
const TRACKED = ['committees', 'municipal_years', 'meetings', 'work_plan_items'];

/**
 * A council's data revision: a number the database itself moves on every change of the rows a work
 * plan is read from (triggers, so that no route of writing can forget it), which readers compare to
 * know that what they kept is still true. Written by hand: a column added in place (rebuilding
 * councils would touch every table that refers to it) and the triggers. A generated migration that
 * rebuilds one of the tracked tables drops its triggers (SQLite rebuilds a table to change it): such a
 * migration must create them again, as MinutesSearch's must for minute_items.
 */
export class CouncilDataRevision1796250000000 implements MigrationInterface {
  name = 'CouncilDataRevision1796250000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "councils" ADD COLUMN "data_revision" integer NOT NULL DEFAULT (0)`);
    for (const table of TRACKED) {
      for (const [event, row] of [['INSERT', 'NEW'], ['UPDATE', 'NEW'], ['DELETE', 'OLD']]) {
        await queryRunner.query(
          `CREATE TRIGGER "${table}_revision_${event.toLowerCase()}" AFTER ${event} ON "${table}" BEGIN ` +
            `UPDATE "councils" SET "data_revision" = "data_revision" + 1 WHERE "id" = ${row}."council_id"; END`,
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TRACKED) for (const event of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER IF EXISTS "${table}_revision_${event}"`);
    await queryRunner.query(`ALTER TABLE "councils" DROP COLUMN "data_revision"`);
  }
}
