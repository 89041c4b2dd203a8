import { CouncilsModule } from '../councils/councils.module.js';
import { Module } from '@nestjs/common';
import { ForwardPlanPagesController } from './forward-plan-pages.controller.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module.js';
import { WorkPlanModule } from '../work-plan/work-plan.module.js';
import { ForwardPlanController } from './forward-plan.controller.js';
import { ForwardPlanService } from './forward-plan.service.js';
import { KeyDecision } from './key-decision.entity.js';
import { ForwardPlanNotice } from './notice.entity.js';
import { PublicForwardPlanController } from './public-forward-plan.controller.js';
import { UrgencyFormController } from './urgency-form.controller.js';
import { UrgencyRequest } from './urgency-request.entity.js';
import { UrgencyService } from './urgency.service.js';

@Module({
  imports: [MeetingsModule, CouncilsModule, TypeOrmModule.forFeature([ForwardPlanNotice, KeyDecision, UrgencyRequest]), CalendarModule, WorkPlanModule],
  controllers: [ForwardPlanController, UrgencyFormController, PublicForwardPlanController, ForwardPlanPagesController],
  providers: [ForwardPlanService, UrgencyService],
  exports: [ForwardPlanService],
})
export class ForwardPlanModule {}
