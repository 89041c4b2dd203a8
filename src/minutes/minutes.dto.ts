import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsObject, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { IsIsoDate } from '../common/http/validators.js';
import { EXEMPT_PARAGRAPHS } from '../exempt-information/exempt.rules.js';

const PRESENT_ROLES = ['chair', 'vice_chair', 'member'] as const;
const ATTENDING_KINDS = ['cabinet_member', 'guest'] as const;
const CHANGE_KINDS = ['add', 'defer', 'withdraw'] as const;

class PresentDto {
  @ApiProperty({ example: 'Councillor R J Wells' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ enum: PRESENT_ROLES }) @IsIn(PRESENT_ROLES) role: (typeof PRESENT_ROLES)[number];
}

class OfficerDto {
  @ApiProperty({ example: 'Sheri Green' }) @IsString() @Length(1, 200) name: string;
  @ApiPropertyOptional({ example: 'Strategic Director (External Services)', nullable: true, type: String }) @IsOptional() @IsString() @Length(0, 300) capacity?: string | null;
}

class AttendingDto extends OfficerDto {
  @ApiProperty({ enum: ATTENDING_KINDS }) @IsIn(ATTENDING_KINDS) kind: (typeof ATTENDING_KINDS)[number];
}

export class AttendanceDto {
  @ApiProperty({ type: [PresentDto] }) @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => PresentDto) present: PresentDto[];
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(200) @IsString({ each: true }) @Length(1, 200, { each: true }) absent: string[];
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(200) @IsString({ each: true }) @Length(1, 200, { each: true }) apologies: string[];
  @ApiProperty({ type: [OfficerDto] }) @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => OfficerDto) officers: OfficerDto[];
  @ApiProperty({ type: [AttendingDto] }) @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => AttendingDto) inAttendance: AttendingDto[];
}

class WorkPlanChangeDto {
  @ApiProperty({ enum: CHANGE_KINDS }) @IsIn(CHANGE_KINDS) kind: (typeof CHANGE_KINDS)[number];
  @ApiProperty({ example: 'That a presentation by a crime data expert be added to the Work Plan' }) @IsString() @Length(1, 5_000) text: string;
  @ApiPropertyOptional({ example: 'February 2018', nullable: true, type: String }) @IsOptional() @IsString() @Length(0, 60) when?: string | null;
}

export class MinuteItemDto {
  @ApiProperty({ example: '10' }) @IsString() @Length(1, 10) number: string;
  @ApiProperty({ example: 'RESPONSE TO UNAUTHORISED ENCAMPMENTS (DRAW-DOWN)' }) @IsString() @Length(1, 500) title: string;
  @ApiPropertyOptional({ description: 'The discussion, in brief' }) @IsOptional() @IsString() @Length(0, 200_000) summary?: string;
  @ApiPropertyOptional({ type: [String], description: 'In order, as numbered in the minutes' }) @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @Length(1, 20_000, { each: true }) resolutions?: string[];
  @ApiPropertyOptional({ type: [String], example: ['Officers undertook to respond to Members on both points.'] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 5_000, { each: true }) undertakings?: string[];
  @ApiPropertyOptional({ type: [WorkPlanChangeDto] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => WorkPlanChangeDto) workPlanChanges?: WorkPlanChangeDto[];
  @ApiPropertyOptional({ description: 'Taken after the exclusion of the press and public' }) @IsOptional() @IsBoolean() exempt?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() excludesPublic?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() drawDown?: boolean;
  @ApiPropertyOptional({ description: 'The agenda item it records; absent: found by its title' }) @IsOptional() @IsString() @Length(1, 36) agendaItemId?: string;
}

export class SaveMinutesDto {
  @ApiProperty({ type: AttendanceDto }) @IsObject() @ValidateNested() @Type(() => AttendanceDto) attendance: AttendanceDto;
  @ApiProperty({ type: [MinuteItemDto] }) @IsArray() @ArrayMaxSize(300) @ValidateNested({ each: true }) @Type(() => MinuteItemDto) items: MinuteItemDto[];
  @ApiPropertyOptional({ example: '9.25 pm', nullable: true, type: String }) @IsOptional() @IsString() @Length(0, 60) closedAt?: string | null;
}

export class ConfirmMinutesDto {
  @ApiProperty({ description: 'The later meeting that confirmed them as a correct record' }) @IsString() @Length(1, 36) confirmedAtMeetingId: string;
}

export class UndertakingDecisionDto {
  @ApiProperty({ enum: ['confirm', 'dismiss'] }) @IsIn(['confirm', 'dismiss']) decision: 'confirm' | 'dismiss';
  @ApiPropertyOptional({ description: 'To confirm: who gave it (an authority of the council, e.g. the council itself)' }) @IsOptional() @IsString() @Length(1, 36) authorityId?: string;
  @ApiPropertyOptional({ example: '2017-08-23', description: 'To confirm: by when the response is due' }) @IsOptional() @IsIsoDate() dueOn?: string;
  @ApiPropertyOptional({ enum: [1, 2, 3, 4, 5, 6, 7], description: 'For an item taken in closed session: the Schedule 12A paragraph (absent: that of its agenda item)' }) @IsOptional() @IsIn(EXEMPT_PARAGRAPHS) exemptParagraph?: number;
}

export class WorkPlanChangeDecisionDto {
  @ApiProperty({ enum: ['confirm', 'dismiss'] }) @IsIn(['confirm', 'dismiss']) decision: 'confirm' | 'dismiss';
  @ApiPropertyOptional({ description: 'To add or defer to a meeting' }) @IsOptional() @IsString() @Length(1, 36) meetingId?: string;
  @ApiPropertyOptional({ example: 'Winter 2018 (February)', description: 'To add or defer to a season, without a meeting' }) @IsOptional() @IsString() @Length(1, 60) season?: string;
  @ApiPropertyOptional({ description: 'To defer or withdraw: the work plan item it changes' }) @IsOptional() @IsString() @Length(1, 36) workPlanItemId?: string;
  @ApiPropertyOptional({ example: 'Crime data: presentation by a Kent Police or KCC expert', description: 'To add: the title of the new item (absent: the text of the change)' }) @IsOptional() @IsString() @Length(1, 300) title?: string;
  @ApiPropertyOptional({ enum: [1, 2, 3, 4, 5, 6, 7], description: 'For an item taken in closed session: the Schedule 12A paragraph (absent: that of its agenda item)' }) @IsOptional() @IsIn(EXEMPT_PARAGRAPHS) exemptParagraph?: number;
}

class UndertakingView {
  @ApiProperty() text: string;
  @ApiProperty({ enum: ['proposed', 'confirmed', 'dismissed'] }) state: string;
  @ApiPropertyOptional({ nullable: true, type: String }) obligationId: string | null;
}

class WorkPlanChangeView {
  @ApiProperty({ enum: CHANGE_KINDS }) kind: string;
  @ApiProperty() text: string;
  @ApiPropertyOptional({ nullable: true, type: String }) when: string | null;
  @ApiProperty({ enum: ['proposed', 'confirmed', 'dismissed'] }) state: string;
  @ApiPropertyOptional({ nullable: true, type: String }) workPlanItemId: string | null;
}

export class MinuteItemView {
  @ApiProperty() id: string;
  @ApiProperty() number: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: [String] }) resolutions: string[];
  @ApiProperty({ type: [UndertakingView] }) undertakings: UndertakingView[];
  @ApiProperty({ type: [WorkPlanChangeView] }) workPlanChanges: WorkPlanChangeView[];
  @ApiProperty() exempt: boolean;
  @ApiProperty() excludesPublic: boolean;
  @ApiProperty() drawDown: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) agendaItemId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) workPlanItemId: string | null;
  @ApiPropertyOptional({ nullable: true, description: "Imported: how sure the importer was that the item starts there ('high', 'medium', 'low'), and why" }) importReading: { confidence: string; why: string } | null;
}

