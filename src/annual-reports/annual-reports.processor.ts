import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JOBS, QUEUES } from '../jobs/job-registry.js';
import { AnnualReportsService } from './annual-reports.service.js';
import { WorkerErrors } from '../common/queue/worker-errors.js';

/** The worker of the annual reports queue: one compilation per job, progress kept on the report. */
@Processor(QUEUES.annualReports, { concurrency: 1 })
export class AnnualReportsProcessor extends WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger(AnnualReportsProcessor.name);
  private readonly errors = new WorkerErrors(this.logger);

  constructor(private readonly reports: AnnualReportsService) {
    super();
  }

  /** A compilation cut short leaves its report compiling; the next sweep queues it again. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close(true);
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.errors.note(error);
  }

  async process(job: Job<{ reportId?: string }>): Promise<unknown> {
    if (job.name !== JOBS.compileAnnualReport.name || !job.data.reportId) return 'skipped';
    const report = await this.reports.compile(job.data.reportId, (percent) => job.updateProgress(percent));
    return report ? { status: report.status, version: report.version } : 'not compiled';
  }
}
