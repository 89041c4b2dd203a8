import { Injectable, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { Transactions } from '../common/database/transactions.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { CommitteesService } from '../councils/committees.service.js';
import { CouncilsModule } from '../councils/councils.module.js';
import type { AnnualReportSettingsDto } from './annual-report.dto.js';
import { AnnualReportSettings } from './annual-report.entity.js';

/**
 * A committee's own words for its annual reports (names, introduction, protocol, work programme) and
 * when they compile by themselves. Apart from the reports themselves, which need the queue: the
 * command line (the demo) sets them with storage alone.
 */
@Injectable()
export class AnnualReportSettingsService {
  constructor(
    private readonly committees: CommitteesService,
    private readonly audit: AuditService,
    private readonly db: Transactions,
  ) {}

  async settings(context: CouncilContext, committeeId: string, input: AnnualReportSettingsDto): Promise<AnnualReportSettings> {
    const { actor } = context;
    if (!(await this.committees.exists(actor.councilId, committeeId))) throw new NotFoundError('Committee', committeeId);
    const settings = this.db.manager.create(AnnualReportSettings, {
      committeeId,
      councilId: actor.councilId,
      councilName: input.councilName ?? null,
      committeeName: input.committeeName ?? null,
      introduction: input.introduction ?? null,
      protocol: input.protocol ?? null,
      workProgramme: input.workProgramme ?? null,
      compileOnDay: input.compileOnDay ?? null,
    });
    await this.db.run(async (manager) => {
      await manager.save(AnnualReportSettings, settings);
      await this.audit.record(manager, actor, { action: 'annual-report-settings', entityType: 'committee', entityId: committeeId, after: settings });
    });
    return settings;
  }
}

@Module({
  imports: [TypeOrmModule.forFeature([AnnualReportSettings]), CouncilsModule],
  providers: [AnnualReportSettingsService],
  exports: [AnnualReportSettingsService],
})
export class AnnualReportSettingsModule {}
