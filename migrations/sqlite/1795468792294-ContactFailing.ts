import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContactFailing1795468792294 implements MigrationInterface {
  name = 'ContactFailing1795468792294';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_be522c7e077196a75cf8efe135"`);
    await queryRunner.query(`CREATE TABLE "temporary_authority_contacts" ("id" varchar(36) PRIMARY KEY NOT NULL, "authority_id" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "role" varchar(200) NOT NULL, "escalation_level" integer NOT NULL, "failing_since" varchar(24), "failing_reason" text, CONSTRAINT "FK_3f80437897cc6a55e60ea6428a2" FOREIGN KEY ("authority_id") REFERENCES "authorities" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_authority_contacts"("id", "authority_id", "name", "email", "role", "escalation_level") SELECT "id", "authority_id", "name", "email", "role", "escalation_level" FROM "authority_contacts"`);
    await queryRunner.query(`DROP TABLE "authority_contacts"`);
    await queryRunner.query(`ALTER TABLE "temporary_authority_contacts" RENAME TO "authority_contacts"`);
    await queryRunner.query(`CREATE INDEX "IDX_be522c7e077196a75cf8efe135" ON "authority_contacts" ("authority_id", "escalation_level") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_be522c7e077196a75cf8efe135"`);
    await queryRunner.query(`ALTER TABLE "authority_contacts" RENAME TO "temporary_authority_contacts"`);
    await queryRunner.query(`CREATE TABLE "authority_contacts" ("id" varchar(36) PRIMARY KEY NOT NULL, "authority_id" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "role" varchar(200) NOT NULL, "escalation_level" integer NOT NULL, CONSTRAINT "FK_3f80437897cc6a55e60ea6428a2" FOREIGN KEY ("authority_id") REFERENCES "authorities" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "authority_contacts"("id", "authority_id", "name", "email", "role", "escalation_level") SELECT "id", "authority_id", "name", "email", "role", "escalation_level" FROM "temporary_authority_contacts"`);
    await queryRunner.query(`DROP TABLE "temporary_authority_contacts"`);
    await queryRunner.query(`CREATE INDEX "IDX_be522c7e077196a75cf8efe135" ON "authority_contacts" ("authority_id", "escalation_level") `);
  }
}
