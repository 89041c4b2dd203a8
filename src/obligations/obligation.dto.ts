import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { PageQuery } from '../common/http/pagination.js';
import { IsIsoDate } from '../common/http/validators.js';
import { endOfDay } from '../common/time/dates.js';
import type { ObligationExtension } from './obligation-extension.entity.js';
import type { ObligationResponse } from './obligation-response.entity.js';
import type { Obligation } from './obligation.entity.js';
import { asSentOutside, isOverdue, OBLIGATION_KINDS, type ObligationKind, type ObligationStatus, POSITIONS, type Position } from './obligation.rules.js';
import { EXEMPT_PARAGRAPHS, withheldNote } from '../exempt-information/exempt.rules.js';

class ObligationBaseDto {
  @ApiProperty({ enum: OBLIGATION_KINDS })
  @IsIn(OBLIGATION_KINDS)
  kind: ObligationKind;

  @ApiProperty({ example: 'Response to the recommendations on unauthorised encampments' })
  @IsString()
  @Length(1, 300)
  subject: string;

  @ApiProperty({ example: 'The Committee recommended that…' })
  @IsString()
  @Length(1, 20_000)
  details: string;

  @ApiProperty({ example: '2017-07-26', description: 'The date of the request, report or recommendations' })
  @IsIsoDate()
  issuedOn: string;

  @ApiPropertyOptional({ example: '2018-03-15', description: 'Required for an information request (the date named in it) and an undertaking; computed otherwise' })
  @IsOptional()
  @IsIsoDate()
  dueOn?: string;

  @ApiPropertyOptional({ description: 'Required for an attendance or report request' })
  @IsOptional()
  @IsString()
  @Length(1, 36)
  meetingId?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'For recommendations: each recommendation, so the authority can take a position on each',
    example: ['That partners agree a joint protocol for unauthorised encampments'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 5000, { each: true })
  recommendations?: string[];

  @ApiPropertyOptional({ enum: [1, 2, 3, 4, 5, 6, 7], description: 'Exempt information (Schedule 12A paragraph): the subject, details and recommendations are not sent to the authority by e-mail nor shown on its response page' })
  @IsOptional()
  @IsIn(EXEMPT_PARAGRAPHS)
  exemptParagraph?: number;
}

export class CreateObligationDto extends ObligationBaseDto {
  @ApiProperty()
  @IsString()
  @Length(1, 36)
  authorityId: string;
}

export class IssueToAllDto extends ObligationBaseDto {
  @ApiPropertyOptional({
    description: 'The bodies to issue to; absent: every responsible authority and co-operating body of the council (PJA 2006 s19(2))',
    type: [String],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  authorityIds?: string[];
}

export const LIST_STATUSES = ['open', 'overdue', 'responded', 'withdrawn'] as const;

export class ObligationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: LIST_STATUSES })
  @IsOptional()
  @IsIn(LIST_STATUSES)
  status?: (typeof LIST_STATUSES)[number];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 36)
  authorityId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 36)
  groupId?: string;
}

export class PositionDto {
  @ApiProperty({ example: 'Recommendation 1' })
  @IsString()
  @Length(1, 2000)
  recommendation: string;

  @ApiProperty({ enum: POSITIONS })
  @IsIn(POSITIONS)
  position: Position;

  @ApiProperty({ example: 'Funding is committed for 2018-19' })
  @IsString()
  @Length(1, 5000)
  reason: string;
}

export class RespondDto {
  @ApiProperty()
  @IsString()
  @Length(1, 100_000)
  text: string;

  @ApiPropertyOptional({ type: [PositionDto], description: 'For recommendations: the position on each' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PositionDto)
  positions?: PositionDto[];
}

export class ExtensionRequestDto {
  @ApiPropertyOptional({ example: '2017-09-06', description: 'Absent: "as soon as reasonably possible thereafter"' })
  @IsOptional()
  @IsIsoDate()
  newDueOn?: string;

  @ApiProperty({ example: 'The Chief Inspector is on leave until 1 September' })
  @IsString()
  @Length(1, 5000)
  reason: string;
}

export class ExtensionDecisionDto {
  @ApiProperty({ enum: ['grant', 'refuse'] })
  @IsIn(['grant', 'refuse'])
  decision: 'grant' | 'refuse';

  @ApiProperty()
  @IsString()
  @Length(1, 5000)
  reason: string;
}

export class WithdrawDto {
  @ApiProperty()
  @IsString()
  @Length(1, 5000)
  reason: string;
}

export class ResponseView {
  @ApiProperty() id: string;
  @ApiProperty() text: string;
  @ApiPropertyOptional({ type: [PositionDto], nullable: true }) positions: PositionDto[] | null;
  @ApiProperty() respondedBy: string;
  @ApiProperty() respondedAt: string;

