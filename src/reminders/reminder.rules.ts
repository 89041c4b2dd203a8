import { addDays, type BankHolidayLookup, stepDays } from '../calendar/calendar.rules.js';
import { type IsoDate, startOfDay } from '../common/time/dates.js';

/**
 * When and whom reminders go to. A policy is a ladder of stages, each an offset in days from the due
 * date, the contact level to write to (0 first contact, 1 senior, 2 chief officer) and who is copied.
 */

export interface ReminderStage {
  offsetDays: number;
  level: 0 | 1 | 2;
  copyCoordinator: boolean;
  copyChair: boolean;
}

/** 7 days and 1 day before, on the day, 1 day after; then escalate at 7 and 14 days after. */
export const DEFAULT_REMINDER_POLICY: ReminderStage[] = [
  { offsetDays: -7, level: 0, copyCoordinator: false, copyChair: false },
  { offsetDays: -1, level: 0, copyCoordinator: false, copyChair: false },
  { offsetDays: 0, level: 0, copyCoordinator: false, copyChair: false },
  { offsetDays: 1, level: 0, copyCoordinator: false, copyChair: false },
  { offsetDays: 7, level: 1, copyCoordinator: true, copyChair: false },
  { offsetDays: 14, level: 2, copyCoordinator: true, copyChair: true },
];

/** Reminders are sent at 09:00 on their day, council time. */
export const SEND_HOUR = 9;

/** A stage's name, used in ids: `before-7`, `due`, `after-14`. */
export function stageKey(offsetDays: number): string {
  return offsetDays === 0 ? 'due' : offsetDays < 0 ? `before-${-offsetDays}` : `after-${offsetDays}`;
}

/** One message per problem; none means the policy can be used. */
export function policyProblems(stages: ReminderStage[]): string[] {
  const problems: string[] = [];
  if (stages.length === 0) problems.push('stages must not be empty');
  const seen = new Set<number>();
  stages.forEach((stage, i) => {
    if (seen.has(stage.offsetDays)) problems.push(`stages.${i}.offsetDays ${stage.offsetDays} appears twice`);
    seen.add(stage.offsetDays);
  });
  return problems;
}

/** The request itself, sent to the first contact when the obligation is issued: the first message of its thread. */
export const REQUEST_STAGE = 'request';
/** The first contact asked again when it has not acknowledged receipt in the working days the council allows. */
export const ACKNOWLEDGEMENT_STAGE = 'unacknowledged';
/** Stages counted from the day of issue, not from the due date: a due date that moves leaves them be. */
export const ISSUE_STAGES: readonly string[] = [REQUEST_STAGE, ACKNOWLEDGEMENT_STAGE];

export interface PlannedReminder {
  stage: string;
  stageDay: IsoDate;
  dueAt: Date;
  level: 0 | 1 | 2;
  copyCoordinator: boolean;
  copyChair: boolean;
}

/**
 * The reminders of an obligation due on `dueOn`: one per stage, at 09:00 on its day in the time zone,
 * leaving out stages whose day is before `from` (an obligation issued three days before its due date
 * gets no seven-day reminder).
 */
export function planReminders(dueOn: IsoDate, stages: ReminderStage[], timeZone: string, from: IsoDate): PlannedReminder[] {
  return [...stages]
    .sort((a, b) => a.offsetDays - b.offsetDays)
    .map((stage) => {
      const stageDay = addDays(dueOn, stage.offsetDays);
      return {
        stage: stageKey(stage.offsetDays),
        stageDay,
        dueAt: new Date(startOfDay(stageDay, timeZone).getTime() + SEND_HOUR * 3_600_000),
        level: stage.level,
        copyCoordinator: stage.copyCoordinator,
        copyChair: stage.copyChair,
      };
    })
    .filter((planned) => planned.stageDay >= from);
}

export interface Contact {
  email: string;
  name: string;
  escalationLevel: number;
  /** The mail server refused this address for good (a rejected recipient): it is skipped. */
  failing?: boolean;
}

/**
 * Who a stage writes to: the working contacts at its level. When every contact there is failing,
 * the next working level up the ladder (the failure must reach someone more senior, not stop).
 * When the authority has no one at that level, the nearest level below (a small body may have only
 * a first contact), else above, so a reminder never goes nowhere while anyone works.
 */
export function recipientsFor(level: number, contacts: Contact[]): Contact[] {
  const working = contacts.filter((c) => !c.failing);
  const at = (l: number) => working.filter((c) => c.escalationLevel === l);
  if (at(level).length > 0) return at(level);
  const levels = [...new Set(working.map((c) => c.escalationLevel))].sort((a, b) => a - b);
  const above = levels.filter((l) => l > level);
  const below = levels.filter((l) => l < level).reverse();
  const failedHere = contacts.some((c) => c.escalationLevel === level && c.failing);
  const order = failedHere ? [...above, ...below] : [...below, ...above];
  return order.length > 0 ? at(order[0]) : [];
}

/** The request, to go as soon as the obligation is issued, to the first contact, copying no one. */
export function planRequest(issuedAt: Date, issuedOn: IsoDate): PlannedReminder {
  return { stage: REQUEST_STAGE, stageDay: issuedOn, dueAt: issuedAt, level: 0, copyCoordinator: false, copyChair: false };
}

/** The last working day on which an acknowledgement asked for within `workingDays` of issue is in time. */
export function acknowledgeBy(issuedOn: IsoDate, workingDays: number, holidays: BankHolidayLookup): IsoDate {
  return stepDays(issuedOn, workingDays, 'clear_working_days', holidays).date;
}

/**
 * The chase of an unacknowledged request: at 09:00 on the working day after the acknowledgement was
 * due; left out when that is not earlier than the first reminder the policy plans (or the due date),
 * which would say the same a day later, and when it would already be in the past.
 */
export function planAcknowledgementChase(
  input: { issuedOn: IsoDate; dueOn: IsoDate; workingDays: number; stages: ReminderStage[] },
  holidays: BankHolidayLookup,
  timeZone: string,
  from: IsoDate,
): PlannedReminder | null {
  const chaseDay = stepDays(acknowledgeBy(input.issuedOn, input.workingDays, holidays), 1, 'clear_working_days', holidays).date;
  const firstStageDay = [...input.stages.map((s) => addDays(input.dueOn, s.offsetDays)), input.dueOn].sort()[0];
  if (chaseDay >= firstStageDay || chaseDay < from) return null;
  return {
    stage: ACKNOWLEDGEMENT_STAGE,
    stageDay: chaseDay,
    dueAt: new Date(startOfDay(chaseDay, timeZone).getTime() + SEND_HOUR * 3_600_000),
    level: 0,
    copyCoordinator: false,
    copyChair: false,
  };
}
