import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { CouncilsModule } from '../councils/councils.module.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module.js';
import { ObligationsModule } from '../obligations/obligations.module.js';
import { WorkPlanModule } from '../work-plan/work-plan.module.js';
import { AuthoritiesModule } from '../authorities/authorities.module.js';
import { MinutesPagesController } from './minutes-pages.controller.js';
import { MinuteProposalsService } from './minute-proposals.service.js';
import { MinuteProposalsController, MinutesController, PublicMeetingsController } from './minutes.controller.js';
import { MinuteItem, Minutes } from './minutes.entity.js';
import { MinutesService } from './minutes.service.js';

/** The minutes themselves: in the storage module, so the command line (the demo) can load them. */
@Module({
  imports: [MeetingsModule, TypeOrmModule.forFeature([Minutes, MinuteItem]), CalendarModule, WorkPlanModule, CouncilsModule],
  controllers: [MinutesController, PublicMeetingsController],
  providers: [MinutesService],
  exports: [MinutesService],
})
export class MinutesModule {}

/** Undertakings into obligations, changes into the work plan: needs the obligations (and their reminders' queue). */
@Module({
  imports: [MinutesModule, MeetingsModule, CalendarModule, WorkPlanModule, ObligationsModule, AuthoritiesModule],
  controllers: [MinuteProposalsController, MinutesPagesController],
  providers: [MinuteProposalsService],
})
export class MinuteProposalsModule {}
