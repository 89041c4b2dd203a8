import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PageQuery } from '../common/http/pagination.js';
import { ESCALATION_LEVELS, type AuthorityContact, type EscalationLevel } from './authority-contact.entity.js';
import { AUTHORITY_KINDS, type Authority, type AuthorityKind } from './authority.entity.js';

export class CreateAuthorityDto {
  @ApiProperty({ example: 'Kent Police' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ enum: AUTHORITY_KINDS })
  @IsIn(AUTHORITY_KINDS)
  kind: AuthorityKind;

  @ApiProperty({ description: 'true for a responsible authority (Crime and Disorder Act 1998 s5); false for a co-operating body' })
  @IsBoolean()
  statutory: boolean;
}

export class RetireDto {
  @ApiProperty({ example: 'Merged into Kent and Medway ICB on 1 July 2022' })
  @IsString()
  @Length(1, 2_000)
  reason: string;
}

export class AuthoritiesQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'true: responsible authorities only; false: co-operating bodies only' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  statutory?: boolean;
}

export class AddContactDto {
  @ApiProperty({ example: 'Insp. Gary Woodward' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: 'gary.woodward@kent.police.uk' })
  @IsEmail()
  email: string;

  @ApiProperty({ example: 'CSU Inspector' })
  @IsString()
  @Length(1, 200)
  role: string;

  @ApiProperty({ enum: ESCALATION_LEVELS, description: '0 first contact, 1 senior officer, 2 chief officer' })
  @IsIn(ESCALATION_LEVELS)
  escalationLevel: EscalationLevel;
}

export class ContactView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty() role: string;
  @ApiProperty({ enum: ESCALATION_LEVELS }) escalationLevel: EscalationLevel;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Since when the mail server rejects this address; reminders skip the contact until it is corrected' })
  failingSince: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '550 5.1.1 User unknown' }) failingReason: string | null;

  static from(contact: AuthorityContact): ContactView {
    const { id, name, email, role, escalationLevel } = contact;
    return { id, name, email, role, escalationLevel, failingSince: contact.failingSince?.toISOString() ?? null, failingReason: contact.failingReason ?? null };
  }
}

export class AuthorityView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: AUTHORITY_KINDS }) kind: AuthorityKind;
  @ApiProperty() statutory: boolean;
  @ApiProperty({ type: [ContactView], description: 'The working contacts (retired ones are left out), ordered by escalation level, first contact first' })
  contacts: ContactView[];
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Retired: nothing new is issued to it' }) retiredAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) retiredReason: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The body registered once for every council it serves, when linked to one' }) sharedAuthorityId: string | null;

  static from(authority: Authority, contacts: AuthorityContact[]): AuthorityView {
    const { id, name, kind, statutory } = authority;
    return { id, name, kind, statutory, contacts: contacts.map(ContactView.from), retiredAt: authority.retiredAt?.toISOString() ?? null, retiredReason: authority.retiredReason ?? null, sharedAuthorityId: authority.sharedAuthorityId ?? null };
  }
}

/** The kinds of authority, for other modules' forms and DTOs. */
export { AUTHORITY_KINDS, type AuthorityKind } from './authority.entity.js';
