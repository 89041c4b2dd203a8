import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { AnnualReportsService } from '../annual-reports/annual-reports.service.js';
import { DrawDownsService } from '../draw-downs/draw-downs.service.js';
import { MailOutbox } from '../mail/mail-outbox.service.js';
import { DigestService } from '../reminders/digest.service.js';
import { RemindersService } from '../reminders/reminders.service.js';
import { QUEUES, type SweepName, SWEEPS } from './job-registry.js';

/**
 * The scheduled sweeps, each a job of its own: reminders due, weekly digests, approvers to remind,
 * annual reports due or not yet queued, notices the mail server refused. A sweep that fails is
 * retried on its own; the others run regardless.
 */
@Processor(QUEUES.sweeps, { concurrency: 1 })
export class SweepsProcessor extends WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger(SweepsProcessor.name);
  private lastError = '';
  private readonly sweeps: Record<SweepName, () => Promise<number>>;

  constructor(reminders: RemindersService, digests: DigestService, drawDowns: DrawDownsService, annualReports: AnnualReportsService, outbox: MailOutbox) {
    super();
    this.sweeps = {
      [SWEEPS.reminders]: () => reminders.sweepAll(),
      [SWEEPS.digests]: () => digests.sweepAll(),
      [SWEEPS.drawDownReminders]: () => drawDowns.remindAll(),
      [SWEEPS.annualReports]: () => annualReports.sweepAll(),
      [SWEEPS.outbox]: () => outbox.deliverDue(),
    };
  }

  /** Stop taking jobs at once on shutdown: a sweep cut short is simply run again at the next tick. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close(true);
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    if (error.message !== this.lastError) this.logger.warn(`Worker: ${error.message}`);
    this.lastError = error.message;
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.error(`${job?.name ?? 'A sweep'} failed (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`);
  }

  async process(job: Job<{ slot: string }>): Promise<unknown> {
    const sweep = this.sweeps[job.name as SweepName];
    return sweep ? { done: await sweep() } : 'skipped';
  }
}
