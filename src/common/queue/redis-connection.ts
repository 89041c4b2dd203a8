import { Redis, type RedisOptions } from 'ioredis';

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
 */
export async function assertRedisReachable(url: string, timeoutMs = 5_000): Promise<void> {
  const client = new Redis({
    ...redisOptions(url),
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined); // the rejection below reports it
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.connect().then(() => client.ping()),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
      }),
    ]);
  } catch (error) {
    throw new Error(`Redis is not reachable at ${url} (${(error as Error).message}). ${HOW_TO_START_REDIS}`);
  } finally {
    clearTimeout(timer);
    client.disconnect();
  }
}
