import type { CountingMode } from './calendar.rules.js';

export const DIVISIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type Division = (typeof DIVISIONS)[number];

/**
 * A council's choices where the law leaves room (statutory-rules.md: every [M] or [S] rule and every
 * choice between readings is a setting). The defaults are those of the statutory-rules table.
 */
export interface CalendarSettings {
  /** Counting for the clear-days notices. */
  countingModes: {
    key_decision_notice: CountingMode;
    general_exception_notice: CountingMode;
    private_meeting_notice: CountingMode;
    private_meeting_further_notice: CountingMode;
    agenda_publication: CountingMode;
  };
  /** s100B LGA 1972: 5 clear days in England, 3 in Wales. */
  agendaNoticeDays: 5 | 3;
  /** Reasonable notice of a request to attend, in clear working days. */
  attendanceNoticeWorkingDays: number;
  /** "Within 28 days of the date of the report": exclusive (date + 28) by default, inclusive (date + 27) as the strict option. */
  recommendationResponseCounting: 'exclusive' | 'inclusive';
  /** Whose bank holidays are not working days. */
  bankHolidayDivision: Division;
  /** Reports are due this many working days before the agenda must be published (0: on that day). */
  reportDeadlineWorkingDays: number;
}

export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = {
  countingModes: {
    key_decision_notice: 'clear_calendar_days',
    general_exception_notice: 'clear_working_days',
    private_meeting_notice: 'clear_calendar_days',
    private_meeting_further_notice: 'clear_working_days',
    agenda_publication: 'clear_working_days',
  },
  agendaNoticeDays: 5,
  attendanceNoticeWorkingDays: 10,
  recommendationResponseCounting: 'exclusive',
  bankHolidayDivision: 'england-and-wales',
  reportDeadlineWorkingDays: 0,
};

/** What a council has chosen: any subset, the rest taking the defaults. */
export type StoredCalendarSettings = Omit<Partial<CalendarSettings>, 'countingModes'> & {
  countingModes?: Partial<CalendarSettings['countingModes']>;
};

/** A council's stored choices laid over the defaults. */
export function resolveSettings(stored: StoredCalendarSettings | null | undefined): CalendarSettings {
  return {
    ...DEFAULT_CALENDAR_SETTINGS,
    ...stored,
    countingModes: { ...DEFAULT_CALENDAR_SETTINGS.countingModes, ...stored?.countingModes },
  };
}
