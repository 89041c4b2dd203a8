import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CouncilsModule } from '../councils/councils.module.js';
import { MailTemplates } from './mail-templates.js';
import { MailOutbox } from './mail-outbox.service.js';
import { MailController } from './mail.controller.js';
import { MailService } from './mail.service.js';
import { OutboxMail } from './outbox-mail.entity.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMail]), CouncilsModule],
  controllers: [MailController],
  providers: [MailService, MailOutbox, MailTemplates],
  exports: [MailService, MailOutbox, MailTemplates],
})
export class MailModule {}
