import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const APP_ROLES = ['api', 'worker', 'scheduler', 'all'] as const;
export type AppRole = (typeof APP_ROLES)[number];

export const DEFAULT_DATABASE_URL = 'sqlite:./data/scrutineer.sqlite';

/**
 * Every environment variable the app reads, validated in one place. The README's configuration
 * table is written from this class: keep the two together.
 */
export class AppConfig {
  @Transform(({ value }) => (value === undefined || value === '' ? 3000 : Number(value)))
  @IsInt({ message: 'PORT must be an integer between 0 and 65535' })
  @Min(0, { message: 'PORT must be an integer between 0 and 65535' })
  @Max(65535, { message: 'PORT must be an integer between 0 and 65535' })
  PORT = 3000;

  @Matches(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, {
    message: 'DATABASE_URL must be sqlite:<path> or postgres://user@host:port/database',
  })
  DATABASE_URL = DEFAULT_DATABASE_URL;

  /**
   * How a SQLite commit reaches the disk. `full` (the default): each commit is synced before it is
   * acknowledged, so a power cut loses nothing acknowledged. `normal` (under WAL): commits are synced
   * at checkpoints, much faster when the disk is slow to sync, but a power cut or an operating system
   * crash may lose the last commits (never corrupting the file; a crash of the app alone loses nothing).
   */
  @IsIn(['full', 'normal'], { message: 'SQLITE_SYNCHRONOUS must be full or normal' })
  SQLITE_SYNCHRONOUS: 'full' | 'normal' = 'full';

  @Matches(/^(rediss?:\/\/[^\s]+|redis\+sentinel:\/\/[^\s/]+\/[^\s/]+(\/\d+)?\/?)$/, { message: 'REDIS_URL must be redis://host:port[/db], rediss://…, or redis+sentinel://host:port[,host:port…]/<master name>[/db]' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every BullMQ key in Redis; lets several deployments (or test runs) share one Redis. */
  @Matches(/^([A-Za-z0-9_-]{1,40}|\{[A-Za-z0-9_-]{1,38}\})$/, { message: 'QUEUE_PREFIX must be 1-40 letters, digits, _ or -, or such a name in braces ({scrutineer}) for a Redis Cluster' })
  QUEUE_PREFIX = 'scrutineer';

  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'SMTP_URL must be smtp://[user:pass@]host:port or smtps://…' })
  SMTP_URL = 'smtp://127.0.0.1:25';

  @IsString()
  @Matches(/^(.*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/, {
    message: 'MAIL_FROM must be an address, optionally with a name: "Scrutineer <noreply@council.gov.uk>"',
  })
  MAIL_FROM = 'Scrutineer <scrutineer@localhost>';

  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+[^/\s]$/, { message: 'PUBLIC_BASE_URL must be an http(s) URL without a trailing slash' })
  PUBLIC_BASE_URL?: string;

  /** Signs the single-use response links sent to authorities. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'LINK_SECRET must be at least 32 characters' })
  LINK_SECRET?: string;

  @IsIn(APP_ROLES, { message: `APP_ROLE must be one of ${APP_ROLES.join(', ')}` })
  APP_ROLE: AppRole = 'all';

  /** `off` stops the timed ticks (the workers still run); tests drive the ticks themselves. */
  @IsIn(['on', 'off'], { message: 'SCHEDULER must be on or off' })
  SCHEDULER: 'on' | 'off' = 'on';

  /**
   * `on`: this instance applies pending migrations at start (under a lock, so instances started
   * together take turns). `off`: it does not, and refuses to start while any are pending; for
   * deployments that run `npm run migrate` as a step of their own.
   */
  @IsIn(['on', 'off'], { message: 'MIGRATIONS must be on or off' })
  MIGRATIONS: 'on' | 'off' = 'on';

  /**
   * Which proxies in front of the server to believe about the client's address (X-Forwarded-For),
   * as Express's `trust proxy` takes it: `false` (none, the default), `true` (any), a number of hops,
   * or a comma-separated list of addresses, subnets or `loopback`/`linklocal`/`uniquelocal`.
   */
  @Matches(/^(false|true|\d{1,2}|[0-9a-fA-F.:/,\s]+|(loopback|linklocal|uniquelocal)(\s*,\s*[0-9a-zA-Z.:/]+)*)$/, {
    message: 'TRUST_PROXY must be false, true, a number of hops, or a comma-separated list of addresses or subnets (e.g. loopback, 10.0.0.0/8)',
  })
  TRUST_PROXY = 'false';

  /**
   * Where councils' own wording of the e-mails is kept: `<folder>/<council slug>/<module>/<name>.mail.njk`
   * replaces `src/<module>/<name>.mail.njk` for that council. Relative to the project; read at start.
   */
  @IsOptional()
  @IsString()
  MAIL_TEMPLATES_DIR?: string;