  static from(r: ObligationResponse): ResponseView {
    return { id: r.id, text: r.text, positions: r.positions, respondedBy: r.respondedBy, respondedAt: r.respondedAt.toISOString() };
  }
}

export class ExtensionView {
  @ApiProperty() id: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Null: as soon as reasonably possible thereafter' }) newDueOn: string | null;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: ['requested', 'granted', 'refused'] }) status: string;
  @ApiProperty() requestedBy: string;
  @ApiProperty() requestedAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) decidedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) decidedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) decisionReason: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) previousDueOn: string | null;

  static from(e: ObligationExtension): ExtensionView {
    return {
      id: e.id,
      newDueOn: e.newDueOn,
      reason: e.reason,
      status: e.status,
      requestedBy: e.requestedBy,
      requestedAt: e.requestedAt.toISOString(),
      decidedBy: e.decidedBy,
      decidedAt: e.decidedAt?.toISOString() ?? null,
      decisionReason: e.decisionReason,
      previousDueOn: e.previousDueOn,
    };
  }
}

export class DueView {
  @ApiProperty({ example: 'recommendation_response' }) ruleId: string;
  @ApiProperty() citation: string;
  @ApiProperty() explanation: string;
  @ApiPropertyOptional({ nullable: true, type: String }) warning: string | null;
}

export class ObligationView {
  @ApiProperty() id: string;
  @ApiPropertyOptional({ nullable: true, type: String }) groupId: string | null;
  @ApiProperty({ enum: OBLIGATION_KINDS }) kind: ObligationKind;
  @ApiProperty() authorityId: string;
  @ApiProperty() subject: string;
  @ApiProperty() details: string;
  @ApiProperty() issuedOn: string;
  @ApiProperty({ example: '2017-08-23' }) dueOn: string;
  @ApiProperty({ example: '2017-08-23T22:59:59.999Z', description: 'The end of the due day in the council time zone' }) dueAt: string;
  @ApiProperty({ type: DueView }) due: DueView;
  @ApiProperty({ enum: ['open', 'responded', 'withdrawn'] }) status: ObligationStatus;
  @ApiProperty({ description: 'Open and past its due day (council time zone)' }) overdue: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) meetingId: string | null;
  @ApiPropertyOptional({ nullable: true, type: [String] }) recommendations: string[] | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'When the authority acknowledged receipt' }) acknowledgedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) respondedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) withdrawnReason: string | null;
  @ApiPropertyOptional({ type: [ResponseView] }) responses?: ResponseView[];
  @ApiPropertyOptional({ type: [ExtensionView] }) extensions?: ExtensionView[];
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Schedule 12A paragraph when the obligation is exempt information' }) exemptParagraph: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'For the co-ordinator: what is withheld from the authority' }) withheld: string | null;

  /** The obligation; for the authority's own contacts, exempt text withheld (exempt papers are for the council's members and officers). */
  static from(o: Obligation, today: string, timeZone: string, outsider = false): ObligationView {
    const shown = outsider ? asSentOutside(o) : o;
    return {
      id: o.id,
      groupId: o.groupId,
      kind: o.kind,
      authorityId: o.authorityId,
      subject: shown.subject,
      details: shown.details,
      issuedOn: o.issuedOn,
      dueOn: o.dueOn,
      dueAt: endOfDay(o.dueOn, timeZone).toISOString(),
      due: { ruleId: o.dueRuleId, citation: o.dueCitation, explanation: o.dueExplanation, warning: o.dueWarning },
      status: o.status,
      overdue: isOverdue(o.status, o.dueOn, today),
      meetingId: o.meetingId,
      recommendations: shown.recommendations,
      exemptParagraph: o.exemptParagraph,
      withheld: outsider ? null : withheldNote(o.exemptParagraph, 'Its subject, details and recommendations are'),
      acknowledgedAt: o.acknowledgedAt?.toISOString() ?? null,
      respondedAt: o.respondedAt?.toISOString() ?? null,
      withdrawnReason: o.withdrawnReason,
    };
  }
}

export class GroupStateView {
  @ApiProperty() total: number;
  @ApiProperty() responded: number;
  @ApiProperty() open: number;
  @ApiProperty() overdue: number;
  @ApiProperty() withdrawn: number;
  @ApiProperty({ enum: ['complete', 'overdue', 'awaiting'] }) state: string;
}

export class ObligationGroupView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: OBLIGATION_KINDS }) kind: ObligationKind;
  @ApiProperty() subject: string;
  @ApiProperty() issuedOn: string;
  @ApiProperty({ type: GroupStateView }) summary: GroupStateView;
  @ApiProperty({ type: [ObligationView] }) obligations: ObligationView[];
}
