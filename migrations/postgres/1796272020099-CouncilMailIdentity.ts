import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The name, domain, reply-to and mail server a council's e-mail goes out with. */
export class CouncilMailIdentity1796272020099 implements MigrationInterface {
  name = 'CouncilMailIdentity1796272020099';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "councils" ADD "mail_identity" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "councils" DROP COLUMN "mail_identity"`);
  }
}
