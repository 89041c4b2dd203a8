import type { RedisOptions } from 'ioredis';
import { connect as netConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

/** ioredis options from a `redis://[user:password@]host:port[/db]` (or `rediss://`) URL. */
export function redisOptions(url: string): RedisOptions {
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
  const { host = '127.0.0.1', port = 6379, tls: useTls } = redisOptions(url);
  try {
    await new Promise<void>((resolve, reject) => {
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
  } catch (error) {
    throw new Error(`Redis is not reachable at ${url} (${(error as Error).message}). ${HOW_TO_START_REDIS}`);
  }
}
