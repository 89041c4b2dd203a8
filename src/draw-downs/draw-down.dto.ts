import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { DRAW_DOWN_STATUSES, type DrawDownStatus, URGENCIES, type Urgency } from './draw-down.rules.js';
import { PageQuery } from '../common/http/pagination.js';

export class SubmitDrawDownDto {
  @ApiProperty() @IsString() @Length(1, 36) committeeId: string;
  @ApiProperty({ example: 'Unauthorised encampments' }) @IsString() @Length(1, 300) topic: string;
  @ApiProperty({ example: 'Repeated encampments on council land in Temple Hill' }) @IsString() @Length(1, 10_000) concern: string;
  @ApiPropertyOptional({ example: 'A report on the joint protocol with Kent Police' }) @IsOptional() @IsString() @Length(1, 5_000) desiredOutcome?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 36) suggestedAuthorityId?: string;
  @ApiPropertyOptional({ example: 'Strategic Director (External Services)' }) @IsOptional() @IsString() @Length(1, 200) suggestedOfficer?: string;
  @ApiPropertyOptional({ enum: URGENCIES, default: 'normal' }) @IsOptional() @IsIn(URGENCIES) urgency?: Urgency;
  @ApiPropertyOptional({ description: 'A councillor call for action: a local crime and disorder matter referred under PJA 2006 s19(3)' })
  @IsOptional()
  @IsBoolean()
  callForAction?: boolean;
  @ApiPropertyOptional({ example: 'Temple Hill', description: "For a call for action: the member's electoral area it affects" }) @IsOptional() @IsString() @Length(1, 200) ward?: string;
}

export class CallForActionDecisionDto {
  @ApiProperty({ description: 'Whether the committee will make a report or recommendations on the matter' }) @IsBoolean() report: boolean;
  @ApiProperty({ example: 'The matter is already the subject of a police operation' }) @IsString() @Length(1, 5_000) reasons: string;
}

export class CallForActionReportDto {
  @ApiProperty({ description: "The committee's report or recommendations, a copy of which goes to the member (s19)" }) @IsString() @Length(1, 100_000) report: string;
}

export class DrawDownDecisionDto {
  @ApiProperty({ enum: ['approve', 'refuse'] }) @IsIn(['approve', 'refuse']) decision: 'approve' | 'refuse';
  @ApiProperty({ example: 'A report is already due in July' }) @IsString() @Length(1, 5_000) reason: string;
}

export class ScheduleDrawDownDto {
  @ApiProperty() @IsString() @Length(1, 36) meetingId: string;
  @ApiProperty({ description: 'The authority asked for the report (a report request, due on the meeting report deadline)' }) @IsString() @Length(1, 36) reportFromAuthorityId: string;
}

export class DrawDownSettingsDto {
  @ApiProperty({ type: [String], description: 'Users with the approver role who must all agree' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  approverIds: string[];
  @ApiProperty() @IsBoolean() consultChair: boolean;
  @ApiPropertyOptional({ default: 10 }) @IsOptional() @IsInt() @Min(1) @Max(60) decisionWorkingDays?: number;
}

export class DrawDownQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DRAW_DOWN_STATUSES }) @IsOptional() @IsIn(DRAW_DOWN_STATUSES) status?: DrawDownStatus;
}

export class DrawDownOutcomesQuery {
  @ApiProperty() @IsString() @Length(1, 36) committeeId: string;
  @ApiProperty({ example: '2017-18' }) @IsString() @Length(1, 20) municipalYear: string;
}

export class ChairViewDto {
  @ApiProperty({ example: 'I support this: residents of Temple Hill raise it at every surgery' }) @IsString() @Length(1, 5_000) view: string;
}

export class HistoryEventView {
  @ApiProperty() at: string;
  @ApiProperty({ example: 'Kevin Kite <kite@example.org> (approver)' }) by: string;
  @ApiProperty({ example: 'Refused' }) event: string;
  @ApiPropertyOptional({ enum: DRAW_DOWN_STATUSES, nullable: true }) status: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The reason given, the view recorded, or the decision taken' }) detail: string | null;
}

class CallsForActionCount {
  @ApiProperty() total: number;
  @ApiProperty() reported: number;
  @ApiProperty() notReported: number;
  @ApiProperty() undecided: number;
}

export class DrawDownOutcomesView {
  @ApiProperty() total: number;
  @ApiProperty({ example: { submitted: 0, approved: 1, refused: 2, withdrawn: 0, scheduled: 1, considered: 3 } }) byStatus: Record<string, number>;
  @ApiProperty({ type: CallsForActionCount }) callsForAction: CallsForActionCount;
}

export class DecisionView {
  @ApiProperty() approverId: string;
  @ApiProperty({ enum: ['approve', 'refuse'] }) decision: string;
  @ApiProperty() reason: string;
  @ApiProperty() decidedAt: string;
}

export class SimilarView {
  @ApiProperty({ enum: ['draw_down', 'work_plan_item'] }) kind: string;
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() status: string;
}

export class DrawDownView {
  @ApiProperty() id: string;
  @ApiProperty() committeeId: string;
  @ApiProperty() memberId: string;
  @ApiProperty() topic: string;
  @ApiProperty() concern: string;
  @ApiPropertyOptional({ nullable: true, type: String }) desiredOutcome: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) suggestedAuthorityId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) suggestedOfficer: string | null;
  @ApiProperty({ enum: URGENCIES }) urgency: string;
  @ApiProperty({ enum: DRAW_DOWN_STATUSES }) status: string;
  @ApiProperty({ type: [String] }) approverIds: string[];
  @ApiProperty() decisionDueOn: string;
  @ApiPropertyOptional({ nullable: true, type: String }) meetingId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) workPlanItemId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) obligationId: string | null;
  @ApiProperty() callForAction: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) ward: string | null;
  @ApiPropertyOptional({ nullable: true, enum: ['report', 'no_report'] }) committeeDecision: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) committeeReasons: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) memberToldAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) reportCopiedAt: string | null;
  @ApiProperty({ description: "Whether the committee's chair is consulted on it" }) consultChair: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'When the chair was sent it for their view' }) chairConsultedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) chairView: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) chairViewAt: string | null;
  @ApiProperty() submittedAt: string;
  @ApiProperty({ type: [DecisionView] }) decisions: DecisionView[];
  @ApiPropertyOptional({ type: [SimilarView], description: 'On submission: open or recent requests and work plan items on a close topic' }) similar?: SimilarView[];
}
