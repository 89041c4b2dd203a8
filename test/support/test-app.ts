import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app/app.module.js';
import { configureApp, preflight } from '../../src/app/app.setup.js';
import { type AppConfig, loadConfig } from '../../src/common/config/app-config.js';
import type { Dialect } from '../../src/app/data-source.js';
import { createScratchDatabase, type ScratchDatabase } from '../../src/common/database/scratch-database.js';
import { Clock } from '../../src/common/time/clock.js';
import { COMMAND_LINE, CouncilsService } from '../../src/councils/councils.service.js';
import { Reminder } from '../../src/reminders/reminder.entity.js';
import { FakeClock } from './fake-clock.js';
import { freePort } from './free-port.js';
import { SmtpSink } from './smtp-sink.js';
import { waitFor } from './wait-for.js';
import { type Api, apiAs } from './api.js';

export { auth } from './api.js';

/**
 * The dialects the e2e suite runs on: SQLite always, PostgreSQL unless TEST_POSTGRES=off (which
 * .ci/run sets, with a printed warning, only when no PostgreSQL server can be reached).
 */
export const DIALECTS: Dialect[] = process.env.TEST_POSTGRES === 'off' ? ['sqlite'] : ['sqlite', 'postgres'];

export interface TestApp {
  app: INestApplication;
  http: () => ReturnType<typeof request>;
  /** The API as the holder of the token, or as the public when none is given. */
  as(token?: string): Api;
  /** Where the app listens, as its links name it. */
  baseUrl: string;
  clock: FakeClock;
  smtp: SmtpSink;
  config: AppConfig;
  dataSource: DataSource;
  /**
   * Waits until no more than `claimed` reminders are being sent (a message reaches the SMTP server a
   * moment before its row is marked sent). Tests that then jump the clock by days must wait for this.
   */
  settled(claimed?: number): Promise<void>;
  /** A council with a coordinator, made the way the command line makes them. */
  council(slug?: string): Promise<TestCouncil>;
  close(): Promise<void>;
}

export interface TestCouncil {
  id: string;
  slug: string;
  coordinator: string;
  /** The API as the council's co-ordinator. */
  api: Api;
  /** A token for a new user of this council with the role. */
  token(role: 'coordinator' | 'member' | 'approver' | 'authority', authorityId?: string): Promise<string>;
}

/**
 * Boots the real AppModule through the real migrations on a fresh database of the dialect, a real
 * Redis (with a BullMQ prefix of its own) and a real in-process SMTP server.
 */
export async function startTestApp(dialect: Dialect, env: Record<string, string> = {}): Promise<TestApp> {
  const settings = {
    DATABASE_URL: 'sqlite:./data/unused.sqlite',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `test-${randomBytes(4).toString('hex')}`,
    SMTP_URL: 'smtp://127.0.0.1:25',
    MAIL_FROM: 'Scrutineer <scrutineer@dartford.example.org>',
    // The tests drive the scheduled ticks themselves (SweepsScheduler.tick) with the fake clock.
    SCHEDULER: 'off',
    // The request logs would drown the test output; the observability test reads them from a real server.
    LOG_LEVEL: 'silent',
    ...env,
  };
  // As main.ts does: nothing is built when Redis is missing.
  await preflight(loadConfig(settings));
  // A database the test made itself (env.DATABASE_URL) is the test's to drop.
  const database: ScratchDatabase = env.DATABASE_URL
    ? { url: env.DATABASE_URL, drop: async () => undefined }
    : await createScratchDatabase(dialect, 'e2e');
  const smtp = await SmtpSink.start();
  // The app listens on a real port, so links in its e-mails can be opened by a real browser.
  const port = await freePort();
  const config = loadConfig({
    PORT: String(port),
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    ...settings,
    DATABASE_URL: database.url,
    SMTP_URL: env.SMTP_URL ?? smtp.url,
  });
  const clock = new FakeClock();
  let app: INestApplication;
  try {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    app = moduleRef.createNestApplication({ bodyParser: false, logger: ['error'] });
    configureApp(app);
    await app.listen(port, '127.0.0.1');
  } catch (error) {
    // An app that could not start leaves nothing behind.
    await smtp.close();
    await database.drop();
    throw error;
  }
  const councils = app.get(CouncilsService);
  let made = 0;

  return {
    app,
    http: () => request(app.getHttpServer()),
    as: (token?: string) => apiAs(app.getHttpServer(), token),
    baseUrl: config.publicBaseUrl,
    clock,
    smtp,
    config,
    dataSource: app.get(DataSource),
    async settled(claimed = 0) {
      const sending = () => app.get(DataSource).getRepository(Reminder).countBy({ status: 'sending' });
      await waitFor(`no more than ${claimed} reminder(s) being sent`, async () => (await sending()) <= claimed);
    },
    async council(slug = `council-${randomBytes(3).toString('hex')}`) {
      const council = await councils.createCouncil(slug, `${slug} Borough Council`);
      const commandLine = await councils.systemContext(council.id, { councilId: council.id, userId: null, label: COMMAND_LINE });
      const token = (role: 'coordinator' | 'member' | 'approver' | 'authority', authorityId?: string) =>
        councils.tokenFor(commandLine, { email: `${role}${made++}@${slug}.example.org`, name: `A ${role}`, role, authorityId });
      const coordinator = await token('coordinator');
      return { id: council.id, slug, coordinator, api: apiAs(app.getHttpServer(), coordinator), token };
    },
    async close() {
      await app.close();
      await smtp.close();
      await database.drop();
    },
  };
}
