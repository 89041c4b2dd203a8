import { Module } from '@nestjs/common';
import { AuthoritiesModule } from '../authorities/authorities.module.js';
import { CalendarModule } from '../calendar/calendar.module.js';
import { CouncilsModule } from '../councils/councils.module.js';
import { DrawDownsModule } from '../draw-downs/draw-downs.module.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { ObligationsModule } from '../obligations/obligations.module.js';
import { RemindersModule } from '../reminders/reminders.module.js';
import { WorkPlanModule } from '../work-plan/work-plan.module.js';
import { ThisWeekController } from './this-week.controller.js';
import { ThisWeekService } from './this-week.service.js';

/** The co-ordinator's home page: a read of the week across the modules that own its parts. */
@Module({
  imports: [AuthoritiesModule, CalendarModule, CouncilsModule, DrawDownsModule, MeetingsModule, ObligationsModule, RemindersModule, WorkPlanModule],
  controllers: [ThisWeekController],
  providers: [ThisWeekService],
})
export class ThisWeekModule {}
