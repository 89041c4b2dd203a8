import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Equals, IsIn, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { DUTIES } from './coverage.rules.js';
import type { WorkPlanAmendment } from './work-plan-amendment.entity.js';
import type { WorkPlanItem } from './work-plan-item.entity.js';
import type { WorkPlanVersion } from './work-plan-version.entity.js';
import { AMENDMENT_KINDS, BASES, type Basis, CATEGORIES, type Category, ITEM_STATUSES, type ItemStatus } from './work-plan.rules.js';
import { EXEMPT_PARAGRAPHS, publicText, publicTitle, withheldNote } from '../exempt-information/exempt.rules.js';
import type { SnapshotItem, VersionDifference } from './versions.rules.js';

export class RecurrenceDto {
  @ApiProperty({ enum: ['year'] })
  @Equals('year', { message: 'recurrence.every must be "year"' })
  every: 'year';

  @ApiProperty({ minimum: 1, maximum: 12, example: 7 })
  @IsInt()
  @Min(1)
  @Max(12)
  month: number;
}

export class CreateWorkPlanItemDto {
  @ApiProperty()
  @IsString()
  @Length(1, 36)
  committeeId: string;

  @ApiProperty({ example: 'D-TAC Update' })
  @IsString()
  @Length(1, 300)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 20_000)
  description?: string;

  @ApiPropertyOptional({ enum: [1, 2, 3, 4, 5, 6, 7], description: 'Exempt information (Schedule 12A paragraph): the title and description are shown to the public, in feeds and to outside bodies by the paragraph alone' })
  @IsOptional()
  @IsIn(EXEMPT_PARAGRAPHS)
  exemptParagraph?: number;

  @ApiProperty({ enum: BASES })
  @IsIn(BASES)
  basis: Basis;

  @ApiProperty({ enum: CATEGORIES })
  @IsIn(CATEGORIES)
  category: Category;

  @ApiPropertyOptional({ description: 'The meeting; absent, the item waits in its season' })
  @IsOptional()
  @IsString()
  @Length(1, 36)
  meetingId?: string;

  @ApiPropertyOptional({ example: 'Summer 2017 (July)', description: 'Required without a meeting' })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  season?: string;

  @ApiPropertyOptional({ type: RecurrenceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecurrenceDto)
  recurrence?: RecurrenceDto;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 36)
  leadAuthorityId?: string;

  @ApiPropertyOptional({ example: 'Head of Legal Services' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  leadOfficer?: string;

  @ApiPropertyOptional({ enum: ['proposed', 'agreed'], description: 'Without a meeting; default agreed' })
  @IsOptional()
  @IsIn(['proposed', 'agreed'])
  status?: 'proposed' | 'agreed';
}

class AmendmentBaseDto {
  @ApiProperty({ example: 'To coincide with the CSP mid-year Performance Report' })
  @IsString()
  @Length(1, 5_000)
  reason: string;

  @ApiPropertyOptional({ enum: [1, 2, 3, 4, 5, 6, 7], description: 'The reason is exempt information (Schedule 12A paragraph): not published' })
  @IsOptional()
  @IsIn(EXEMPT_PARAGRAPHS)
  exemptParagraph?: number;

  @ApiProperty({ example: 'Strategic Director (External Services)' })
  @IsString()
  @Length(1, 300)
  directedBy: string;

  @ApiPropertyOptional({ description: 'The meeting that agreed the change' })
  @IsOptional()
  @IsString()
  @Length(1, 36)
  agreedAtMeetingId?: string;

  @ApiPropertyOptional({ example: 'Minute 15, resolution 2' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  resolution?: string;

  @ApiPropertyOptional({ description: 'The version of the item the change was made from; a stale one gets 409. Absent: the version read when the change is made' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class MoveItemDto extends AmendmentBaseDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 36)
  meetingId?: string;

  @ApiPropertyOptional({ example: 'Summer 2017 (July)', description: 'Without a meeting' })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  season?: string;
}

export class CancelItemDto extends AmendmentBaseDto {}

export class ChangeItemDto extends AmendmentBaseDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 300)
  title?: string;

  @ApiPropertyOptional({ type: RecurrenceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecurrenceDto)
  recurrence?: RecurrenceDto;

  @ApiPropertyOptional({ description: 'What changes, in words, e.g. "6 monthly update → annual review each July"' })
  @IsOptional()
  @IsString()
  @Length(1, 1_000)
  change?: string;
}

export class ConsiderItemDto {
  @ApiPropertyOptional({ description: 'As for a move: checked when given' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class WorkPlanQuery {
  @ApiProperty()
  @IsString()
  @Length(1, 36)
  committeeId: string;

  @ApiPropertyOptional({ example: '2016-17' })
  @IsOptional()
  @IsString()
  @Length(7, 7)
  municipalYear?: string;
}

export class WorkPlanItemView {
  @ApiProperty() id: string;
  @ApiProperty() committeeId: string;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ enum: BASES }) basis: Basis;
  @ApiProperty({ enum: CATEGORIES }) category: Category;
  @ApiPropertyOptional({ nullable: true, type: String }) leadAuthorityId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) leadOfficer: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) meetingId: string | null;
  @ApiProperty({ example: 'Summer 2017 (July)' }) season: string;
  @ApiPropertyOptional({ nullable: true, type: RecurrenceDto }) recurrence: RecurrenceDto | null;
  @ApiProperty({ enum: ITEM_STATUSES }) status: ItemStatus;
  @ApiPropertyOptional({ nullable: true, type: String }) previousId: string | null;
  @ApiProperty() version: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Schedule 12A paragraph when the item is exempt information' }) exemptParagraph: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'For the co-ordinator: what of the item is withheld from the public and outside bodies' }) withheld: string | null;

  /** The item; for a reader outside the council's members and officers (an authority), exempt text withheld. */
  static from(i: WorkPlanItem, outsider = false): WorkPlanItemView {
    return {
      id: i.id,
      committeeId: i.committeeId,
      title: outsider ? publicTitle(i.title, i.exemptParagraph) : i.title,
      description: outsider ? publicText(i.description, i.exemptParagraph) : i.description,
      basis: i.basis,
      category: i.category,
      leadAuthorityId: i.leadAuthorityId,
      leadOfficer: i.leadOfficer,
      meetingId: i.meetingId,
      season: i.season,
      recurrence: i.recurrence,
      status: i.status,
      previousId: i.previousId,
      version: i.version,
      exemptParagraph: i.exemptParagraph,
      withheld: outsider ? null : withheldNote(i.exemptParagraph, "The item's title and description are"),
    };
  }
}

export class AmendmentView {
  @ApiProperty() id: string;
  @ApiProperty() sequence: number;
  @ApiProperty() itemId: string;
  @ApiProperty({ enum: AMENDMENT_KINDS }) kind: string;
  @ApiPropertyOptional({ nullable: true, type: String }) fromMeetingId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) fromSeason: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) toMeetingId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) toSeason: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) change: string | null;
  @ApiProperty() reason: string;
  @ApiProperty() directedBy: string;
  @ApiPropertyOptional({ nullable: true, type: String }) agreedAtMeetingId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) resolution: string | null;
  @ApiProperty() recordedBy: string;
  @ApiProperty() recordedAt: string;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Schedule 12A paragraph when the reason is exempt information' }) exemptParagraph: number | null;

  static from(a: WorkPlanAmendment, outsider = false): AmendmentView {
    const { item: _, recordedAt, councilId: __, ...rest } = a;
    return { ...rest, reason: outsider ? publicText(a.reason, a.exemptParagraph) : a.reason, recordedAt: recordedAt.toISOString() };
  }
}

