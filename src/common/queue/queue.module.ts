import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { QUEUES } from './queues.js';
import { assertRedisReachable } from './redis-connection.js';

/** Fails the start, within seconds and with instructions, when Redis does not answer. */
class RedisAtStart implements OnModuleInit {
  constructor(private readonly config: AppConfig) {}

  onModuleInit(): Promise<void> {
    return assertRedisReachable(this.config.REDIS_URL, 5_000);
  }
}

/** BullMQ on Redis: one connection setting, every queue registered by its name from QUEUES. */
@Module({})
export class QueueModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRoot({
          prefix: config.QUEUE_PREFIX,
          // Workers need maxRetriesPerRequest null; ioredis then waits for Redis to come back rather than failing jobs.
          connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
        }),
        BullModule.registerQueue(...Object.values(QUEUES).map((name) => ({ name }))),
      ],
      providers: [{ provide: RedisAtStart, useFactory: () => new RedisAtStart(config) }],
      exports: [BullModule],
    };
  }
}
