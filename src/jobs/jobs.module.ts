import { CalendarModule } from '../calendar/calendar.module.js';
import { Module } from '@nestjs/common';
import { ObligationsModule } from '../obligations/obligations.module.js';
import { AuthoritiesModule } from '../authorities/authorities.module.js';
import { AnnualReportsModule } from '../annual-reports/annual-reports.module.js';
import { AnnualReportsProcessor } from '../annual-reports/annual-reports.processor.js';
import { CouncilsModule } from '../councils/councils.module.js';
import { DrawDownsModule } from '../draw-downs/draw-downs.module.js';
import { ResponseLinksModule } from '../response-links/response-links.module.js';
import { ReminderDeliveryService } from '../reminders/reminder-delivery.service.js';
import { RemindersModule } from '../reminders/reminders.module.js';
import { DeliveriesProcessor } from './deliveries.processor.js';
import { SweepsProcessor } from './sweeps.processor.js';
import { SchedulerModule } from './scheduler.module.js';

/**
 * The worker side, where APP_ROLE is worker or all: the scheduler's ticks, the sweeps, the e-mails
 * sent once and the annual reports' compilation. Every queue and job is named in job-registry.ts.
 */
@Module({
  imports: [SchedulerModule, CalendarModule, ObligationsModule, AuthoritiesModule, CouncilsModule, RemindersModule, ResponseLinksModule, DrawDownsModule, AnnualReportsModule],
  providers: [SweepsProcessor, DeliveriesProcessor, ReminderDeliveryService, AnnualReportsProcessor],
})
export class JobsModule {}