export class WorkPlanGroupView {
  @ApiPropertyOptional({ nullable: true, type: String }) meetingId: string | null;
  @ApiProperty({ example: 'Summer 2017 (July)' }) season: string;
  @ApiProperty({ example: '2017-07-26', description: "The meeting's date, or the first day of the season's month" }) date: string;
  @ApiProperty({ type: [WorkPlanItemView] }) items: WorkPlanItemView[];
}

export class WorkPlanView {
  @ApiProperty() committeeId: string;
  @ApiPropertyOptional({ nullable: true, type: String }) municipalYear: string | null;
  @ApiProperty({ type: [WorkPlanGroupView] }) groups: WorkPlanGroupView[];
}

export class ConsideredView {
  @ApiProperty({ type: WorkPlanItemView }) item: WorkPlanItemView;
  @ApiPropertyOptional({ nullable: true, type: WorkPlanItemView, description: 'The next occurrence of a recurring item' }) next: WorkPlanItemView | null;
}

export class CoverageQuery {
  @ApiProperty()
  @IsString()
  @Length(1, 36)
  committeeId: string;

  @ApiProperty({ example: '2016-17' })
  @IsString()
  @Length(7, 7)
  municipalYear: string;
}

export class DutyCoverageView {
  @ApiProperty({ enum: DUTIES }) duty: string;
  @ApiProperty() label: string;
  @ApiProperty({ enum: ['met', 'planned', 'at_risk'] }) state: string;
  @ApiProperty({ example: '"CSP Strategic Assessment 2016" was considered on Wed 15 February 2017' }) why: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Evidence: the meeting' }) meetingId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Evidence: the work plan item' }) itemId: string | null;
}

export class CoverageView {
  @ApiProperty() committeeId: string;
  @ApiProperty() municipalYear: string;
  @ApiProperty({ type: [DutyCoverageView] }) duties: DutyCoverageView[];
}

export class CreateVersionDto {
  @ApiProperty()
  @IsString()
  @Length(1, 36)
  committeeId: string;

  @ApiProperty({ example: 'Initial Rolling Work Plan 2016-17 and Beyond' })
  @IsString()
  @Length(1, 300)
  label: string;

