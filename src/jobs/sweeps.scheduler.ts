import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { Queue } from 'bullmq';
import { jobId } from '../common/queue/queues.js';
import { Clock } from '../common/time/clock.js';
import { QUEUES, SWEEP_OPTIONS, SWEEPS } from './job-registry.js';

/**
 * Every five minutes, one job per sweep. Cron only enqueues; each job's id carries the tick, so the
 * ticks of several instances collapse into one job per sweep.
 */
@Injectable()
export class SweepsScheduler {
  private readonly logger = new Logger(SweepsScheduler.name);

  constructor(
    private readonly clock: Clock,
    @InjectQueue(QUEUES.sweeps) private readonly queue: Queue,
  ) {}

  @Cron('*/5 * * * *', { name: 'sweeps', timeZone: 'Europe/London', waitForCompletion: true })
  async tick(): Promise<void> {
    const slot = this.clock.now().toISOString().slice(0, 16).replace(/\D/g, '');
    try {
      await this.queue.addBulk(Object.values(SWEEPS).map((name) => ({ name, data: { slot }, opts: { ...SWEEP_OPTIONS, jobId: jobId(name, slot) } })));
    } catch (error) {
      // Redis is down: the work stays due in the database and the next tick tries again.
      this.logger.warn(`Sweeps of ${slot} not enqueued: ${(error as Error).message}`);
    }
  }
}