  /** PostgreSQL: connections each process keeps open (their sum over processes must stay under the server's max_connections). */
  @Transform(({ value }) => (value === undefined || value === '' ? 10 : Number(value)))
  @IsInt({ message: 'DATABASE_POOL_SIZE must be a whole number' })
  @Min(1, { message: 'DATABASE_POOL_SIZE must be at least 1' })
  @Max(500, { message: 'DATABASE_POOL_SIZE must be at most 500' })
  DATABASE_POOL_SIZE = 10;

  /** PostgreSQL: milliseconds after which the server stops a statement (0: no limit). */
  @Transform(({ value }) => (value === undefined || value === '' ? 0 : Number(value)))
  @IsInt({ message: 'DATABASE_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds' })
  @Min(0, { message: 'DATABASE_STATEMENT_TIMEOUT_MS must be 0 (no limit) or more' })
  DATABASE_STATEMENT_TIMEOUT_MS = 0;

  /**
   * PostgreSQL: a read-only replica (a streaming standby) that public pages and feeds read from; the
   * rest of the app reads and writes DATABASE_URL. Unset: everything on DATABASE_URL.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+$/, { message: 'DATABASE_REPLICA_URL must be postgres://user@host:port/database' })
  DATABASE_REPLICA_URL?: string;

  /** How much the JSON logs say: fatal, error, warn, info (the default), debug, trace, or silent. */
  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevel = 'info';

  /**
   * The bearer token Prometheus sends to read `/metrics` (at least 24 characters). Without it the
   * metrics are not served: they say how busy each part is, which is for the operator alone.
   */
  @IsOptional()
  @IsString()
  @MinLength(24, { message: 'METRICS_TOKEN must be at least 24 characters' })
  METRICS_TOKEN?: string;

  /**
   * Worker and scheduler processes, which answer no HTTP otherwise: the port their `/metrics` is served
   * on (to the holder of METRICS_TOKEN), so that what they count (reminders sent, sweeps) is scraped
   * too. API processes serve `/metrics` on PORT and ignore it.
   */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'METRICS_PORT must be a port number between 1 and 65535' })
  @Min(1, { message: 'METRICS_PORT must be a port number between 1 and 65535' })
  @Max(65535, { message: 'METRICS_PORT must be a port number between 1 and 65535' })
  METRICS_PORT?: number;

  @Matches(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/, { message: 'TZ_DEFAULT must be an IANA time zone such as Europe/London' })
  TZ_DEFAULT = 'Europe/London';

  /** TRUST_PROXY as Express's `trust proxy` setting takes it. */
  get trustProxy(): boolean | number | string {
    const value = this.TRUST_PROXY.trim();
    return value === 'true' ? true : value === 'false' ? false : /^\d+$/.test(value) ? Number(value) : value;
  }

  get publicBaseUrl(): string {
    return this.PUBLIC_BASE_URL ?? `http://localhost:${this.PORT}`;
  }

  /** The domain of MAIL_FROM, which the app's Message-IDs and calendar UIDs are made in. */
  get mailDomain(): string {
    return this.MAIL_FROM.replace(/^.*@/, '').replace(/>.*$/, '');
  }
}

export const CONFIG_KEYS = [
  'PORT',
  'DATABASE_URL',
  'SQLITE_SYNCHRONOUS',
  'REDIS_URL',
  'QUEUE_PREFIX',
  'SMTP_URL',
  'MAIL_FROM',
  'PUBLIC_BASE_URL',
  'LINK_SECRET',
  'APP_ROLE',
  'SCHEDULER',
  'MIGRATIONS',
  'TRUST_PROXY',
  'TZ_DEFAULT',
  'MAIL_TEMPLATES_DIR',
  'LOG_LEVEL',
  'METRICS_TOKEN',
  'METRICS_PORT',
  'DATABASE_POOL_SIZE',
  'DATABASE_STATEMENT_TIMEOUT_MS',
  'DATABASE_REPLICA_URL',
] as const;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the environment; throws a ConfigError that lists every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const given = Object.fromEntries(
    CONFIG_KEYS.filter((key) => env[key] !== undefined && env[key] !== '').map((key) => [key, env[key]]),
  );
  const config = plainToInstance(AppConfig, given, { exposeDefaultValues: true });
  const problems = [...new Set(validateSync(config).flatMap((error) => Object.values(error.constraints ?? {})))];
  if (!problems.some((p) => p.startsWith('TZ_DEFAULT')) && !isTimeZone(config.TZ_DEFAULT)) {
    problems.push(`TZ_DEFAULT: unknown time zone "${config.TZ_DEFAULT}"`);
  }
  if (config.DATABASE_REPLICA_URL && !/^postgres/.test(config.DATABASE_URL)) problems.push('DATABASE_REPLICA_URL: a replica is for PostgreSQL; DATABASE_URL is SQLite');
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
