import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailOutbox } from './mail-outbox.service.js';
import { MailController } from './mail.controller.js';
import { MailService } from './mail.service.js';
import { OutboxMail } from './outbox-mail.entity.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMail])],
  controllers: [MailController],
  providers: [MailService, MailOutbox],
  exports: [MailService, MailOutbox],
})
export class MailModule {}
