import { AuthoritiesModule } from '../authorities/authorities.module.js';
import { CalendarModule } from '../calendar/calendar.module.js';
import { CouncilsModule } from '../councils/councils.module.js';
import { Module } from '@nestjs/common';
import { ReminderPolicyPagesController } from './reminder-policy-pages.controller.js';
import { ObligationsModule } from '../obligations/obligations.module.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WeeklyDigest } from './digest.entity.js';
import { DigestService } from './digest.service.js';
import { ReminderPolicy } from './reminder-policy.entity.js';
import { Reminder } from './reminder.entity.js';
import { RemindersController } from './reminders.controller.js';
import { RemindersService } from './reminders.service.js';
import { ContactCorrectionController } from './contact-correction.controller.js';
import { ContactCorrectionLinks } from './contact-correction-links.js';

@Module({
  imports: [CalendarModule, CouncilsModule, AuthoritiesModule, ObligationsModule, TypeOrmModule.forFeature([Reminder, ReminderPolicy, WeeklyDigest])],
  controllers: [RemindersController, ContactCorrectionController, ReminderPolicyPagesController],
  providers: [RemindersService, DigestService, ContactCorrectionLinks],
  exports: [RemindersService, DigestService, ContactCorrectionLinks],
})
export class RemindersModule {}
