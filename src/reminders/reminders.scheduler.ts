import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { Queue } from 'bullmq';
import { jobId, QUEUES } from '../common/queue/queues.js';
import { Clock } from '../common/time/clock.js';
import { SWEEP } from './reminders.service.js';

/** Every five minutes, enqueue one sweep. The tick's job id carries the tick, so replicas collapse into one job. */
@Injectable()
export class RemindersScheduler {
  private readonly logger = new Logger(RemindersScheduler.name);

  constructor(
    private readonly clock: Clock,
    @InjectQueue(QUEUES.reminders) private readonly queue: Queue,
  ) {}

  @Cron('*/5 * * * *', { name: 'sweep-reminders', timeZone: 'Europe/London', waitForCompletion: true })
  async tick(): Promise<void> {
    const slot = this.clock.now().toISOString().slice(0, 16).replace(/\D/g, '');
    try {
      await this.queue.add(SWEEP, { slot }, { jobId: jobId(SWEEP, slot), removeOnComplete: { age: 3600 }, removeOnFail: { age: 24 * 3600 } });
    } catch (error) {
      // Redis is down: the reminders stay due in the database and the next tick tries again.
      this.logger.warn(`Sweep ${slot} not enqueued: ${(error as Error).message}`);
    }
  }
}
