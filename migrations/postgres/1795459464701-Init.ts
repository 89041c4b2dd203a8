import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795459464701 implements MigrationInterface {
  name = 'Init1795459464701';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_entries" ("id" SERIAL NOT NULL, "council_id" character varying(36) NOT NULL, "actor_user_id" character varying(36), "actor" character varying(300) NOT NULL, "action" character varying(40) NOT NULL, "entity_type" character varying(40) NOT NULL, "entity_id" character varying(36) NOT NULL, "before" text, "after" text, "at" character varying(24) NOT NULL, CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_207cda27185e6726f9766e4bdb" ON "audit_entries"  ("council_id", "entity_type", "entity_id") `);
    await queryRunner.query(`CREATE TABLE "councils" ("id" character varying(36) NOT NULL, "slug" character varying(60) NOT NULL, "name" character varying(200) NOT NULL, "time_zone" character varying(64) NOT NULL DEFAULT 'Europe/London', "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_4966fa6c4948bab2ea3e31e054d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_733015abdbbe7d1e89ee936657" ON "councils"  ("slug") `);
    await queryRunner.query(`CREATE TABLE "authorities" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "name" character varying(200) NOT NULL, "kind" character varying(30) NOT NULL, "statutory" boolean NOT NULL, "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_10bd95b9548629cdf02016dab65" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4f9c5d29bd13898ca4a39d7e1e" ON "authorities"  ("council_id", "name") `);
    await queryRunner.query(`CREATE TABLE "authority_contacts" ("id" character varying(36) NOT NULL, "authority_id" character varying(36) NOT NULL, "name" character varying(200) NOT NULL, "email" character varying(254) NOT NULL, "role" character varying(200) NOT NULL, "escalation_level" integer NOT NULL, CONSTRAINT "PK_7c915d76ec2d694f48030e4977d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_be522c7e077196a75cf8efe135" ON "authority_contacts"  ("authority_id", "escalation_level") `);
    await queryRunner.query(`CREATE TABLE "users" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "role" character varying(20) NOT NULL, "authority_id" character varying(36), "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5d813ffb63a31686ea58804261" ON "users"  ("council_id", "email") `);
    await queryRunner.query(`CREATE TABLE "api_tokens" ("id" character varying(36) NOT NULL, "user_id" character varying(36) NOT NULL, "token_hash" character varying(64) NOT NULL, "created_at" character varying(24) NOT NULL, "revoked_at" character varying(24), CONSTRAINT "PK_c587455266b5fa8dace7194caac" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_bbd687a104e1921e6702c6e3aa" ON "api_tokens"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "committees" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "name" character varying(200) NOT NULL, "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_69acdd168edf3e61a2a0b4ed13b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b6584d47f839f9b2d9feae7036" ON "committees"  ("council_id", "name") `);
    await queryRunner.query(`CREATE TABLE "committee_members" ("id" character varying(36) NOT NULL, "committee_id" character varying(36) NOT NULL, "name" character varying(200) NOT NULL, "email" character varying(254) NOT NULL, "role" character varying(20) NOT NULL, "from" date NOT NULL, "to" date, CONSTRAINT "PK_d674c70e45241dde1bd9d8fe21b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8286917dd2e2abb2f84e8508d0" ON "committee_members"  ("committee_id", "from") `);
    await queryRunner.query(`CREATE TABLE "municipal_years" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "label" character varying(7) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, CONSTRAINT "PK_7955f51dc7a88188b700f62c7d4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8af12987d23fbc1b0a4d6868c0" ON "municipal_years"  ("council_id", "label") `);
    await queryRunner.query(`CREATE TABLE "meetings" ("id" character varying(36) NOT NULL, "council_id" character varying(36) NOT NULL, "committee_id" character varying(36) NOT NULL, "starts_at" character varying(24) NOT NULL, "venue" character varying(300), "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4634dca74c5ebab1a50fb8de7d" ON "meetings"  ("council_id", "starts_at") `);
    await queryRunner.query(`CREATE TABLE "agenda_items" ("id" character varying(36) NOT NULL, "meeting_id" character varying(36) NOT NULL, "sequence" integer NOT NULL, "standard_kind" character varying(40), "title" character varying(300) NOT NULL, "work_plan_item_id" character varying(36), "exempt_paragraph" integer, "exempt_reason" text, CONSTRAINT "PK_7274c40301175b4b4b347820d0c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_514cd7615ea6d80a27ef46ed4c" ON "agenda_items"  ("meeting_id", "sequence") `);
    await queryRunner.query(`ALTER TABLE "authorities" ADD CONSTRAINT "FK_bf5e12315ed315fe7ed2a8af064" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "authority_contacts" ADD CONSTRAINT "FK_3f80437897cc6a55e60ea6428a2" FOREIGN KEY ("authority_id") REFERENCES "authorities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "FK_ea09b41b45e33b3168c96ccc648" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "FK_45da59cb386f4cbc4aa8c1806f2" FOREIGN KEY ("authority_id") REFERENCES "authorities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_tokens" ADD CONSTRAINT "FK_b74883f5884a42fd8496d389b25" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "committees" ADD CONSTRAINT "FK_2cf03b0a5cc02ae8affe23ac8f7" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "committee_members" ADD CONSTRAINT "FK_7410db6ee097228a8f3b2035aa4" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "municipal_years" ADD CONSTRAINT "FK_d786f980983f1f9c42eb49ef8db" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD CONSTRAINT "FK_be91962b2af1049175d60f48cef" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD CONSTRAINT "FK_c5fa1d306cdc7ef7da4d72af6a3" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_c58f166b8bff4fd19c5353cd310" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_c58f166b8bff4fd19c5353cd310"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_c5fa1d306cdc7ef7da4d72af6a3"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_be91962b2af1049175d60f48cef"`);
    await queryRunner.query(`ALTER TABLE "municipal_years" DROP CONSTRAINT "FK_d786f980983f1f9c42eb49ef8db"`);
    await queryRunner.query(`ALTER TABLE "committee_members" DROP CONSTRAINT "FK_7410db6ee097228a8f3b2035aa4"`);
    await queryRunner.query(`ALTER TABLE "committees" DROP CONSTRAINT "FK_2cf03b0a5cc02ae8affe23ac8f7"`);
    await queryRunner.query(`ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_b74883f5884a42fd8496d389b25"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_45da59cb386f4cbc4aa8c1806f2"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_ea09b41b45e33b3168c96ccc648"`);
    await queryRunner.query(`ALTER TABLE "authority_contacts" DROP CONSTRAINT "FK_3f80437897cc6a55e60ea6428a2"`);
    await queryRunner.query(`ALTER TABLE "authorities" DROP CONSTRAINT "FK_bf5e12315ed315fe7ed2a8af064"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_514cd7615ea6d80a27ef46ed4c"`);
    await queryRunner.query(`DROP TABLE "agenda_items"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4634dca74c5ebab1a50fb8de7d"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8af12987d23fbc1b0a4d6868c0"`);
    await queryRunner.query(`DROP TABLE "municipal_years"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8286917dd2e2abb2f84e8508d0"`);
    await queryRunner.query(`DROP TABLE "committee_members"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b6584d47f839f9b2d9feae7036"`);
    await queryRunner.query(`DROP TABLE "committees"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bbd687a104e1921e6702c6e3aa"`);
    await queryRunner.query(`DROP TABLE "api_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5d813ffb63a31686ea58804261"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_be522c7e077196a75cf8efe135"`);
    await queryRunner.query(`DROP TABLE "authority_contacts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4f9c5d29bd13898ca4a39d7e1e"`);
    await queryRunner.query(`DROP TABLE "authorities"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_733015abdbbe7d1e89ee936657"`);
    await queryRunner.query(`DROP TABLE "councils"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_207cda27185e6726f9766e4bdb"`);
    await queryRunner.query(`DROP TABLE "audit_entries"`);
  }
}
