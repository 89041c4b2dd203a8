import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('gives the embedded defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      DATABASE_URL: 'sqlite:./data/scrutineer.sqlite',
      REDIS_URL: 'redis://127.0.0.1:6379',
      APP_ROLE: 'all',
      TZ_DEFAULT: 'Europe/London',
      SQLITE_SYNCHRONOUS: 'full',
    });
    expect(config.publicBaseUrl).toBe('http://localhost:3000');
  });

  it('reads what is set', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://scrutineer@db:5432/scrutineer',
      APP_ROLE: 'worker',
      PUBLIC_BASE_URL: 'https://scrutiny.dartford.gov.uk',
      MAIL_FROM: 'Democratic Services <democratic.services@dartford.gov.uk>',
      SQLITE_SYNCHRONOUS: 'normal',
    });
    expect(config.PORT).toBe(8080);
    expect(config.SQLITE_SYNCHRONOUS).toBe('normal');
    expect(config.DATABASE_URL).toBe('postgres://scrutineer@db:5432/scrutineer');
    expect(config.APP_ROLE).toBe('worker');
    expect(config.publicBaseUrl).toBe('https://scrutiny.dartford.gov.uk');
  });

  it('takes Sentinels, a Cluster-safe queue prefix and the PostgreSQL pool settings', () => {
    const config = loadConfig({ REDIS_URL: 'redis+sentinel://s1:26379,s2:26379/mymaster', QUEUE_PREFIX: '{scrutineer}', DATABASE_POOL_SIZE: '25', DATABASE_STATEMENT_TIMEOUT_MS: '30000' });
    expect(config).toMatchObject({ REDIS_URL: 'redis+sentinel://s1:26379,s2:26379/mymaster', QUEUE_PREFIX: '{scrutineer}', DATABASE_POOL_SIZE: 25, DATABASE_STATEMENT_TIMEOUT_MS: 30000 });
    expect(loadConfig({})).toMatchObject({ DATABASE_POOL_SIZE: 10, DATABASE_STATEMENT_TIMEOUT_MS: 0 });
    expect(() => loadConfig({ REDIS_URL: 'redis+sentinel://s1:26379', QUEUE_PREFIX: '{a}b', DATABASE_POOL_SIZE: '0', DATABASE_STATEMENT_TIMEOUT_MS: 'soon' })).toThrow(
      expect.objectContaining({
        problems: expect.arrayContaining([
          expect.stringContaining('REDIS_URL must be'),
          expect.stringContaining('QUEUE_PREFIX must be'),
          'DATABASE_POOL_SIZE must be at least 1',
          expect.stringContaining('DATABASE_STATEMENT_TIMEOUT_MS must be a whole number'),
        ]),
      }),
    );
  });

  it('takes a PostgreSQL read replica, and refuses one beside SQLite or not PostgreSQL', () => {
    const replica = 'postgres://reader@standby.internal:5432/scrutineer';
    expect(loadConfig({ DATABASE_URL: 'postgres://app@primary.internal:5432/scrutineer', DATABASE_REPLICA_URL: replica }).DATABASE_REPLICA_URL).toBe(replica);
    expect(loadConfig({}).DATABASE_REPLICA_URL).toBeUndefined();
    expect(() => loadConfig({ DATABASE_REPLICA_URL: replica })).toThrow(expect.objectContaining({ problems: ['DATABASE_REPLICA_URL: a replica is for PostgreSQL; DATABASE_URL is SQLite'] }));
    expect(() => loadConfig({ DATABASE_URL: 'postgres://app@primary.internal/scrutineer', DATABASE_REPLICA_URL: 'mysql://standby' })).toThrow(
      expect.objectContaining({ problems: ['DATABASE_REPLICA_URL must be postgres://user@host:port/database'] }),
    );
  });

  it("takes the port a worker's metrics are served on", () => {
    expect(loadConfig({ METRICS_PORT: '9464' }).METRICS_PORT).toBe(9464);
    expect(loadConfig({}).METRICS_PORT).toBeUndefined();
    expect(() => loadConfig({ METRICS_PORT: 'nine' })).toThrow(expect.objectContaining({ problems: ['METRICS_PORT must be a port number between 1 and 65535'] }));
    expect(() => loadConfig({ METRICS_PORT: '70000' })).toThrow(expect.objectContaining({ problems: ['METRICS_PORT must be a port number between 1 and 65535'] }));
  });

  it('lists every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        REDIS_URL: 'localhost',
        APP_ROLE: 'both',
        TZ_DEFAULT: 'Europe/Atlantis',
        LINK_SECRET: 'short',
        SMTP_URL: 'mail.example.org',
        MIGRATIONS: 'sometimes',
        TRUST_PROXY: 'everyone',
        SQLITE_SYNCHRONOUS: 'off',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'REDIS_URL', 'APP_ROLE', 'TZ_DEFAULT', 'LINK_SECRET', 'SMTP_URL', 'MIGRATIONS', 'TRUST_PROXY', 'SQLITE_SYNCHRONOUS']) {
      expect(problems).toContain(name);
    }
    expect((error as ConfigError).problems).toHaveLength(10);
  });

  it.each([
    [undefined, false],
    ['false', false],
    ['true', true],
    ['1', 1],
    ['loopback', 'loopback'],
    ['10.0.0.0/8, 192.168.1.4', '10.0.0.0/8, 192.168.1.4'],
  ])('TRUST_PROXY=%s is given to Express as %j', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });
});
