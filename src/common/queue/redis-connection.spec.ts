import { describe, expect, it } from '@jest/globals';
import { createServer, type Socket } from 'node:net';
import { assertRedisReachable, redisOptions } from './redis-connection.js';

describe('redisOptions', () => {
  it('reads host, port, credentials, database and TLS from the URL', () => {
    expect(redisOptions('redis://127.0.0.1:6379')).toMatchObject({ host: '127.0.0.1', port: 6379, db: 0, tls: undefined });
    expect(redisOptions('rediss://user:p%40ss@cache.internal:6380/2')).toMatchObject({
      host: 'cache.internal',
      port: 6380,
      username: 'user',
      password: 'p@ss',
      db: 2,
      tls: {},
    });
  });

  it('reads Sentinels, the master they watch, its credentials and database', () => {
    expect(redisOptions('redis+sentinel://s1.internal:26379,s2.internal,10.0.0.3:26380/mymaster')).toEqual({
      sentinels: [
        { host: 's1.internal', port: 26379 },
        { host: 's2.internal', port: 26379 },
        { host: '10.0.0.3', port: 26380 },
      ],
      name: 'mymaster',
      username: undefined,
      password: undefined,
      db: 0,
    });
    expect(redisOptions('redis+sentinel://default:p%40ss@s1:26379/queues/3')).toMatchObject({ sentinels: [{ host: 's1', port: 26379 }], name: 'queues', username: 'default', password: 'p@ss', db: 3 });
  });
});

describe('assertRedisReachable', () => {
  it('fails fast, saying how to start Redis, when nothing listens', async () => {
    // A port that was free a moment ago: nothing listens there.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise((resolve) => server.close(resolve));

    const started = Date.now();
    await expect(assertRedisReachable(`redis://127.0.0.1:${port}`, 2_000)).rejects.toThrow(/redis-server/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('fails within its time limit when a server accepts but never answers', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    const started = Date.now();
    try {
      await expect(assertRedisReachable(`redis://127.0.0.1:${port}`, 1_000)).rejects.toThrow(/not reachable/);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      sockets.forEach((socket) => socket.destroy());
      silent.close();
    }
  });
});
