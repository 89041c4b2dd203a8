import { Injectable } from '@nestjs/common';
import { type AnswerTally, deadlinesByMonth, KIND_LABELS, tallyAnswers } from '../obligations/obligation.rules.js';
import { ANSWER_SERIES, type Chart, chartSvg } from '../common/web/charts.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { dateIn, type IsoDate } from '../common/time/dates.js';
import { Clock } from '../common/time/clock.js';
import { AuthoritiesService } from '../authorities/authorities.service.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { CommitteesService } from '../councils/committees.service.js';
import { MunicipalYearsService } from '../councils/municipal-years.service.js';
import { DrawDownsService } from '../draw-downs/draw-downs.service.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { type Obligation, ObligationsService } from '../obligations/obligations.service.js';
import { DigestService } from '../reminders/digest.service.js';
import { stageLabel } from '../reminders/reminder-mail.rules.js';
import type { DutyCoverage } from '../work-plan/coverage.rules.js';
import { WorkPlanService } from '../work-plan/work-plan.service.js';
import { daysOverdue, lookAheadTo } from './this-week.rules.js';
import { countdown, monthInWords } from '../common/web/words.js';

export interface WeekObligation {
  id: string;
  authority: string;
  kind: string;
  subject: string;
  dueOn: IsoDate;
  daysOverdue: number;
  dueIn: string;
  acknowledged: boolean;
}

/** What the co-ordinator's home page shows: what is late, what is due, what waits for them, what is coming. */
export interface ThisWeek {
  today: IsoDate;
  overdue: WeekObligation[];
  dueSoon: WeekObligation[];
  lookAheadTo: IsoDate;
  extensionRequests: { obligationId: string; authority: string; subject: string; newDueOn: IsoDate | null; reason: string }[];
  /** Requests the approvers have still to decide. */
  drawDowns: { id: string; topic: string; decisionDueOn: IsoDate; decideIn: string }[];
  /** Requests the approvers agreed, for the co-ordinator to schedule to a meeting. */
  drawDownsToSchedule: { id: string; topic: string }[];
  failedDeliveries: { obligationId: string; authority: string; subject: string; stage: string; error: string }[];
  failingContacts: { authorityId: string; authority: string; name: string; email: string; reason: string; since: IsoDate }[];
  nextMeeting: {
    id: string;
    day: IsoDate;
    startsAt: Date;
    venue: string | null;
    agendaPublishedAt: Date | null;
    agendaPublication: { date: IsoDate; in: string };
    reportDeadline: { date: IsoDate; in: string };
  } | null;
  year: string | null;
  dutiesAtRisk: DutyCoverage[];
  /** What each authority asked this municipal year has answered, by authority; and the year's deadlines month by month. */
  charts: { answers: ShownChart | null; deadlines: ShownChart | null };
}

/** A chart as a page shows it: its figures, and its drawing (made here, from the figures, never from what a user typed unescaped). */
export interface ShownChart {
  id: string;
  chart: Chart;
  svg: string;
}

const shown = (id: string, chart: Chart): ShownChart => ({ id, chart, svg: chartSvg(chart, id) });
const values = (t: AnswerTally) => [t.onTime, t.late, t.overdue, t.notYetDue];

/** The co-ordinator's week, gathered from the modules that own each part (read-only). */
@Injectable()
export class ThisWeekService {
  constructor(
    private readonly obligations: ObligationsService,
    private readonly authorities: AuthoritiesService,
    private readonly digest: DigestService,
    private readonly drawDowns: DrawDownsService,
    private readonly meetings: MeetingsService,
    private readonly calendar: CalendarService,
    private readonly committees: CommitteesService,
    private readonly years: MunicipalYearsService,
    private readonly workPlan: WorkPlanService,
    private readonly clock: Clock,
  ) {}

