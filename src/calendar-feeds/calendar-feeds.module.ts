import { Module } from '@nestjs/common';
import { ObligationsModule } from '../obligations/obligations.module.js';
import { AuthoritiesModule } from '../authorities/authorities.module.js';
import { CouncilsModule } from '../councils/councils.module.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarFeed } from './calendar-feed.entity.js';
import { CalendarFeedsController } from './calendar-feeds.controller.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';

@Module({
  imports: [ObligationsModule, AuthoritiesModule, TypeOrmModule.forFeature([CalendarFeed]), CouncilsModule],
  controllers: [CalendarFeedsController],
  providers: [CalendarFeedsService],
})
export class CalendarFeedsModule {}
