import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Logger } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { AnnualReportsService } from '../annual-reports/annual-reports.service.js';
import { jobId } from '../common/queue/queues.js';
import { CouncilsService } from '../councils/councils.service.js';
import { DrawDownsService } from '../draw-downs/draw-downs.service.js';
import { MailOutbox } from '../mail/mail-outbox.service.js';
import { DigestService } from '../reminders/digest.service.js';
import { RemindersService } from '../reminders/reminders.service.js';
import { QUEUES, SWEEP_OPTIONS, type SweepName, SWEEPS } from './job-registry.js';
import { WorkerErrors } from '../common/queue/worker-errors.js';

/**
 * The scheduled sweeps, each a job of its own: reminders due, weekly digests, approvers to remind,
 * annual reports due or not yet queued, notices the mail server refused. A sweep that fails is
 * retried on its own; the others run regardless.
 */
@Processor(QUEUES.sweeps, { concurrency: 1 })
export class SweepsProcessor extends WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger(SweepsProcessor.name);
  private readonly errors = new WorkerErrors(this.logger);
  /** Each council's part of a sweep that goes council by council (COUNCIL_SWEEPS). */
  private readonly councilSweeps: Partial<Record<SweepName, (councilId: string) => Promise<number>>>;
  /** The sweeps run whole. */
  private readonly wholeSweeps: Partial<Record<SweepName, () => Promise<number>>>;

  constructor(
    reminders: RemindersService,
    digests: DigestService,
    drawDowns: DrawDownsService,
    annualReports: AnnualReportsService,
    outbox: MailOutbox,
    private readonly councils: CouncilsService,
    @InjectQueue(QUEUES.sweeps) private readonly queue: Queue,
  ) {
    super();
    this.councilSweeps = {
      [SWEEPS.reminders]: (councilId) => reminders.sweep(councilId),
      [SWEEPS.digests]: (councilId) => digests.sweep(councilId),
      [SWEEPS.drawDownReminders]: (councilId) => drawDowns.remindApprovers(councilId),
      [SWEEPS.annualReports]: (councilId) => annualReports.sweep(councilId),
    };
    this.wholeSweeps = { [SWEEPS.outbox]: () => outbox.deliverDue() };
  }

  /** Stop taking jobs at once on shutdown: a sweep cut short is simply run again at the next tick. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close(true);
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.errors.note(error);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.error(`${job?.name ?? 'A sweep'} failed (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`);
  }

  async process(job: Job<{ slot: string; councilId?: string }>): Promise<unknown> {
    const name = job.name as SweepName;
    const forCouncil = this.councilSweeps[name];
    if (forCouncil && job.data.councilId) return { done: await forCouncil(job.data.councilId) };
    if (forCouncil) {
      // The tick's job: one job per council, its id carrying the tick and the council (added once, whoever adds it).
      const { slot } = job.data;
      const ids = await this.councils.councilIds();
      await this.queue.addBulk(ids.map((councilId) => ({ name, data: { slot, councilId }, opts: { ...SWEEP_OPTIONS, jobId: jobId(name, slot, councilId) } })));
      return { councils: ids.length };
    }
    const whole = this.wholeSweeps[name];
    return whole ? { done: await whole() } : 'skipped';
  }
}
