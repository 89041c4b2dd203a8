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

@Module({
  imports: [AuthoritiesModule, TypeOrmModule.forFeature([Council, User, ApiToken, Committee, MunicipalYear, CommitteeMember])],
  controllers: [CommitteesController, MunicipalYearsController, UsersController],
  providers: [CouncilsService, CommitteesService, MunicipalYearsService, { provide: TokenResolver, useClass: ApiTokenResolver }],
  exports: [CouncilsService, CommitteesService, MunicipalYearsService, TokenResolver],
})
export class CouncilsModule {}
