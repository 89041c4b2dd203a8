import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUrl, Length } from 'class-validator';
import type { IdentityProvider } from './identity-provider.entity.js';

export class IdentityProviderDto {
  @ApiProperty({ example: 'Dartford Borough Council account', description: 'What the sign-in page calls it' })
  @IsString()
  @Length(1, 200)
  displayName: string;

  @ApiProperty({ example: 'https://login.microsoftonline.com/<tenant id>/v2.0', description: 'The OpenID Connect issuer; its discovery document is read from <issuer>/.well-known/openid-configuration' })
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['https', 'http'] })
  @Length(1, 500)
  issuer: string;

  @ApiProperty({ description: 'The application (client) id registered with the provider' })
  @IsString()
  @Length(1, 200)
  clientId: string;

  @ApiProperty({ description: 'The client secret; kept sealed and never shown again' })
  @IsString()
  @Length(1, 500)
  clientSecret: string;
}

export class IdentityProviderView {
  @ApiProperty() displayName: string;
  @ApiProperty() issuer: string;
  @ApiProperty() clientId: string;
  @ApiProperty({ description: 'The address to register with the provider as the redirect URI' }) redirectUri: string;
  @ApiProperty() updatedAt: string;

  static from(provider: IdentityProvider, redirectUri: string): IdentityProviderView {
    return { displayName: provider.displayName, issuer: provider.issuer, clientId: provider.clientId, redirectUri, updatedAt: provider.updatedAt.toISOString() };
  }
}
