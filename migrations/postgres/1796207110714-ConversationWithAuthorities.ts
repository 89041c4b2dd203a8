import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConversationWithAuthorities1796207110714 implements MigrationInterface {
  name = 'ConversationWithAuthorities1796207110714';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "obligation_extensions" ADD "decision_token_hash" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "reminder_policies" ADD "acknowledge_within_working_days" integer`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reminder_policies" DROP COLUMN "acknowledge_within_working_days"`);
    await queryRunner.query(`ALTER TABLE "obligation_extensions" DROP COLUMN "decision_token_hash"`);
  }
}
