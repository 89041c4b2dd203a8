import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { DeadlineView } from '../calendar/calendar.dto.js';
import { PageQuery } from '../common/http/pagination.js';
import { IsIsoDate, IsIsoInstant } from '../common/http/validators.js';
import { toZonedIso } from '../common/time/dates.js';
import type { AgendaItem } from './agenda-item.entity.js';
import type { NumberedAgendaEntry, StandardItemKind } from './agenda.rules.js';
import type { Meeting } from './meeting.entity.js';
import { withheldText, withheldTitle } from '../exempt-information/exempt.rules.js';

export class CreateMeetingDto {
  @ApiProperty()
  @IsString()
  @Length(1, 36)
  committeeId: string;

  @ApiProperty({ example: '2017-07-26T19:00:00+01:00', description: 'With its offset; stored in UTC' })
  @IsIsoInstant()
  startsAt: string;

  @ApiPropertyOptional({ example: 'Council Chamber, Civic Centre, Home Gardens, Dartford' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  venue?: string;
}

export class MeetingsQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 36)
  committeeId?: string;

  @ApiPropertyOptional({ example: '2016-05-18', description: 'Meetings on or after this day (council time zone)' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ example: '2017-05-16', description: 'Meetings on or before this day (council time zone)' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}

export class ExemptDto {
  @ApiProperty({ minimum: 1, maximum: 7, description: 'Paragraph of Part 1 of Schedule 12A to the Local Government Act 1972' })
  @IsInt()
  @Min(1)
  @Max(7)
  paragraph: number;

  @ApiProperty({ example: 'Information provided in confidence by partner agencies' })
  @IsString()
  @Length(1, 2000)
  reason: string;
}

export class AddAgendaItemDto {
  @ApiProperty({ example: 'Kent Police and Crime Panel (PCP) – update' })
  @IsString()
  @Length(1, 300)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 36)
  workPlanItemId?: string;

  @ApiPropertyOptional({ type: ExemptDto, description: 'Present when the item is taken in closed session' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExemptDto)
  exempt?: ExemptDto;
}

export class AgendaItemView {
  @ApiProperty({ example: 7 }) number: number;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Null for the derived exclusion resolution' })
  id: string | null;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ nullable: true, type: String }) standardKind: StandardItemKind | null;
  @ApiPropertyOptional({ nullable: true, type: String }) workPlanItemId: string | null;
  @ApiPropertyOptional({ nullable: true, type: ExemptDto }) exempt: ExemptDto | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The exclusion item: the s100A(4) resolution naming the Schedule 12A paragraphs' })
  resolution: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The Regulation 9 notice item: the notice it notes' })
  noticeId?: string | null;

  /** The entry; for a reader outside the council (an authority), an exempt item by its paragraph alone. */
  static from(entry: NumberedAgendaEntry<AgendaItem>, outsider = false): AgendaItemView {
    const item = entry.item;
    const withheld = outsider && !!item?.exemptParagraph;
    return {
      number: entry.number,
      id: item?.id ?? null,
      title: withheld ? withheldTitle(item!.exemptParagraph!) : entry.title,
      standardKind: entry.standardKind,
      workPlanItemId: item?.workPlanItemId ?? null,
      exempt: item?.exemptParagraph ? { paragraph: item.exemptParagraph, reason: withheld ? withheldText(item.exemptParagraph) : (item.exemptReason ?? '') } : null,
      resolution: entry.resolution,
    };
  }
}

export class MeetingSummaryView {
  @ApiProperty() id: string;
  @ApiProperty() committeeId: string;
  @ApiProperty({ example: '2017-07-26T18:00:00.000Z', description: 'UTC' }) startsAt: string;
  @ApiProperty({ example: '2017-07-26T19:00:00+01:00', description: 'In the council time zone' }) startsAtLocal: string;
  @ApiProperty({ example: 'Europe/London' }) timeZone: string;
  @ApiPropertyOptional({ nullable: true, type: String }) venue: string | null;
  @ApiProperty({ enum: ['scheduled', 'cancelled'] }) status: 'scheduled' | 'cancelled';
  @ApiPropertyOptional({ nullable: true, type: String }) cancelledReason: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'When the agenda was published; it no longer changes after' }) agendaPublishedAt: string | null;

  static from(meeting: Meeting, timeZone: string): MeetingSummaryView {
    return {
      id: meeting.id,
      committeeId: meeting.committeeId,
      startsAt: meeting.startsAt.toISOString(),
      startsAtLocal: toZonedIso(meeting.startsAt, timeZone),
      timeZone,
      venue: meeting.venue,
      status: meeting.cancelledAt ? 'cancelled' : 'scheduled',
      cancelledReason: meeting.cancelledReason,
      agendaPublishedAt: meeting.agendaPublishedAt?.toISOString() ?? null,
    };
  }
}

export class ChangeAgendaItemDto {
  @ApiPropertyOptional({ example: 'Kent Police and Crime Panel (PCP) – update' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  title?: string;

  @ApiPropertyOptional({ type: ExemptDto, nullable: true, description: 'The Schedule 12A paragraph and reason; null: taken in public' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExemptDto)
  exempt?: ExemptDto | null;
}

export class PublishAgendaDto {
  @ApiPropertyOptional({ example: '2017-07-18', description: 'The day it was published, when recorded afterwards (not after today or the meeting); absent: now' })
  @IsOptional()
  @IsIsoDate()
  publishedOn?: string;
}

export class ReorderAgendaDto {
  @ApiProperty({ type: [String], description: "Every item of the agenda that is not a standard item, in the new order (each section — business, exempt — keeps its place)" })
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  itemIds: string[];
}

export class MeetingView extends MeetingSummaryView {
  @ApiProperty({ example: '2017-07-18', description: 'The latest day the agenda and reports can be published (LGA 1972 s100B)' }) agendaPublishedBy: string;
  @ApiProperty({ example: '2017-07-11', description: "Reports are due by this day (the council's setting: working days before publication)" }) reportDeadline: string;
  @ApiProperty({ type: [AgendaItemView] }) agenda: AgendaItemView[];
}

export class CancelMeetingDto {
  @ApiProperty({ example: 'Inquorate: insufficient members available' })
  @IsString()
  @Length(1, 5_000)
  reason: string;
}

export class MeetingDeadlinesView {
  @ApiProperty() meetingId: string;
  @ApiProperty({ example: '2017-07-26', description: 'The day of the meeting in the council time zone' }) meetingDate: string;
  @ApiProperty({ type: DeadlineView, description: 'Latest day the agenda and reports can be published' }) agendaPublication: DeadlineView;
  @ApiProperty({ type: DeadlineView, description: "Reports are due by this day: the agenda publication day less the council's report deadline days" }) reportDeadline: DeadlineView;
  @ApiProperty({ type: DeadlineView, description: 'Latest day to ask an officer of a responsible authority to attend' })
  attendanceRequest: DeadlineView;
}
