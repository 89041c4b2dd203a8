import { CouncilsModule } from '../councils/councils.module.js';
import { Module } from '@nestjs/common';
import { AnnualReportsModule } from '../annual-reports/annual-reports.module.js';
import { AnnualReportsProcessor } from '../annual-reports/annual-reports.processor.js';
import { DrawDownsModule } from '../draw-downs/draw-downs.module.js';
import { ResponseLinksModule } from '../response-links/response-links.module.js';
import { ReminderDeliveryService } from './reminder-delivery.service.js';
import { RemindersModule } from './reminders.module.js';
import { RemindersProcessor } from './reminders.processor.js';
import { RemindersScheduler } from './reminders.scheduler.js';

/** The worker side: the processors (reminders, annual reports) and the scheduler, only where APP_ROLE is worker or all. */
@Module({
  imports: [CouncilsModule, RemindersModule, ResponseLinksModule, DrawDownsModule, AnnualReportsModule],
  providers: [RemindersProcessor, RemindersScheduler, ReminderDeliveryService, AnnualReportsProcessor],
})
export class RemindersWorkerModule {}
