import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContactFailing1795468792817 implements MigrationInterface {
  name = 'ContactFailing1795468792817';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "authority_contacts" ADD "failing_since" character varying(24)`);
    await queryRunner.query(`ALTER TABLE "authority_contacts" ADD "failing_reason" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "authority_contacts" DROP COLUMN "failing_reason"`);
    await queryRunner.query(`ALTER TABLE "authority_contacts" DROP COLUMN "failing_since"`);
  }
}