  async of(context: CouncilContext): Promise<ThisWeek> {
    const { councilId, today } = context;
    const until = lookAheadTo(today);
    const [authorities, overdue, dueSoon, digest, drawDowns, toSchedule, nextMeeting, dutiesAtRisk, asked] = await Promise.all([
      this.authorities.authoritiesOf(councilId),
      this.obligations.open(councilId, { dueBefore: today }),
      this.obligations.open(councilId, { dueFrom: today, dueTo: until }),
      this.digest.content(councilId),
      this.drawDowns.list(context, { status: 'submitted', limit: 100, offset: 0 }),
      this.drawDowns.list(context, { status: 'approved', limit: 100, offset: 0 }),
      this.nextMeeting(context),
      this.dutiesAtRisk(context),
      this.askedThisYear(context),
    ]);
    const authorityName = (id: string) => authorities.find((a) => a.id === id)?.name ?? 'Unknown authority';
    const dayOf = (instant: Date) => dateIn(instant, context.timeZone);
    const tallies = asked ? tallyAnswers(asked.obligations, today, dayOf) : new Map<string, AnswerTally>();
    const months = asked ? deadlinesByMonth(asked.obligations, asked.year.startsOn, asked.year.endsOn, today, dayOf) : [];
    const line = (o: Obligation): WeekObligation => ({
      id: o.id,
      authority: authorityName(o.authorityId),
      kind: KIND_LABELS[o.kind] ?? o.kind,
      subject: o.subject,
      dueOn: o.dueOn,
      daysOverdue: daysOverdue(o.dueOn, today),
      dueIn: countdown(today, o.dueOn),
      acknowledged: o.acknowledgedAt !== null,
    });
    return {
      today,
      overdue: overdue.map(line).sort((a, b) => b.daysOverdue - a.daysOverdue),
      dueSoon: dueSoon.map(line),
      lookAheadTo: until,
      extensionRequests: digest.extensionRequests,
      drawDowns: drawDowns.items.map(({ request }) => ({ id: request.id, topic: request.topic, decisionDueOn: request.decisionDueOn, decideIn: countdown(today, request.decisionDueOn) })),
      drawDownsToSchedule: toSchedule.items.map(({ request }) => ({ id: request.id, topic: request.topic })),
      failedDeliveries: digest.failedDeliveries.map((f) => ({ ...f, stage: stageLabel(f.stage) })),
      failingContacts: digest.failingContacts,
      nextMeeting,
      ...dutiesAtRisk,
      charts: {
        // In the council's own order of its authorities.
        answers: tallies.size
          ? shown('answers', { title: 'Answers by authority', series: ANSWER_SERIES, rows: authorities.filter((a) => tallies.has(a.id)).map((a) => ({ label: a.name, values: values(tallies.get(a.id)!) })) })
          : null,
        deadlines: months.some((m) => values(m.tally).some((n) => n > 0))
          ? shown('deadlines', { title: 'Deadlines by month', series: ANSWER_SERIES, rows: months.map((m) => ({ label: monthInWords(m.month), values: values(m.tally) })) })
          : null,
      },
    };
  }

  /** What was asked of the authorities in the municipal year under way. */
  private async askedThisYear(context: CouncilContext): Promise<{ year: { startsOn: IsoDate; endsOn: IsoDate }; obligations: Obligation[] } | null> {
    const year = (await this.years.begunBy(context.councilId, context.today)).at(-1);
    if (!year) return null;
    return { year, obligations: await this.obligations.issuedBetween(context.councilId, year.startsOn, year.endsOn) };
  }

  private async nextMeeting(context: CouncilContext): Promise<ThisWeek['nextMeeting']> {
    const now = this.clock.now();
    const meeting = (await this.meetings.meetingsFrom(context.councilId, now)).find((m) => m.cancelledAt === null);
    if (!meeting) return null;
    const day = dateIn(meeting.startsAt, context.timeZone);
    const { agendaPublication, reportDeadline } = await this.calendar.meetingDeadlines(context.councilId, day);
    return {
      id: meeting.id,
      day,
      startsAt: meeting.startsAt,
      venue: meeting.venue,
      agendaPublishedAt: meeting.agendaPublishedAt,
      agendaPublication: { date: agendaPublication.date, in: countdown(context.today, agendaPublication.date) },
      reportDeadline: { date: reportDeadline.date, in: countdown(context.today, reportDeadline.date) },
    };
  }

  /** The statutory duties of the municipal year under way that nothing on the work plan meets yet. */
  private async dutiesAtRisk(context: CouncilContext): Promise<{ year: string | null; dutiesAtRisk: DutyCoverage[] }> {
    const [committee, begun] = await Promise.all([this.committees.scrutinyCommittee(context.councilId), this.years.begunBy(context.councilId, context.today)]);
    const year = begun.at(-1);
    if (!committee || !year || year.endsOn < context.today) return { year: null, dutiesAtRisk: [] };
    const coverage = await this.workPlan.coverage(context.councilId, committee.id, year.label);
    return { year: year.label, dutiesAtRisk: coverage.filter((c) => c.state === 'at_risk') };
  }
}
