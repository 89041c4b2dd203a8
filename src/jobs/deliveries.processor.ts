import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DigestService } from '../reminders/digest.service.js';
import { ReminderDeliveryService } from '../reminders/reminder-delivery.service.js';
import { JOBS, QUEUES } from './job-registry.js';
import { WorkerErrors } from '../common/queue/worker-errors.js';

/**
 * The worker of the e-mails sent once: reminders and weekly digests. Jobs carry ids only; the row is the
 * truth. Two jobs at once: while one page waits on the database the other's messages keep the mail
 * pool busy, and each page already sends many messages at once. More in flight cost more CPU a message
 * (measured with pages of 100, runs side by side: ×0.99–1.26 of the raw sender's with two, ×1.31–1.39
 * with five, ×1.43–1.54 with three). A mail server that hangs holds up its page however many run beside
 * it; more worker processes add more pages at once.
 */
@Processor(QUEUES.deliveries, { concurrency: 2 })
export class DeliveriesProcessor extends WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger(DeliveriesProcessor.name);
  private readonly errors = new WorkerErrors(this.logger);

  constructor(
    private readonly reminders: ReminderDeliveryService,
    private readonly digests: DigestService,
  ) {
    super();
  }

  /**
   * Stop taking jobs at once on shutdown. A job cut short leaves its row claimed; the claim goes stale
   * and the sweep sends it again (same Message-ID), so nothing is lost. Waiting instead can hang on a
   * blocking Redis call after Redis has restarted.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close(true);
  }

  /** Connection errors while Redis is away: logged once each; the worker reconnects by itself. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.errors.note(error);
  }

  async process(job: Job<{ reminderIds?: string[]; reminderId?: string; digestId?: string }>): Promise<unknown> {
    if (job.name === JOBS.sendReminders.name && Array.isArray(job.data.reminderIds)) return this.reminders.sendPage(job.data.reminderIds);
    if (job.name === JOBS.sendReminder.name && job.data.reminderId) return this.reminders.send(job.data.reminderId);
    if (job.name === JOBS.sendDigest.name && job.data.digestId) return this.digests.send(job.data.digestId);
    return 'skipped';
  }
}
