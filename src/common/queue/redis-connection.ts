import type { RedisOptions } from 'ioredis';
import { connect as netConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

/**
 * ioredis options from REDIS_URL: `redis://[user:password@]host:port[/db]` (or `rediss://` for TLS),
 * or `redis+sentinel://[user:password@]host:port[,host:port…]/<master name>[/db]` for a Redis watched
 * by Sentinels, which say which server is the master now (the password is the master's; Sentinels
 * asked without one).
 */
export function redisOptions(url: string): RedisOptions {
  const sentinel = /^redis\+sentinel:\/\/(?:([^:@/]*)(?::([^@/]*))?@)?([^/]+)\/([^/]+)(?:\/(\d+))?\/?$/.exec(url);
  if (sentinel) {
    const [, username, password, hosts, name, db] = sentinel;
    return {
      sentinels: hosts.split(',').map((address) => {
        const [host, port] = address.trim().split(':');
        return { host: host || '127.0.0.1', port: port ? Number(port) : 26379 };
      }),
      name: decodeURIComponent(name),
      username: username ? decodeURIComponent(username) : undefined,
      password: password ? decodeURIComponent(password) : undefined,
      db: db ? Number(db) : 0,
    };
  }
  const parsed = new URL(url);
  const db = parsed.pathname.replace(/^\//, '');
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: db ? Number(db) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
  };
}

export const HOW_TO_START_REDIS =
  'Start one with: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no ' +
  '(Debian/Ubuntu: apt-get install redis-server), or point REDIS_URL at a running Redis.';

/**
 * Resolves when Redis answers PING within the time limit, rejects with a message that says how to
 * start one otherwise. Used at start so that the app fails fast instead of hanging on its queues.
 * A plain socket is enough: any Redis reply (even NOAUTH) shows a server is there, and nothing
 * lingers afterwards.
 */
export async function assertRedisReachable(url: string, timeoutMs = 5_000): Promise<void> {
  const options = redisOptions(url);
  // Behind Sentinels, one of them answering is enough to start: they find the master.
  const servers = options.sentinels?.map((s) => ({ host: s.host ?? '127.0.0.1', port: s.port ?? 26379 })) ?? [{ host: options.host ?? '127.0.0.1', port: options.port ?? 6379 }];
  const problems: string[] = [];
  for (const server of servers) {
    try {
      return await pingRedis(server.host, server.port, !!options.tls, timeoutMs);
    } catch (error) {
      problems.push(`${server.host}:${server.port}: ${(error as Error).message}`);
    }
  }
  throw new Error(`Redis is not reachable at ${url} (${problems.join('; ')}). ${HOW_TO_START_REDIS}`);
}

/** One PING on a plain socket. */
function pingRedis(host: string, port: number, useTls: boolean, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const socket = useTls ? tlsConnect({ host, port, servername: host }) : netConnect({ host, port });
    const finish = (error?: Error) => {
      socket.destroy();
      if (error) reject(error);
      else resolve();
    };
    socket.setTimeout(timeoutMs, () => finish(new Error('timed out')));
    socket.once('error', finish);
    socket.once(useTls ? 'secureConnect' : 'connect', () => socket.write('PING\r\n'));
    socket.once('data', (reply: Buffer) =>
      /^[+-]/.test(reply.toString()) ? finish() : finish(new Error('the server there does not speak Redis')),
    );
  });
}
