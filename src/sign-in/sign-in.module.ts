import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CouncilsModule } from '../councils/councils.module.js';
import { MailModule } from '../mail/mail.module.js';
import { SignInLinksModule } from './sign-in-links.js';
import { SignInController } from './sign-in.controller.js';
import { SignInService } from './sign-in.service.js';
import { IdentityProvider } from './identity-provider.entity.js';
import { IdentityProviderController } from './identity-provider.controller.js';
import { IdentityProvidersService } from './identity-providers.service.js';
import { AuditModule } from '../audit/audit.module.js';

/** Signing in to the pages: by an e-mailed link or through the council's identity provider (OpenID Connect), and signing out (here, or everywhere). */
@Module({
  imports: [CouncilsModule, MailModule, AuditModule, SignInLinksModule, TypeOrmModule.forFeature([IdentityProvider])],
  controllers: [SignInController, IdentityProviderController],
  providers: [SignInService, IdentityProvidersService],
})
export class SignInModule {}
