import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { AuthoritiesModule } from '../authorities/authorities.module.js';
import { CouncilsModule } from '../councils/councils.module.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module.js';
import { MeetingsFeedController } from './meetings-feed.controller.js';
import { WorkPlanAmendment } from './work-plan-amendment.entity.js';
import { WorkPlanItem } from './work-plan-item.entity.js';
import { WorkPlanVersion } from './work-plan-version.entity.js';
import { WorkPlanController } from './work-plan.controller.js';
import { WorkPlanService } from './work-plan.service.js';
import { WorkPlanPagesController } from './work-plan-pages.controller.js';

@Module({
  imports: [MeetingsModule, AuthoritiesModule, TypeOrmModule.forFeature([WorkPlanItem, WorkPlanAmendment, WorkPlanVersion]), CalendarModule, CouncilsModule],
  controllers: [WorkPlanController, MeetingsFeedController, WorkPlanPagesController],
  providers: [WorkPlanService],
  exports: [WorkPlanService],
})
export class WorkPlanModule {}
