import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NonKeyDecisions1796240861936 implements MigrationInterface {
  name = 'NonKeyDecisions1796240861936';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "key_decisions" ADD "key" boolean NOT NULL DEFAULT true`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "key_decisions" DROP COLUMN "key"`);
  }
}
