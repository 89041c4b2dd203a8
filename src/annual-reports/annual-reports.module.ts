import { Module } from '@nestjs/common';
import { AuthoritiesModule } from '../authorities/authorities.module.js';
import { CouncilsModule } from '../councils/councils.module.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module.js';
import { WorkPlanModule } from '../work-plan/work-plan.module.js';
import { AnnualReport, AnnualReportSettings } from './annual-report.entity.js';
import { AnnualReportsController } from './annual-reports.controller.js';
import { AnnualReportsService } from './annual-reports.service.js';

@Module({
  imports: [AuthoritiesModule, TypeOrmModule.forFeature([AnnualReport, AnnualReportSettings]), CalendarModule, WorkPlanModule, CouncilsModule],
  controllers: [AnnualReportsController],
  providers: [AnnualReportsService],
  exports: [AnnualReportsService],
})
export class AnnualReportsModule {}
