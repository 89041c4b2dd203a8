import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBase64, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import type { Council } from '../councils/councils.service.js';
import { COUNCIL_SLUG } from '../councils/council.rules.js';
import { CreateUserDto } from '../councils/user.dto.js';
import { type MailIdentity, serverShown } from '../councils/mail-identity.rules.js';
import { logoPath } from '../councils/logo.rules.js';

/** The first co-ordinator's address and name, validated as any user's. */
export class FirstCoordinatorDto extends PickType(CreateUserDto, ['email', 'name'] as const) {}

export class CreateCouncilDto {
  @ApiProperty({ example: 'Dartford Borough Council' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: 'dartford', description: 'Short name used in public addresses: lower-case letters, digits and hyphens' })
  @IsString()
  @Matches(COUNCIL_SLUG, { message: 'slug must be lower-case letters, digits and hyphens (at most 60)' })
  slug: string;

  @ApiPropertyOptional({ example: 'Europe/London', description: 'The IANA time zone its calendar days are counted in (TZ_DEFAULT when absent)' })
  @IsOptional()
  @Matches(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/, { message: 'timeZone must be an IANA time zone such as Europe/London' })
  timeZone?: string;

  @ApiProperty({ type: FirstCoordinatorDto, description: 'The first co-ordinator, who signs in to the pages with a link sent to this address' })
  @ValidateNested()
  @Type(() => FirstCoordinatorDto)
  coordinator: FirstCoordinatorDto;
}

/** A council's new name (the operator's page or API). */
export class RenameCouncilDto extends PickType(CreateCouncilDto, ['name'] as const) {}

export class SuspendCouncilDto {
  @ApiProperty({ example: 'Contract ended on 31 March 2027', description: 'Why, kept in the council’s audit trail' })
  @IsString()
  @Length(1, 500)
  reason: string;
}

export class LogoDto {
  @ApiProperty({ description: 'The logo as base64: a PNG or JPEG of up to 200 KB (an SVG is not taken: it can carry script)' })
  @IsString()
  @IsBase64()
  @Length(4, 300_000)
  image: string;
}

export class CouncilView {
  @ApiProperty() id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty() timeZone: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ enum: ['active', 'suspended'] }) status: 'active' | 'suspended';
  @ApiPropertyOptional({ nullable: true, type: String }) suspendedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) suspendedReason: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Where its logo is served (public), or null' }) logo: string | null;

  static from(council: Council): CouncilView {
    return {
      id: council.id,
      slug: council.slug,
      name: council.name,
      timeZone: council.timeZone,
      createdAt: council.createdAt.toISOString(),
      status: council.suspendedAt ? 'suspended' : 'active',
      suspendedAt: council.suspendedAt?.toISOString() ?? null,
      suspendedReason: council.suspendedReason,
      logo: council.logoDigest ? logoPath(council.slug, council.logoDigest) : null,
    };
  }
}

/** The council's mail identity; each part absent or null: the service's (MAIL_FROM, SMTP_URL). */
export class MailIdentityDto {
  @ApiPropertyOptional({ nullable: true, example: 'Medway Community Safety', description: 'The name its e-mail is sent under' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  senderName?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'scrutiny@medway.gov.uk', description: 'Where every reply to its e-mail goes' })
  @IsOptional()
  @IsString()
  @Length(3, 320)
  replyTo?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'mail.medway.gov.uk', description: 'The domain of its From address (the council publishes SPF and DKIM for it)' })
  @IsOptional()
  @IsString()
  @Length(3, 253)
  sendingDomain?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'smtps://scrutineer:password@smtp.medway.gov.uk:465', description: 'Its own mail server; kept sealed, never shown again' })
  @IsOptional()
  @IsString()
  @Length(8, 1000)
  smtpUrl?: string | null;
}

export class MailIdentityView {
  @ApiPropertyOptional({ nullable: true, type: String }) senderName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) replyTo: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) sendingDomain: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The mail server, without its user or password' }) smtpServer: string | null;
  @ApiPropertyOptional({ description: 'Its own server was set but can no longer be read: its mail is held until it is set again' }) smtpServerUnreadable?: boolean;

  static from(identity: MailIdentity): MailIdentityView {
    return {
      senderName: identity.senderName,
      replyTo: identity.replyTo,
      sendingDomain: identity.sendingDomain,
      smtpServer: serverShown(identity.smtpUrl),
      ...(identity.serverUnreadable ? { smtpServerUnreadable: true } : {}),
    };
  }
}
