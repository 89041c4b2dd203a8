import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { DynamicModule, Inject, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { ConnectionOptions, Queue } from 'bullmq';
import { AppConfig } from '../config/app-config.js';
import { Metrics } from '../observability/metrics.service.js';
import { redisOptions } from './redis-connection.js';

const QUEUE_NAMES = Symbol('queue names');

/**
 * Logs a queue's connection errors (each new one once) instead of BullMQ's console output. While
 * Redis is down, ioredis keeps reconnecting and queued work waits; /health reports it.
 */
@Injectable()
class QueueErrorLog implements OnModuleInit {
  private readonly logger = new Logger('Queue');

  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject(QUEUE_NAMES) private readonly names: string[],
  ) {}

  onModuleInit(): void {
    for (const name of this.names) {
      let last = '';
      this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }).on('error', (error: Error) => {
        if (error.message !== last) this.logger.warn(`${name}: ${error.message}`);
        last = error.message;
      });
    }
  }
}

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'prioritized', 'waiting-children'] as const;

/** Each queue's jobs by state, and how long its oldest waiting job has waited, read at each scrape. */
@Injectable()
class QueueMetrics implements OnModuleInit {
  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject(QUEUE_NAMES) private readonly names: string[],
    private readonly metrics: Metrics,
  ) {}

  onModuleInit(): void {
    const queues = this.names.map((name) => [name, this.moduleRef.get<Queue>(getQueueToken(name), { strict: false })] as const);
    this.metrics.gauge('scrutineer_queue_jobs', 'Jobs in each queue, by state', ['queue', 'state'], async () =>
      (await Promise.all(queues.map(async ([name, queue]) => Object.entries(await queue.getJobCounts(...JOB_STATES)).map(([state, value]) => ({ labels: { queue: name, state }, value }))))).flat(),
    );
    this.metrics.gauge('scrutineer_queue_oldest_waiting_seconds', 'How long the oldest job waiting in each queue has waited (0 when none waits)', ['queue'], async () =>
      Promise.all(
        queues.map(async ([name, queue]) => {
          const [oldest] = await queue.getWaiting(-1, -1);
          return { labels: { queue: name }, value: oldest ? Math.max(0, (Date.now() - oldest.timestamp) / 1000) : 0 };
        }),
      ),
    );
  }
}

/** BullMQ on Redis: one connection setting, and the queues the application names (its job registry). */
@Module({})
export class QueueModule {
  static forRoot(config: AppConfig, names: string[]): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRoot({
          prefix: config.QUEUE_PREFIX,
          // maxRetriesPerRequest null: commands wait for Redis to come back rather than fail.
          connection: { ...redisOptions(config.REDIS_URL), maxRetriesPerRequest: null } as ConnectionOptions,
        }),
        BullModule.registerQueue(...names.map((name) => ({ name }))),
      ],
      providers: [{ provide: QUEUE_NAMES, useValue: names }, QueueErrorLog, QueueMetrics],
      exports: [BullModule],
    };
  }
}
