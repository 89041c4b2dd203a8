import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ExemptParagraphs1796181621754 implements MigrationInterface {
  name = 'ExemptParagraphs1796181621754';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "obligations" ADD "exempt_paragraph" integer`);
    await queryRunner.query(`ALTER TABLE "work_plan_items" ADD "exempt_paragraph" integer`);
    await queryRunner.query(`ALTER TABLE "work_plan_amendments" ADD "exempt_paragraph" integer`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "work_plan_amendments" DROP COLUMN "exempt_paragraph"`);
    await queryRunner.query(`ALTER TABLE "work_plan_items" DROP COLUMN "exempt_paragraph"`);
    await queryRunner.query(`ALTER TABLE "obligations" DROP COLUMN "exempt_paragraph"`);
  }
}
