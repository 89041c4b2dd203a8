import { Module } from '@nestjs/common';
import { CalendarSettingsPagesController } from './calendar-settings-pages.controller.js';
import { CouncilsModule } from '../councils/councils.module.js';
import { BankHolidayCalendar, loadBankHolidayCalendar } from './bank-holidays.js';
import { CalendarController } from './calendar.controller.js';
import { CalendarService } from './calendar.service.js';

@Module({
  imports: [CouncilsModule],
  controllers: [CalendarController, CalendarSettingsPagesController],
  providers: [CalendarService, { provide: BankHolidayCalendar, useFactory: loadBankHolidayCalendar }],
  exports: [CalendarService, BankHolidayCalendar],
})
export class CalendarModule {}
