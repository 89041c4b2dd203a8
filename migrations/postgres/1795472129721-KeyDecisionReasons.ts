import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KeyDecisionReasons1795472129721 implements MigrationInterface {
  name = 'KeyDecisionReasons1795472129721';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "key_decisions" ADD "exception_reasons" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "key_decisions" DROP COLUMN "exception_reasons"`);
  }
}
