import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthoritiesController } from './authorities.controller.js';
import { AuthoritiesService } from './authorities.service.js';
import { AuthorityContact } from './authority-contact.entity.js';
import { Authority } from './authority.entity.js';
import { AuthorityPagesController } from './authority-pages.controller.js';

@Module({
  imports: [TypeOrmModule.forFeature([Authority, AuthorityContact])],
  controllers: [AuthoritiesController, AuthorityPagesController],
  providers: [AuthoritiesService],
  exports: [AuthoritiesService],
})
export class AuthoritiesModule {}
