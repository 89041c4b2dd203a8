import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReminderPolicy } from './reminder-policy.entity.js';
import { Reminder } from './reminder.entity.js';
import { ReminderDeliveryService } from './reminder-delivery.service.js';
import { RemindersController } from './reminders.controller.js';
import { RemindersProcessor } from './reminders.processor.js';
import { RemindersScheduler } from './reminders.scheduler.js';
import { RemindersService } from './reminders.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Reminder, ReminderPolicy])],
  controllers: [RemindersController],
  providers: [RemindersService],
  exports: [RemindersService],
})
export class RemindersModule {}

/** The worker side: the processor and the scheduler, only where APP_ROLE is worker or all. */
@Module({
  imports: [RemindersModule],
  providers: [RemindersProcessor, RemindersScheduler, ReminderDeliveryService],
})
export class RemindersWorkerModule {}
