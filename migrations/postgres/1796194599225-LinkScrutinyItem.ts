import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LinkScrutinyItem1796194599225 implements MigrationInterface {
  name = 'LinkScrutinyItem1796194599225';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "key_decisions" ADD "scrutiny_item_id" character varying(36)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "key_decisions" DROP COLUMN "scrutiny_item_id"`);
  }
}
