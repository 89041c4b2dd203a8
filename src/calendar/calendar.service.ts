import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/auth/principal.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { Clock } from '../common/time/clock.js';
import { dateIn, endOfDay, type IsoDate } from '../common/time/dates.js';
import { CouncilsService } from '../councils/councils.service.js';
import { newId } from '../common/database/columns.js';
import { ConflictError, InvalidInputError } from '../common/errors/domain-errors.js';
import { BankHolidayCalendar, type ListedBankHoliday } from './bank-holidays.js';
import { type BankHolidayLookup, formatDate, nonWorkingReason } from './calendar.rules.js';
import { CouncilBankHoliday } from './council-bank-holiday.entity.js';
import { type CalendarSettings, type Division, resolveSettings, type StoredCalendarSettings } from './calendar-settings.js';
import { type Deadline, deadlineFor, reportDeadline, type RuleId } from './deadline.rules.js';
import { Transactions } from '../common/database/transactions.js';

export interface CouncilDeadline extends Deadline {
  dueAt: Date;
  timeZone: string;
}

/** What the pure rules need to compute a council's dates. */
export interface CalendarContext {
  settings: CalendarSettings;
  holidays: BankHolidayLookup;
  timeZone: string;
  today: IsoDate;
}

/** A due date a change of the calendar moved. */
export interface Recomputed {
  obligationId: string;
  from: IsoDate;
  to: IsoDate;
}

/**
 * Told, inside the transaction that adds a bank holiday, so that the dates computed from the
 * calendar are recomputed with it (obligations register one; the calendar does not know them).
 */
export type BankHolidayAddedListener = (
  manager: EntityManager,
  actor: Actor,
  added: { councilId: string; date: IsoDate; title: string; context: CalendarContext },
) => Promise<Recomputed[]>;

/** The council's calendar: its settings, its division's bank holidays, and the deadlines they give. */
@Injectable()
export class CalendarService {
  constructor(
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly councils: CouncilsService,
    private readonly bankHolidays: BankHolidayCalendar,
    private readonly db: Transactions,
  ) {}

  private readonly listeners: BankHolidayAddedListener[] = [];

  onBankHolidayAdded(listener: BankHolidayAddedListener): void {
    this.listeners.push(listener);
  }

  async settings(councilId: string): Promise<CalendarSettings> {
    return resolveSettings((await this.councils.council(councilId)).calendarSettings);
  }

  async updateSettings(context: CouncilContext, change: StoredCalendarSettings): Promise<CalendarSettings> {
    const { actor } = context;
    return this.db.run(async (manager) => {
      const council = await this.councils.council(actor.councilId, manager);
      const before = resolveSettings(council.calendarSettings);
      const stored: StoredCalendarSettings = {
        ...council.calendarSettings,
        ...change,
        countingModes: { ...council.calendarSettings?.countingModes, ...change.countingModes },
      };
      await this.councils.storeCalendarSettings(manager, council.id, stored);
      const after = resolveSettings(stored);
      await this.audit.record(manager, actor, { action: 'update-calendar-settings', entityType: 'council', entityId: council.id, before, after });
      return after;
    });
  }

  /** What the pure rules need to compute the council's dates: its settings, its bank holidays (with its own additions), its time zone and today. */
  async context(councilId: string, manager: EntityManager = this.db.manager): Promise<CalendarContext> {
    const council = await this.councils.council(councilId, manager);
    const settings = resolveSettings(council.calendarSettings);
    const national = this.bankHolidays.lookup(settings.bankHolidayDivision);
    const added = new Map((await manager.find(CouncilBankHoliday, { where: { councilId } })).map((h) => [h.date, h.title]));
    return {
      settings,
      holidays: added.size ? (date) => added.get(date) ?? national(date) : national,
      timeZone: council.timeZone,
      today: dateIn(this.clock.now(), council.timeZone),
    };
  }

