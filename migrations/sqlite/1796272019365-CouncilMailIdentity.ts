import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The name, domain, reply-to and mail server a council's e-mail goes out with. Edited by hand from
 * the generated one: the column is added in place (rebuilding councils would touch every table that
 * refers to it).
 */
export class CouncilMailIdentity1796272019365 implements MigrationInterface {
  name = 'CouncilMailIdentity1796272019365';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "councils" ADD COLUMN "mail_identity" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "councils" DROP COLUMN "mail_identity"`);
  }
}
