import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module.js';
import { ForwardPlanController } from './forward-plan.controller.js';
import { ForwardPlanService } from './forward-plan.service.js';
import { KeyDecision } from './key-decision.entity.js';
import { ForwardPlanNotice } from './notice.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([ForwardPlanNotice, KeyDecision]), CalendarModule],
  controllers: [ForwardPlanController],
  providers: [ForwardPlanService],
  exports: [ForwardPlanService],
})
export class ForwardPlanModule {}