  /**
   * Adds a bank holiday for the council and, in the same transaction, recomputes what it moves:
   * every listener (the obligations) re-derives its dates with the new calendar and explains the change.
   */
  async addBankHoliday(context: CouncilContext, input: { date: IsoDate; title: string }): Promise<{ holiday: CouncilBankHoliday; recomputed: Recomputed[] }> {
    const { actor } = context;
    return this.db.run(async (manager) => {
      const before = await this.context(actor.councilId, manager);
      const problem = nonWorkingReason(input.date, before.holidays);
      if (problem?.reason === 'weekend') throw new InvalidInputError([`date ${formatDate(input.date)} is a weekend day, never a working day`]);
      if (problem) throw new ConflictError(`${formatDate(input.date)} is already a bank holiday: ${problem.title}`);
      const holiday = manager.create(CouncilBankHoliday, {
        id: newId(),
        councilId: actor.councilId,
        date: input.date,
        title: input.title,
        addedBy: actor.label,
        createdAt: this.clock.now(),
      });
      await manager.insert(CouncilBankHoliday, holiday);
      await this.audit.record(manager, actor, { action: 'add-bank-holiday', entityType: 'council', entityId: actor.councilId, after: holiday });
      const context = await this.context(actor.councilId, manager);
      const recomputed: Recomputed[] = [];
      for (const listener of this.listeners) {
        recomputed.push(...(await listener(manager, actor, { councilId: actor.councilId, date: input.date, title: input.title, context })));
      }
      return { holiday, recomputed };
    });
  }

  /** The deadlines rules set from one date, for the council; each due at the end of its day in the council's time zone. */
  async deadlines(councilId: string, ruleIds: RuleId[], date: IsoDate): Promise<CouncilDeadline[]> {
    const { settings, holidays, timeZone } = await this.context(councilId);
    return ruleIds.map((ruleId) => {
      const result = deadlineFor(ruleId, date, settings, holidays);
      return { ...result, dueAt: endOfDay(result.date, timeZone), timeZone };
    });
  }

  /** The dates a meeting sets (agenda publication, attendance request, report deadline), from one read of the calendar. */
  async meetingDeadlines(councilId: string, meetingDate: IsoDate): Promise<{ agendaPublication: CouncilDeadline; attendanceRequest: CouncilDeadline; reportDeadline: CouncilDeadline }> {
    const { settings, holidays, timeZone } = await this.context(councilId);
    const due = (result: Deadline): CouncilDeadline => ({ ...result, dueAt: endOfDay(result.date, timeZone), timeZone });
    return {
      agendaPublication: due(deadlineFor('agenda_publication', meetingDate, settings, holidays)),
      attendanceRequest: due(deadlineFor('attendance_request', meetingDate, settings, holidays)),
      reportDeadline: due(reportDeadline(meetingDate, settings, holidays)),
    };
  }

  async bankHolidaysFor(councilId: string, division: Division | undefined, year: number | undefined) {
    const council = await this.councils.council(councilId);
    const chosen = division ?? resolveSettings(council.calendarSettings).bankHolidayDivision;
    const chosenYear = year ?? Number(dateIn(this.clock.now(), council.timeZone).slice(0, 4));
    const national: ListedBankHoliday[] = this.bankHolidays.list(chosen, chosenYear);
    const added: ListedBankHoliday[] =
      chosen === resolveSettings(council.calendarSettings).bankHolidayDivision
        ? (await this.db.manager.find(CouncilBankHoliday, { where: { councilId } }))
            .filter((h) => h.date.startsWith(`${chosenYear}-`))
            .map((h) => ({ date: h.date, title: h.title, notes: `Added by ${h.addedBy}`, bunting: true, source: 'council' }))
        : [];
    const items = [...national.filter((n) => !added.some((a) => a.date === n.date)), ...added].sort((a, b) => a.date.localeCompare(b.date));
    return { division: chosen, year: chosenYear, items };
  }
}
