import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { AnnualReportsService } from '../annual-reports/annual-reports.service.js';
import { QUEUES } from '../common/queue/queues.js';
import { MailOutbox } from '../mail/mail-outbox.service.js';
import { DrawDownsService } from '../draw-downs/draw-downs.service.js';
import { DigestService, SEND_DIGEST } from './digest.service.js';
import { ReminderDeliveryService } from './reminder-delivery.service.js';
import { RemindersService, SEND_REMINDER, SWEEP } from './reminders.service.js';

/**
 * The worker of the reminders queue: sweeps (from the scheduler's ticks: reminders, digests, draw-down
 * decisions, annual reports due or not yet queued, notices the mail server refused), reminders and weekly digests. Jobs carry ids only.
 */
@Processor(QUEUES.reminders, { concurrency: 5 })
export class RemindersProcessor extends WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger(RemindersProcessor.name);
  private lastError = '';
  constructor(
    private readonly reminders: RemindersService,
    private readonly delivery: ReminderDeliveryService,
    private readonly digests: DigestService,
    private readonly drawDowns: DrawDownsService,
    private readonly annualReports: AnnualReportsService,
    private readonly outbox: MailOutbox,
  ) {
    super();
  }

  /**
   * Stop taking jobs at once on shutdown. A job cut short leaves its reminder claimed; the claim goes
   * stale and the sweep sends it again (same Message-ID), so nothing is lost. Waiting instead can hang
   * on a blocking Redis call after Redis has restarted.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close(true);
  }

  /** Connection errors while Redis is away: logged once each; the worker reconnects by itself. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    if (error.message !== this.lastError) this.logger.warn(`Worker: ${error.message}`);
    this.lastError = error.message;
  }

  async process(job: Job<{ reminderId?: string; digestId?: string }>): Promise<unknown> {
    if (job.name === SWEEP) {
      return {
        enqueued: await this.reminders.sweepAll(),
        digests: await this.digests.sweepAll(),
        drawDownReminders: await this.drawDowns.remindAll(),
        annualReports: await this.annualReports.sweepAll(),
        outbox: await this.outbox.deliverDue(),
      };
    }
    if (job.name === SEND_DIGEST && job.data.digestId) return this.digests.send(job.data.digestId);
    if (job.name === SEND_REMINDER && job.data.reminderId) return this.delivery.send(job.data.reminderId);
    return 'skipped';
  }
}
