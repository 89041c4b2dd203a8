import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { IsIsoDate } from '../common/http/validators.js';
import { type Division, DIVISIONS, type CalendarSettings } from './calendar-settings.js';
import type { CountingMode } from './calendar.rules.js';
import { RULE_IDS, type RuleId } from './deadline.rules.js';

const COUNTING_MODES: CountingMode[] = ['clear_working_days', 'clear_calendar_days'];

export class DeadlineQuery {
  @ApiProperty({ enum: RULE_IDS })
  @IsIn(RULE_IDS, { message: `rule must be one of: ${RULE_IDS.join(', ')}` })
  rule: RuleId;

  @ApiProperty({ example: '2017-07-26', description: 'The date the rule counts from: the report, the request, the meeting or the decision' })
  @IsIsoDate()
  date: string;

  @ApiPropertyOptional({ example: 'dartford', description: "Council slug; defaults to (and may only be) the caller's" })
  @IsOptional()
  @IsString()
  council?: string;
}

export class BankHolidaysQuery {
  @ApiPropertyOptional({ example: 2026, description: 'Defaults to the current year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2200)
  year?: number;

  @ApiPropertyOptional({ enum: DIVISIONS, description: "Defaults to the council's division" })
  @IsOptional()
  @IsIn(DIVISIONS)
  division?: Division;
}

export class AlsoView {
  @ApiProperty() label: string;
  @ApiProperty() date: string;
  @ApiProperty() explanation: string;
}

export class DeadlineView {
  @ApiProperty({ enum: RULE_IDS }) ruleId: RuleId;
  @ApiProperty({ example: '2017-08-23' }) date: string;
  @ApiProperty({ example: '2017-08-23T22:59:59.999Z', description: 'The end of that day in the council time zone, in UTC' }) dueAt: string;
  @ApiProperty({ example: 'Europe/London' }) timeZone: string;
  @ApiProperty() citation: string;
  @ApiProperty({ description: 'A sentence a co-ordinator can forward' }) explanation: string;
  @ApiPropertyOptional({ type: [AlsoView] }) also?: AlsoView[];
}

export class BankHolidayView {
  @ApiProperty() date: string;
  @ApiProperty() title: string;
  @ApiProperty() notes: string;
  @ApiProperty({ enum: ['shipped', 'local', 'library', 'council'] }) source: string;
}

export class BankHolidaysView {
  @ApiProperty({ enum: DIVISIONS }) division: Division;
  @ApiProperty() year: number;
  @ApiProperty({ type: [BankHolidayView] }) items: BankHolidayView[];
}

class CountingModesDto {
  @ApiPropertyOptional({ enum: COUNTING_MODES }) @IsOptional() @IsIn(COUNTING_MODES) key_decision_notice?: CountingMode;
  @ApiPropertyOptional({ enum: COUNTING_MODES }) @IsOptional() @IsIn(COUNTING_MODES) general_exception_notice?: CountingMode;
  @ApiPropertyOptional({ enum: COUNTING_MODES }) @IsOptional() @IsIn(COUNTING_MODES) private_meeting_notice?: CountingMode;
  @ApiPropertyOptional({ enum: COUNTING_MODES }) @IsOptional() @IsIn(COUNTING_MODES) private_meeting_further_notice?: CountingMode;
  @ApiPropertyOptional({ enum: COUNTING_MODES }) @IsOptional() @IsIn(COUNTING_MODES) agenda_publication?: CountingMode;
}

/** Any subset of the settings; what is not given keeps its current value. */
export class UpdateCalendarSettingsDto {
  @ApiPropertyOptional({ type: CountingModesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CountingModesDto)
  countingModes?: CountingModesDto;

  @ApiPropertyOptional({ enum: [5, 3], description: 's100B notice: 5 clear days in England, 3 in Wales' })
  @IsOptional()
  @IsIn([5, 3])
  agendaNoticeDays?: 5 | 3;

  @ApiPropertyOptional({ minimum: 1, maximum: 60 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  attendanceNoticeWorkingDays?: number;

  @ApiPropertyOptional({ enum: ['exclusive', 'inclusive'] })
  @IsOptional()
  @IsIn(['exclusive', 'inclusive'])
  recommendationResponseCounting?: 'exclusive' | 'inclusive';

  @ApiPropertyOptional({ enum: DIVISIONS })
  @IsOptional()
  @IsIn(DIVISIONS)
  bankHolidayDivision?: Division;

  @ApiPropertyOptional({ minimum: 0, maximum: 30, description: 'Reports are due this many working days before the agenda must be published' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30)
  reportDeadlineWorkingDays?: number;
}

export class CalendarSettingsView implements CalendarSettings {
  @ApiProperty({ type: CountingModesDto }) countingModes: CalendarSettings['countingModes'];
  @ApiProperty({ enum: [5, 3] }) agendaNoticeDays: 5 | 3;
  @ApiProperty() attendanceNoticeWorkingDays: number;
  @ApiProperty({ enum: ['exclusive', 'inclusive'] }) recommendationResponseCounting: 'exclusive' | 'inclusive';
  @ApiProperty({ enum: DIVISIONS }) bankHolidayDivision: Division;
  @ApiProperty() reportDeadlineWorkingDays: number;
}

export class AddBankHolidayDto {
  @ApiProperty({ example: '2023-05-08' })
  @IsIsoDate()
  date: string;

  @ApiProperty({ example: 'Bank holiday for the coronation of King Charles III' })
  @IsString()
  @Length(1, 200)
  title: string;
}

export class RecomputedView {
  @ApiProperty() obligationId: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
}

export class AddedBankHolidayView {
  @ApiProperty() date: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: [RecomputedView], description: 'Open obligations whose due date the new holiday moved' }) recomputed: RecomputedView[];
}
