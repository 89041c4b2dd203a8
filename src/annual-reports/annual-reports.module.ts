import { Module } from '@nestjs/common';
import { AuthoritiesModule } from '../authorities/authorities.module.js';
import { CouncilsModule } from '../councils/councils.module.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module.js';
import { DrawDownsModule } from '../draw-downs/draw-downs.module.js';
import { ForwardPlanModule } from '../forward-plan/forward-plan.module.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { MinutesModule } from '../minutes/minutes.module.js';
import { ObligationsModule } from '../obligations/obligations.module.js';
import { WorkPlanModule } from '../work-plan/work-plan.module.js';
import { AnnualReport, AnnualReportSettings } from './annual-report.entity.js';
import { AnnualReportsController } from './annual-reports.controller.js';
import { DraftLinkController } from './draft-link.controller.js';
import { AnnualReportPagesController } from './annual-report-pages.controller.js';
import { AnnualReportsService } from './annual-reports.service.js';
import { AnnualReportSettingsModule } from './annual-report-settings.service.js';

@Module({
  imports: [AnnualReportSettingsModule, AuthoritiesModule, TypeOrmModule.forFeature([AnnualReport, AnnualReportSettings]), CalendarModule, WorkPlanModule, CouncilsModule, MeetingsModule, MinutesModule, ObligationsModule, DrawDownsModule, ForwardPlanModule],
  controllers: [AnnualReportsController, DraftLinkController, AnnualReportPagesController],
  providers: [AnnualReportsService],
  exports: [AnnualReportsService],
})
export class AnnualReportsModule {}
