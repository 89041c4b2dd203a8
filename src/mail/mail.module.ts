import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CouncilsModule } from '../councils/councils.module.js';
import { MailTemplates } from './mail-templates.js';
import { MailWording } from './mail-wording.entity.js';
import { MailWordingPagesController } from './mail-wording-pages.controller.js';
import { MailWordings } from './mail-wordings.service.js';
import { MailWordingsController } from './mail-wordings.controller.js';
import { MailOutbox } from './mail-outbox.service.js';
import { MailController } from './mail.controller.js';
import { MailService } from './mail.service.js';
import { OutboxMail } from './outbox-mail.entity.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMail, MailWording]), CouncilsModule],
  controllers: [MailController, MailWordingsController, MailWordingPagesController],
  providers: [MailService, MailOutbox, MailTemplates, MailWordings],
  exports: [MailService, MailOutbox, MailTemplates],
})
export class MailModule {}