  @ApiPropertyOptional({ description: 'The meeting that agreed it' })
  @IsOptional()
  @IsString()
  @Length(1, 36)
  agreedAtMeetingId?: string;
}

export class VersionsQuery {
  @ApiProperty()
  @IsString()
  @Length(1, 36)
  committeeId: string;
}

export class CompareQuery {
  @ApiPropertyOptional({ description: 'A later version; absent, the plan as it stands' })
  @IsOptional()
  @IsString()
  @Length(1, 36)
  to?: string;
}

export class SnapshotItemView {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: BASES }) basis: string;
  @ApiProperty({ enum: CATEGORIES }) category: string;
  @ApiPropertyOptional({ nullable: true, type: String }) meetingId: string | null;
  @ApiProperty() season: string;
  @ApiProperty() date: string;
  @ApiProperty({ enum: ITEM_STATUSES }) status: string;
}

export class VersionView {
  @ApiProperty() id: string;
  @ApiProperty() committeeId: string;
  @ApiProperty() number: number;
  @ApiProperty() label: string;
  @ApiPropertyOptional({ nullable: true, type: String }) agreedAtMeetingId: string | null;
  @ApiProperty() agreedOn: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ type: [SnapshotItemView] }) items?: SnapshotItemView[];

  static from(v: WorkPlanVersion, withItems: boolean, outsider = false): VersionView {
    const { councilId: _, committee: __, items, createdAt, ...rest } = v;
    return { ...rest, createdAt: createdAt.toISOString(), ...(withItems ? { items: items.map((i) => snapshotItemFor(i, outsider)) } : {}) };
  }
}

/** A kept item as a reader may see it: for an outsider (an authority), an exempt title withheld. */
export function snapshotItemFor<T extends SnapshotItem>(item: T, outsider: boolean): T {
  return outsider ? { ...item, title: publicTitle(item.title, item.exemptParagraph ?? null) } : item;
}

/** A comparison of versions as a reader may see it. */
export function differenceFor(d: VersionDifference, outsider: boolean): VersionDifference {
  const shown = (i: SnapshotItem) => snapshotItemFor(i, outsider);
  return { added: d.added.map(shown), withdrawn: d.withdrawn.map(shown), moved: d.moved.map((m) => ({ ...m, item: shown(m.item) })), considered: d.considered.map(shown) };
}

class MovedView {
  @ApiProperty({ type: SnapshotItemView }) item: SnapshotItemView;
  @ApiProperty() fromSeason: string;
  @ApiProperty() toSeason: string;
  @ApiProperty({ enum: ['deferred', 'brought_forward'] }) direction: string;
}

export class VersionDifferenceView {
  @ApiProperty({ type: [SnapshotItemView] }) added: SnapshotItemView[];
  @ApiProperty({ type: [SnapshotItemView] }) withdrawn: SnapshotItemView[];
  @ApiProperty({ type: [MovedView] }) moved: MovedView[];
  @ApiProperty({ type: [SnapshotItemView] }) considered: SnapshotItemView[];
}

class PublicWorkPlanItemView {
  @ApiProperty() title: string;
  @ApiProperty({ enum: BASES }) basis: string;
  @ApiProperty({ enum: CATEGORIES }) category: string;
  @ApiProperty({ enum: ITEM_STATUSES }) status: string;
}

class PublicWorkPlanGroupView {
  @ApiPropertyOptional({ nullable: true, type: String }) meetingId: string | null;
  @ApiProperty({ example: 'Summer 2017 (July)' }) season: string;
  @ApiPropertyOptional({ nullable: true, type: String }) date: string | null;
  @ApiProperty({ type: [PublicWorkPlanItemView] }) items: PublicWorkPlanItemView[];
}

class PublicCommitteePlanView {
  @ApiProperty() committeeId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [PublicWorkPlanGroupView] }) groups: PublicWorkPlanGroupView[];
}

export class PublicWorkPlanView {
  @ApiProperty() council: string;
  @ApiPropertyOptional({ description: 'The municipal year asked for; absent when the plan is of every year' }) municipalYear?: string;
  @ApiProperty({ type: [PublicCommitteePlanView] }) committees: PublicCommitteePlanView[];
}

export class WorkProgrammeProposalView {
  @ApiProperty() title: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: "The meeting's date as read, or the first day of the month or season given" }) meetingOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The meeting as written' }) when: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) meetingId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Without a meeting on its date: the season it would wait in' }) season: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) leadOfficer: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ enum: BASES }) basis: string;
  @ApiProperty({ enum: CATEGORIES }) category: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'An item of the same title already on the plan' }) alreadyPlannedId: string | null;
  @ApiProperty({ type: [Number] }) lines: number[];
}

export class WorkProgrammeProposalsView {
  @ApiProperty({ type: [WorkProgrammeProposalView] }) items: WorkProgrammeProposalView[];
  @ApiProperty({ type: [String] }) warnings: string[];
}
