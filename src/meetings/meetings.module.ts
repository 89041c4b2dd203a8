import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module.js';
import { CouncilsModule } from '../councils/councils.module.js';
import { AgendaItem } from './agenda-item.entity.js';
import { Meeting } from './meeting.entity.js';
import { MeetingsController } from './meetings.controller.js';
import { MeetingsService } from './meetings.service.js';
import { MeetingPagesController } from './meeting-pages.controller.js';

@Module({
  imports: [TypeOrmModule.forFeature([Meeting, AgendaItem]), CouncilsModule, CalendarModule],
  controllers: [MeetingsController, MeetingPagesController],
  providers: [MeetingsService],
  exports: [MeetingsService],
})
export class MeetingsModule {}
