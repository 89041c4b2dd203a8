import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CouncilsModule } from '../councils/councils.module.js';
import { MailModule } from '../mail/mail.module.js';
import { SignInLink } from './sign-in-link.entity.js';
import { SignInController } from './sign-in.controller.js';
import { SignInService } from './sign-in.service.js';

/** Signing in to the pages: by an e-mailed link, and signing out (here, or everywhere). */
@Module({
  imports: [CouncilsModule, MailModule, TypeOrmModule.forFeature([SignInLink])],
  controllers: [SignInController],
  providers: [SignInService],
})
export class SignInModule {}
