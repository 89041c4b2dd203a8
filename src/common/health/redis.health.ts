import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Redis } from 'ioredis';
import { once } from 'node:events';
import { AppConfig } from '../config/app-config.js';
import { redisOptions } from '../queue/redis-connection.js';

/** Pings the queue's Redis on a connection of its own that fails fast instead of queueing commands. */
@Injectable()
export class RedisHealthIndicator implements OnApplicationShutdown {
  private readonly logger = new Logger(RedisHealthIndicator.name);
  private readonly client: Redis;
  private lastError = '';

  constructor(
    config: AppConfig,
    private readonly health: HealthIndicatorService,
  ) {
    this.client = new Redis({
      ...redisOptions(config.REDIS_URL),
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    });
    // Without a listener an ioredis error would crash the process; log each new error once.
    this.client.on('error', (error: Error) => {
      if (error.message !== this.lastError) this.logger.warn(`Redis: ${error.message}`);
      this.lastError = error.message;
    });
    this.client.on('ready', () => (this.lastError = ''));
  }

  check(key: string) {
    return this.health
      .check(key)
      .attempt(async ({ signal }) => {
        // Just after start (or a reconnect) the connection may still be opening: wait for it, within the timeout.
        if (this.client.status !== 'ready') await once(this.client, 'ready', { signal });
        await this.client.ping();
      })
      .withTimeout(1_000);
  }

  onApplicationShutdown(): void {
    this.client.disconnect();
  }
}
