import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { DynamicModule, Inject, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { AppConfig } from '../config/app-config.js';

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
          connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
        }),
        BullModule.registerQueue(...names.map((name) => ({ name }))),
      ],
      providers: [{ provide: QUEUE_NAMES, useValue: names }, QueueErrorLog],
      exports: [BullModule],
    };
  }
}
