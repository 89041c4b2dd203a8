import { Module } from '@nestjs/common';
import { AnnualReportsModule } from '../annual-reports/annual-reports.module.js';
import { CouncilsModule } from '../councils/councils.module.js';
import { ForwardPlanModule } from '../forward-plan/forward-plan.module.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { MinutesModule } from '../minutes/minutes.module.js';
import { WorkPlanModule } from '../work-plan/work-plan.module.js';
import { PublicHomeController } from './public-home.controller.js';
import { PublishedRecordService } from './published-record.service.js';

/**
 * The council's public home page and the feed of what it published. The public record's other pages
 * are served by the modules that own them, at the same addresses as their public JSON (meetings, work
 * plan, forward plan, annual reports).
 */
@Module({
  imports: [AnnualReportsModule, CouncilsModule, ForwardPlanModule, MeetingsModule, MinutesModule, WorkPlanModule],
  controllers: [PublicHomeController],
  providers: [PublishedRecordService],
})
export class PublicRecordModule {}
