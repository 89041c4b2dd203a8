import { Module } from '@nestjs/common';
import { AuthoritiesModule } from '../authorities/authorities.module.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { CouncilsModule } from '../councils/councils.module.js';
import { ObligationExtension } from './obligation-extension.entity.js';
import { ObligationGroup } from './obligation-group.entity.js';
import { ObligationResponse } from './obligation-response.entity.js';
import { Obligation } from './obligation.entity.js';
import { ObligationsController } from './obligations.controller.js';
import { ObligationsService } from './obligations.service.js';
import { ExtensionDecisionLinks } from './extension-decision-links.js';
import { ExtensionDecisionController } from './extension-decision.controller.js';
import { ObligationPagesController } from './obligation-pages.controller.js';

@Module({
  imports: [AuthoritiesModule, TypeOrmModule.forFeature([Obligation, ObligationGroup, ObligationResponse, ObligationExtension]), CalendarModule, MeetingsModule, CouncilsModule],
  controllers: [ObligationsController, ExtensionDecisionController, ObligationPagesController],
  providers: [ObligationsService, ExtensionDecisionLinks],
  exports: [ObligationsService],
})
export class ObligationsModule {}
