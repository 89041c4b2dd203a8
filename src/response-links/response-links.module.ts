import { CouncilsModule } from '../councils/councils.module.js';
import { Module } from '@nestjs/common';
import { AuthoritiesModule } from '../authorities/authorities.module.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppSecret } from '../common/secrets/app-secret.entity.js';
import { ObligationsModule } from '../obligations/obligations.module.js';
import { ResponseFormController } from './response-form.controller.js';
import { ResponseLink } from './response-link.entity.js';
import { ResponseLinksController } from './response-links.controller.js';
import { ResponseLinksService } from './response-links.service.js';

@Module({
  imports: [AuthoritiesModule, CouncilsModule, TypeOrmModule.forFeature([ResponseLink, AppSecret]), ObligationsModule],
  controllers: [ResponseFormController, ResponseLinksController],
  providers: [ResponseLinksService],
  exports: [ResponseLinksService],
})
export class ResponseLinksModule {}
