import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { PageQuery } from '../common/http/pagination.js';
import type { AuditEntry } from './audit-entry.entity.js';

export class AuditQuery extends PageQuery {
  @ApiProperty({ example: 'committee', description: 'committee, municipal_year, committee_member, authority, authority_contact, meeting, agenda_item, user, council' })
  @Matches(/^[a-z_]{1,40}$/)
  entityType: string;

  @ApiProperty({ format: 'uuid' })
  @IsString()
  @Length(1, 36)
  entityId: string;
}

export class AuditEntryView {
  @ApiProperty() id: number;
  @ApiProperty() action: string;
  @ApiProperty() entityType: string;
  @ApiProperty() entityId: string;
  @ApiProperty({ description: 'Who made the change' }) actor: string;
  @ApiPropertyOptional({ nullable: true, type: String }) actorUserId: string | null;
  @ApiPropertyOptional({ nullable: true, type: Object }) before: unknown;
  @ApiPropertyOptional({ nullable: true, type: Object }) after: unknown;
  @ApiProperty({ example: '2026-11-23T10:00:00.000Z' }) at: string;

  static from(entry: AuditEntry): AuditEntryView {
    return {
      id: entry.id,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      actor: entry.actor,
      actorUserId: entry.actorUserId,
      before: entry.before,
      after: entry.after,
      at: entry.at.toISOString(),
    };
  }
}
