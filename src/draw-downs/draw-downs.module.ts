import { Module } from '@nestjs/common';
import { DrawDownSettingsPagesController } from './draw-down-settings-pages.controller.js';
import { DrawDownPagesController } from './draw-down-pages.controller.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { AuthoritiesModule } from '../authorities/authorities.module.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module.js';
import { CouncilsModule } from '../councils/councils.module.js';
import { ObligationsModule } from '../obligations/obligations.module.js';
import { WorkPlanModule } from '../work-plan/work-plan.module.js';
import { DrawDownDecision, DrawDownRequest, DrawDownSettings } from './draw-down.entity.js';
import { DrawDownsController } from './draw-downs.controller.js';
import { DrawDownsService } from './draw-downs.service.js';
import { ApprovalLink } from './approval-link.entity.js';
import { ApprovalLinks } from './approval-links.js';
import { ApprovalController } from './approval.controller.js';

@Module({
  imports: [MeetingsModule, AuthoritiesModule, TypeOrmModule.forFeature([DrawDownRequest, DrawDownDecision, DrawDownSettings, ApprovalLink]), CalendarModule, CouncilsModule, WorkPlanModule, ObligationsModule],
  controllers: [DrawDownsController, ApprovalController, DrawDownSettingsPagesController, DrawDownPagesController],
  providers: [DrawDownsService, ApprovalLinks],
  exports: [DrawDownsService],
})
export class DrawDownsModule {}