class WarningView {
  @ApiProperty({ enum: ['heading', 'furniture', 'agenda', 'closing', 'check'] }) kind: string;
  @ApiProperty() message: string;
  @ApiProperty({ type: [Number], description: 'The lines of the imported text it accounts for' }) lines: number[];
}

export class MinutesView {
  @ApiProperty() id: string;
  @ApiProperty() meetingId: string;
  @ApiProperty({ enum: ['draft', 'approved'] }) status: string;
  @ApiProperty({ type: AttendanceDto }) attendance: AttendanceDto;
  @ApiProperty({ type: [MinuteItemView] }) items: MinuteItemView[];
  @ApiPropertyOptional({ nullable: true, type: String }) closedAt: string | null;
  @ApiProperty({ type: [WarningView], description: 'From the last import: what it could not place, or wants checked' }) warnings: WarningView[];
  @ApiPropertyOptional({ nullable: true, type: String }) confirmedAtMeetingId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) approvedAt: string | null;
}

class PublicMinuteItemView {
  @ApiProperty() number: string;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ nullable: true, type: String }) summary: string | null;
  @ApiProperty({ type: [String] }) resolutions: string[];
  @ApiProperty({ description: 'Exempt: only the title and the closed-session note are published' }) closedSession: boolean;
}

export class PublicMinutesView {
  @ApiProperty() meetingId: string;
  @ApiProperty() startsAt: string;
  @ApiProperty({ example: '2017-07-26', description: 'The day of the meeting that confirmed them as a correct record' }) confirmedOn: string;
  @ApiProperty({ type: AttendanceDto }) attendance: AttendanceDto;
  @ApiProperty({ type: [PublicMinuteItemView] }) items: PublicMinuteItemView[];
}

class PublicAgendaItemView {
  @ApiProperty({ example: 7, description: 'Its number on the agenda as published' }) number: number;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The exclusion item: the s100A(4) resolution naming the Schedule 12A paragraphs of the items that follow' })
  resolution: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Exempt: the paragraph of Schedule 12A to the LGA 1972; the papers are not published' }) exemptParagraph: number | null;
}

class PublicMeetingView {
  @ApiProperty() meetingId: string;
  @ApiProperty() committee: string;
  @ApiProperty({ description: 'UTC' }) startsAt: string;
  @ApiProperty({ example: '2017-07-26T19:00:00+01:00', description: 'The local date and time, in the council time zone' }) startsAtLocal: string;
  @ApiPropertyOptional({ nullable: true, type: String }) venue: string | null;
  @ApiProperty() cancelled: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2017-07-18', description: 'The day the agenda was published (council time zone); null: not yet published' })
  agendaPublishedOn: string | null;
  @ApiProperty({ type: [PublicAgendaItemView], description: 'The agenda as published, numbered; empty until it is published' }) agenda: PublicAgendaItemView[];
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Where the approved minutes are; null until approved' }) minutes: string | null;
}

export class PublicMeetingsView {
  @ApiProperty() council: string;
  @ApiProperty({ type: [PublicMeetingView] }) meetings: PublicMeetingView[];
}
