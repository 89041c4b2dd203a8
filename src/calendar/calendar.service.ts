import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/auth/principal.js';
import { Clock } from '../common/time/clock.js';
import { dateIn, endOfDay, type IsoDate } from '../common/time/dates.js';
import { Council } from '../councils/council.entity.js';
import { CouncilsService } from '../councils/councils.service.js';
import { BankHolidayCalendar, type ListedBankHoliday } from './bank-holidays.js';
import { type CalendarSettings, type Division, resolveSettings, type StoredCalendarSettings } from './calendar-settings.js';
import { type Deadline, deadlineFor, type RuleId } from './deadline.rules.js';

export interface CouncilDeadline extends Deadline {
  dueAt: Date;
  timeZone: string;
}

/** The council's calendar: its settings, its division's bank holidays, and the deadlines they give. */
@Injectable()
export class CalendarService {
  constructor(
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly councils: CouncilsService,
    private readonly bankHolidays: BankHolidayCalendar,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async settings(councilId: string): Promise<CalendarSettings> {
    return resolveSettings((await this.councils.council(councilId)).calendarSettings);
  }

  async updateSettings(actor: Actor, change: StoredCalendarSettings): Promise<CalendarSettings> {
    return this.dataSource.transaction(async (manager) => {
      const council = await manager.findOneByOrFail(Council, { id: actor.councilId });
      const before = resolveSettings(council.calendarSettings);
      const stored: StoredCalendarSettings = {
        ...council.calendarSettings,
        ...change,
        countingModes: { ...council.calendarSettings?.countingModes, ...change.countingModes },
      };
      await manager.update(Council, { id: council.id }, { calendarSettings: stored });
      const after = resolveSettings(stored);
      await this.audit.record(manager, actor, { action: 'update-calendar-settings', entityType: 'council', entityId: council.id, before, after });
      return after;
    });
  }

  /** What the pure rules need to compute the council's dates: its settings, its bank holidays, its time zone and today. */
  async context(councilId: string) {
    const council = await this.councils.council(councilId);
    const settings = resolveSettings(council.calendarSettings);
    return {
      settings,
      holidays: this.bankHolidays.lookup(settings.bankHolidayDivision),
      timeZone: council.timeZone,
      today: dateIn(this.clock.now(), council.timeZone),
    };
  }

  /** The deadlines rules set from one date, for the council; each due at the end of its day in the council's time zone. */
  async deadlines(councilId: string, ruleIds: RuleId[], date: IsoDate): Promise<CouncilDeadline[]> {
    const { settings, holidays, timeZone } = await this.context(councilId);
    return ruleIds.map((ruleId) => {
      const result = deadlineFor(ruleId, date, settings, holidays);
      return { ...result, dueAt: endOfDay(result.date, timeZone), timeZone };
    });
  }

  async bankHolidaysFor(councilId: string, division: Division | undefined, year: number | undefined) {
    const council = await this.councils.council(councilId);
    const chosen = division ?? resolveSettings(council.calendarSettings).bankHolidayDivision;
    const chosenYear = year ?? Number(dateIn(this.clock.now(), council.timeZone).slice(0, 4));
    const items: ListedBankHoliday[] = this.bankHolidays.list(chosen, chosenYear);
    return { division: chosen, year: chosenYear, items };
  }
}
