import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { StorageModule } from './app/app.module.js';
import { ROLES, type Role } from './common/auth/principal.js';
import { AppConfig, loadConfig } from './common/config/app-config.js';
import { type Dialect } from './app/data-source.js';
import { migrate, schemaDrift, writeMigration } from './app/migration-tool.js';
import { postgresReachable } from './common/database/scratch-database.js';
import { COMMAND_LINE, CouncilsService } from './councils/councils.service.js';
import { loadDartfordDemo } from './demo/dartford.demo.js';
import { SignInLinks } from './sign-in/sign-in-links.js';
import { OperatorsService } from './operators/operators.service.js';
import { SIGN_IN_LINK_MINUTES } from './sign-in/sign-in.rules.js';
import type { INestApplicationContext } from '@nestjs/common';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `Usage: npm run -s cli -- <command> [options]
  council:create --slug <slug> --name <name>            prints the slug
  token:create --council <slug> --email <e> --name <n> --role <${ROLES.join('|')}> [--authority <id>]
                                                        prints the token (only its hash is stored)
  operator:create --email <e> --name <n>                prints a token of the service's operator, who creates and
                                                        suspends councils through the API (only its hash is stored)
  migrate                                               applies pending migrations to DATABASE_URL
  migrate:check                                         fails when entities and migrations drift (both dialects)
  migration:generate <Name>                             writes a migration per dialect for the drift
  sign-in:link --council <slug> --email <e>             prints a single-use link that signs the user in to the pages
                                                        (for the first co-ordinator, or where no mail server is set up)
  demo                                                  loads the Dartford demo council`;

/** Runs one command; returns the process exit code. Output meant for scripts goes to `out` alone. */
export async function runCli(argv: string[], env: Record<string, string | undefined>, io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      name: { type: 'string' },
      council: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      authority: { type: 'string' },
    },
  });
  const config = loadConfig(env);
  const required = (...names: (keyof typeof values)[]) => {
    const missing = names.filter((n) => !values[n]);
    if (missing.length > 0) throw new UsageError(`${command} needs ${missing.map((n) => `--${n}`).join(', ')}`);
    return values as Record<string, string>;
  };

  switch (command) {
    case 'migrate': {
      const applied = await migrate(config.DATABASE_URL);
      io.err(applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date');
      return 0;
    }
    case 'migrate:check':
      return checkMigrations(io);
    case 'migration:generate': {
      const name = positionals[0];
      if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new UsageError('migration:generate needs a name like AddWorkPlan');
      for (const dialect of await dialects(io)) {
        const drift = await schemaDrift(dialect);
        if (drift.up.length === 0) io.err(`${dialect}: no changes`);
        else io.out(writeMigration(dialect, name, drift, new Date()));
      }
      return 0;
    }
    case 'council:create': {
      const { slug, name } = required('slug', 'name');
      const council = await withCouncils(config, (councils) => councils.createCouncil(slug, name, config.TZ_DEFAULT));
      io.out(council.slug);
      return 0;
    }
    case 'token:create': {
      const { council: slug, email, name, role, authority } = required('council', 'email', 'name', 'role');
      if (!ROLES.includes(role as Role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
      const token = await withCouncils(config, async (councils) => {
        const council = await councils.councilBySlug(slug);
        const commandLine = await councils.systemContext(council.id, { councilId: council.id, userId: null, label: COMMAND_LINE });
        return councils.tokenFor(commandLine, { email, name, role: role as Role, authorityId: authority ?? null });
      });
      io.out(token);
      return 0;
    }
    case 'operator:create': {
      const { email, name } = required('email', 'name');
      io.out(await withApp(config, (app) => app.get(OperatorsService).createOperator(email, name)));
      return 0;
    }
    case 'sign-in:link': {
      const { council: slug, email } = required('council', 'email');
      const url = await withApp(config, async (app) => {
        const councils = app.get(CouncilsService);
        const council = await councils.councilBySlug(slug);
        const user = (await councils.usersWithEmail(email)).find((u) => u.councilId === council.id);
        if (!user) throw new UsageError(`${email} is not a user of ${slug}: create them first (token:create)`);
        return app.get(SignInLinks).issue({ userId: user.id });
      });
      io.err(`Open this link within ${SIGN_IN_LINK_MINUTES} minutes; it works once:`);
      io.out(url);
      return 0;
    }
    case 'demo': {
      const app = await NestFactory.createApplicationContext(StorageModule.forRoot(config), { logger: false, abortOnError: false });
      try {
        const token = await loadDartfordDemo(app, config);
        io.err(`Loaded the Dartford demo council into ${config.DATABASE_URL}.`);
        io.err(`API docs: ${config.publicBaseUrl}/api/docs`);
        const councils = app.get(CouncilsService);
        const [coordinator] = await councils.coordinators((await councils.councilBySlug('dartford')).id);
        io.err(`Pages: ${config.publicBaseUrl}/ — sign in as ${coordinator!.email} with this link (once, within ${SIGN_IN_LINK_MINUTES} minutes):`);
        io.err(`  ${await app.get(SignInLinks).issue({ userId: coordinator!.id })}`);
        io.err(`  another: npm run -s cli -- sign-in:link --council dartford --email ${coordinator!.email}`);
        io.err('Coordinator token (shown once):');
        io.out(token);
      } finally {
        await app.close();
      }
      return 0;
    }
    default:
      io.err(USAGE);
      return command ? 2 : 0;
  }
}

class UsageError extends Error {}

async function withCouncils<T>(config: AppConfig, work: (councils: CouncilsService) => Promise<T>): Promise<T> {
  return withApp(config, (app) => work(app.get(CouncilsService)));
}

async function withApp<T>(config: AppConfig, work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const app = await NestFactory.createApplicationContext(StorageModule.forRoot(config), { logger: false, abortOnError: false });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

async function dialects(io: CliIo): Promise<Dialect[]> {
  if (await postgresReachable()) return ['sqlite', 'postgres'];
  io.err('WARNING: no PostgreSQL server answers at POSTGRES_ADMIN_URL; checking SQLite only.');
  return ['sqlite'];
}

/** Both dialects, always: a check of SQLite alone would pass a PostgreSQL schema nobody looked at. */
async function checkMigrations(io: CliIo): Promise<number> {
  if (!(await postgresReachable())) {
    io.err('No PostgreSQL server answers at POSTGRES_ADMIN_URL: the PostgreSQL migrations cannot be checked. Start one (or set POSTGRES_ADMIN_URL) and run again.');
    return 1;
  }
  let drifted = false;
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const drift = await schemaDrift(dialect);
    if (drift.up.length === 0) {
      io.err(`${dialect}: migrations match the entities`);
      continue;
    }
    drifted = true;
    io.err(`${dialect}: the entities need changes no migration makes (run npm run migration:generate -- <Name>):`);
    for (const query of drift.up) io.err(`  ${query}`);
  }
  return drifted ? 1 : 0;
}

const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (isMain) {
  const io: CliIo = { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) };
  runCli(process.argv.slice(2), process.env, io)
    .then((code) => process.exit(code))
    .catch((error: Error) => {
      io.err(error instanceof UsageError ? `${error.message}\n\n${USAGE}` : error.message);
      process.exit(error instanceof UsageError ? 2 : 1);
    });
}


