import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DecisionDateHistory1795472962340 implements MigrationInterface {
  name = 'DecisionDateHistory1795472962340';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "key_decisions" ADD "date_history" text NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "key_decisions" DROP COLUMN "date_history"`);
  }
}
