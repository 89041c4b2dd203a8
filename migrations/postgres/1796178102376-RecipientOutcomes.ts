import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecipientOutcomes1796178102376 implements MigrationInterface {
  name = 'RecipientOutcomes1796178102376';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_mails" ADD "recipient_outcomes" text`);
    await queryRunner.query(`ALTER TABLE "outbox_mails" ADD "retry_at" character varying(24)`);
    await queryRunner.query(`ALTER TABLE "weekly_digests" ADD "recipient_outcomes" text`);
    await queryRunner.query(`ALTER TABLE "weekly_digests" ADD "retry_at" character varying(24)`);
    await queryRunner.query(`ALTER TABLE "reminders" ADD "recipient_outcomes" text`);
    await queryRunner.query(`ALTER TABLE "reminders" ADD "retry_at" character varying(24)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reminders" DROP COLUMN "retry_at"`);
    await queryRunner.query(`ALTER TABLE "reminders" DROP COLUMN "recipient_outcomes"`);
    await queryRunner.query(`ALTER TABLE "weekly_digests" DROP COLUMN "retry_at"`);
    await queryRunner.query(`ALTER TABLE "weekly_digests" DROP COLUMN "recipient_outcomes"`);
    await queryRunner.query(`ALTER TABLE "outbox_mails" DROP COLUMN "retry_at"`);
    await queryRunner.query(`ALTER TABLE "outbox_mails" DROP COLUMN "recipient_outcomes"`);
  }
}
