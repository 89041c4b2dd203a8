import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthoritiesModule } from '../authorities/authorities.module.js';
import { CouncilsModule } from '../councils/councils.module.js';
import { ObligationsModule } from '../obligations/obligations.module.js';
import { SharedAuthoritiesOperatorController, SharedAuthorityContactController } from './shared-authorities.controller.js';
import { SharedAuthorityContactPagesController, SharedAuthorityOperatorPagesController } from './shared-authority-pages.controller.js';
import { SharedAuthoritiesService } from './shared-authorities.service.js';
import { SharedAuthority, SharedAuthorityContact } from './shared-authority.entity.js';

@Module({
  imports: [CouncilsModule, AuthoritiesModule, ObligationsModule, TypeOrmModule.forFeature([SharedAuthority, SharedAuthorityContact])],
  controllers: [SharedAuthoritiesOperatorController, SharedAuthorityContactController, SharedAuthorityOperatorPagesController, SharedAuthorityContactPagesController],
  providers: [SharedAuthoritiesService],
})
export class SharedAuthoritiesModule {}
