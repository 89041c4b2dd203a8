import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module.js';
import { ObligationsModule } from '../obligations/obligations.module.js';
import { WorkPlanModule } from '../work-plan/work-plan.module.js';
import { MinutesController, PublicMeetingsController } from './minutes.controller.js';
import { MinuteItem, Minutes } from './minutes.entity.js';
import { MinutesService } from './minutes.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Minutes, MinuteItem]), CalendarModule, WorkPlanModule, ObligationsModule],
  controllers: [MinutesController, PublicMeetingsController],
  providers: [MinutesService],
  exports: [MinutesService],
})
export class MinutesModule {}
