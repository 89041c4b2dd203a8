import { Module } from '@nestjs/common';
import { AuthoritiesModule } from '../authorities/authorities.module.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiToken } from './api-token.entity.js';
import { CommitteeMember } from './committee-member.entity.js';
import { Committee } from './committee.entity.js';
import { CommitteesController } from './committees.controller.js';
import { CommitteesService } from './committees.service.js';
import { Council } from './council.entity.js';
import { CouncilsService } from './councils.service.js';
import { MunicipalYear } from './municipal-year.entity.js';
import { MunicipalYearsController } from './municipal-years.controller.js';
import { MunicipalYearsService } from './municipal-years.service.js';
import { User } from './user.entity.js';
import { UsersController } from './users.controller.js';
import { ApiTokenResolver } from './api-token.resolver.js';
import { TokenResolver } from '../common/auth/token-resolver.js';
import { SessionResolver } from '../common/auth/session-resolver.js';
import { Session } from './session.entity.js';
import { CouncilLogo } from './council-logo.entity.js';
import { CouncilLogoController } from './council-logo.controller.js';
import { SessionsService } from './sessions.service.js';
import { SetUpPagesController } from './set-up-pages.controller.js';

@Module({
  imports: [AuthoritiesModule, TypeOrmModule.forFeature([Council, CouncilLogo, User, ApiToken, Committee, MunicipalYear, CommitteeMember, Session])],
  controllers: [CommitteesController, MunicipalYearsController, UsersController, SetUpPagesController, CouncilLogoController],
  providers: [
    CouncilsService,
    CommitteesService,
    MunicipalYearsService,
    SessionsService,
    { provide: TokenResolver, useClass: ApiTokenResolver },
    { provide: SessionResolver, useExisting: SessionsService },
  ],
  exports: [CouncilsService, CommitteesService, MunicipalYearsService, SessionsService, TokenResolver, SessionResolver],
})
export class CouncilsModule {}
