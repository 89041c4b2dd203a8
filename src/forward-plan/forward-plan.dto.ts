import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { IsIsoDate } from '../common/http/validators.js';
import { EXCEPTIONS, type ExceptionKind, NOTICE_STATUSES } from './forward-plan.rules.js';

export class DecisionMakerDto {
  @ApiProperty({ enum: ['person', 'body'] })
  @IsIn(['person', 'body'])
  kind: 'person' | 'body';

  @ApiProperty({ example: 'Cabinet' })
  @IsString()
  @Length(1, 300)
  name: string;

  @ApiPropertyOptional({ example: 'Leader of the Council' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  title?: string;

  @ApiPropertyOptional({ type: [String], description: 'For a body: its members' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  members?: string[];
}

export class KeyDecisionDto {
  @ApiPropertyOptional({ default: true, description: 'false: a decision the forward plan lists that is not a key decision (not judged against the 28 clear days)' })
  @IsOptional()
  @IsBoolean()
  key?: boolean;

  @ApiProperty({ example: 'Adoption of the Community Safety Strategy refresh' })
  @IsString()
  @Length(1, 500)
  title: string;

  @ApiProperty({ type: DecisionMakerDto })
  @ValidateNested()
  @Type(() => DecisionMakerDto)
  decisionMaker: DecisionMakerDto;

  @ApiProperty({ example: '2017-06-15' })
  @IsIsoDate()
  decisionDueOn: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  documents?: string[];

  @ApiPropertyOptional({ example: 'Civic Centre, Home Gardens, Dartford DA1 1DR' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  documentsAddress?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 7, description: 'Schedule 12A paragraph when it will be taken in private' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(7)
  exemptParagraph?: number;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  wardsAffected?: string[];

  @ApiPropertyOptional({ example: 'Head of Community Services' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  contactOfficer?: string;

  @ApiPropertyOptional({ enum: EXCEPTIONS, default: 'none' })
  @IsOptional()
  @IsIn(EXCEPTIONS)
  exception?: ExceptionKind;
}

export class CreateNoticeDto {
  @ApiProperty({ example: '2017-06-15' })
  @IsIsoDate()
  periodStart: string;

  @ApiProperty({ example: '2017-10-31' })
  @IsIsoDate()
  periodEnd: string;

  @ApiPropertyOptional({ example: '2017-05-17', description: 'Absent: a draft' })
  @IsOptional()
  @IsIsoDate()
  publishedOn?: string;

  @ApiProperty({ type: [KeyDecisionDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => KeyDecisionDto)
  decisions: KeyDecisionDto[];
}

export class GeneralExceptionDto {
  @ApiProperty({ example: 'The contract must be let before the grant expires on 31 October' })
  @IsString()
  @Length(1, 5_000)
  reasons: string;
}

export class PersonDto {
  @ApiProperty({ example: 'Councillor Mrs P Cutler' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: 'chairman@dartford.gov.uk' })
  @IsEmail()
  email: string;
}

export class SpecialUrgencyDto {
  @ApiProperty({ example: 'The grant offer must be accepted by 31 October' })
  @IsString()
  @Length(1, 5_000)
  reasons: string;

  @ApiPropertyOptional({ type: PersonDto, description: 'Asked if the scrutiny chair is unable to act (or there is none)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonDto)
  councilChair?: PersonDto;

  @ApiPropertyOptional({ type: PersonDto, description: 'Asked if the council chair is unable to act too' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonDto)
  councilViceChair?: PersonDto;
}

export class ScrutiniseDto {
  @ApiProperty({ description: "A meeting of the committee before the decision's date" })
  @IsString()
  @Length(1, 36)
  meetingId: string;
}

export class MovedDecisionDto {
  @ApiProperty()
  @IsString()
  @Length(1, 36)
  decisionId: string;

  @ApiProperty({ example: '2017-11-15' })
  @IsIsoDate()
  decisionDueOn: string;

  @ApiProperty({ example: 'Awaiting the consultation results' })
  @IsString()
  @Length(1, 2_000)
  reason: string;
}

export class SupersedeNoticeDto {
  @ApiProperty({ example: '2017-09-01' })
  @IsIsoDate()
  periodStart: string;

  @ApiProperty({ example: '2018-01-31' })
  @IsIsoDate()
  periodEnd: string;

  @ApiProperty({ example: '2017-08-01' })
  @IsIsoDate()
  publishedOn: string;

  @ApiPropertyOptional({ type: [KeyDecisionDto], description: 'Decisions new to this notice' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => KeyDecisionDto)
  decisions?: KeyDecisionDto[];

  @ApiPropertyOptional({ type: [MovedDecisionDto], description: 'Carried-forward decisions whose date moves, with the reason' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => MovedDecisionDto)
  moves?: MovedDecisionDto[];

  @ApiPropertyOptional({ type: [String], description: 'Decisions of the old notice not carried forward (taken or dropped)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  drop?: string[];
}

export class PublishNoticeDto {
  @ApiProperty({ example: '2017-05-17' })
  @IsIsoDate()
  publishedOn: string;
}

export class ComplianceView {
  @ApiPropertyOptional({ nullable: true, type: String, description: 'None for a decision that is not key' }) latestPublication: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) clearDaysGiven: number | null;
  @ApiProperty({ enum: ['compliant', 'late', 'compliant_by_exception', 'not_published', 'not_key'] }) verdict: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Reg 10: the first day the decision may be taken' }) earliestDecisionOn: string | null;
  @ApiProperty() explanation: string;
}

export class KeyDecisionView {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'false: listed for information, not a key decision' }) key: boolean;
  @ApiProperty() title: string;
  @ApiProperty({ type: DecisionMakerDto }) decisionMaker: DecisionMakerDto;
  @ApiProperty() decisionDueOn: string;
  @ApiProperty({ type: [String] }) documents: string[];
  @ApiPropertyOptional({ nullable: true, type: String }) documentsAddress: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) exemptParagraph: number | null;
  @ApiProperty({ type: [String] }) wardsAffected: string[];
  @ApiPropertyOptional({ nullable: true, type: String }) contactOfficer: string | null;
  @ApiProperty({ enum: EXCEPTIONS }) exception: ExceptionKind;
  @ApiPropertyOptional({ nullable: true, type: String }) exceptionReasons: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) generalExceptionNoticeOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) generalExceptionNoticeTo: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) urgencyAgreedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) urgencyAgreedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) carriedFromId: string | null;
  @ApiProperty({ description: 'Each move of the decision date, oldest first' }) dateHistory: { from: string; to: string; reason: string; recordedOn: string }[];
  @ApiProperty({ type: ComplianceView }) compliance: ComplianceView;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Regs 10(3), 11: the notice of reasons to make available once the exception is given or agreed' })
  reasonsNotice: string | null;
}

export class NoticeView {
  @ApiProperty() id: string;
  @ApiProperty() periodStart: string;
  @ApiProperty() periodEnd: string;
  @ApiPropertyOptional({ nullable: true, type: String }) publishedOn: string | null;
  @ApiProperty({ enum: NOTICE_STATUSES }) status: string;
  @ApiPropertyOptional({ nullable: true, type: String }) supersedesId: string | null;
  @ApiProperty({ example: 'Regulation 9 Notice for the period 15 June 2017 to 31 October 2017' }) title: string;
  @ApiProperty({ type: [KeyDecisionView] }) decisions: KeyDecisionView[];
}

export class ImportedNoticeView extends NoticeView {
  @ApiProperty({ type: [String], description: 'What the importer could not take, or asks the co-ordinator to check' }) warnings: string[];
}
