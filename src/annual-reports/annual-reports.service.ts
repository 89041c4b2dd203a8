import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource, type EntityManager, In, LessThanOrEqual } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { type Actor, systemActor } from '../common/auth/principal.js';
import { AppConfig } from '../common/config/app-config.js';
import { newId } from '../common/database/columns.js';
import { ConflictError, NotFoundError } from '../common/errors/domain-errors.js';
import { jobId } from '../common/queue/queues.js';
import { JOBS, QUEUES } from '../jobs/job-registry.js';
import { QUEUE_TIMEOUT_MS, withTimeout } from '../common/queue/with-timeout.js';
import { Clock } from '../common/time/clock.js';
import { dateIn, type IsoDate } from '../common/time/dates.js';
import { CommitteeMember } from '../councils/committee-member.entity.js';
import { Committee } from '../councils/committee.entity.js';
import { sumOverCouncils } from '../councils/each-council.js';
import { MunicipalYear } from '../councils/municipal-year.entity.js';
import { DrawDownRequest } from '../draw-downs/draw-down.entity.js';
import { countOutcomes } from '../draw-downs/draw-down.rules.js';
import { KeyDecision } from '../forward-plan/key-decision.entity.js';
import { ForwardPlanNotice } from '../forward-plan/notice.entity.js';
import { noticeTitle } from '../forward-plan/forward-plan.rules.js';
import { MailOutbox } from '../mail/mail-outbox.service.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { MinuteItem, Minutes } from '../minutes/minutes.entity.js';
import { ObligationResponse } from '../obligations/obligation-response.entity.js';
import { Obligation } from '../obligations/obligation.entity.js';
import { WorkPlanAmendment } from '../work-plan/work-plan-amendment.entity.js';
import { WorkPlanItem } from '../work-plan/work-plan-item.entity.js';
import { WorkPlanVersion } from '../work-plan/work-plan-version.entity.js';
import { seasonStart } from '../work-plan/work-plan.rules.js';
import { WorkPlanService } from '../work-plan/work-plan.service.js';
import type { AnnualReportSettingsDto, RequestAnnualReportDto } from './annual-report.dto.js';
import { AnnualReport, AnnualReportSettings } from './annual-report.entity.js';
import {
  annualReportBlocks,
  attendanceOf,
  describeAmendment,
  draftDue,
  isProcedural,
  planBySeason,
  type ReportData,
  type ReportMeeting,
  responseState,
  yearOfPlan,
} from './annual-report.rules.js';
import { type Block, renderHtml, renderMarkdown } from './report-document.js';
import { renderDocx } from './report-docx.js';
import { publicText, publicTitle } from '../exempt-information/exempt.rules.js';
import { CouncilsService } from '../councils/councils.service.js';
import { AuthoritiesService } from '../authorities/authorities.service.js';


export type ReportFormat = 'md' | 'html' | 'docx';

/** The committee's annual report to full council, compiled by a queued job from the system's own records. */
@Injectable()
export class AnnualReportsService {
  private readonly logger = new Logger(AnnualReportsService.name);

  constructor(
    private readonly authorities: AuthoritiesService,
    private readonly councils: CouncilsService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly outbox: MailOutbox,
    private readonly workPlan: WorkPlanService,
    @InjectQueue(QUEUES.annualReports) private readonly queue: Queue,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async settings(actor: Actor, committeeId: string, input: AnnualReportSettingsDto): Promise<AnnualReportSettings> {
    const db = this.dataSource.manager;
    if (!(await db.existsBy(Committee, { id: committeeId, councilId: actor.councilId }))) throw new NotFoundError('Committee', committeeId);
    const settings = db.create(AnnualReportSettings, {
      committeeId,
      councilId: actor.councilId,
      councilName: input.councilName ?? null,
      committeeName: input.committeeName ?? null,
      introduction: input.introduction ?? null,
      protocol: input.protocol ?? null,
      compileOnDay: input.compileOnDay ?? null,
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.save(AnnualReportSettings, settings);
      await this.audit.record(manager, actor, { action: 'annual-report-settings', entityType: 'committee', entityId: committeeId, after: settings });
    });
    return settings;
  }

  /**
   * A new version, queued. The row is written first: if Redis is away the job is added by the next
   * sweep, so a request is never lost.
   */
  async request(actor: Actor, input: RequestAnnualReportDto, automatic = false): Promise<AnnualReport> {
    const db = this.dataSource.manager;
    const committee = await db.findOneBy(Committee, { id: input.committeeId, councilId: actor.councilId });
    if (!committee) throw new NotFoundError('Committee', input.committeeId);
    if (!(await db.existsBy(MunicipalYear, { councilId: actor.councilId, label: input.municipalYear }))) throw new NotFoundError('Municipal year', input.municipalYear);
    const report = await this.dataSource.transaction(async (manager) => {
      const latest = await manager.findOne(AnnualReport, { where: { committeeId: committee.id, municipalYear: input.municipalYear }, order: { version: 'DESC' } });
      const row = manager.create(AnnualReport, {
        id: newId(),
        councilId: actor.councilId,
        committeeId: committee.id,
        municipalYear: input.municipalYear,
        version: (latest?.version ?? 0) + 1,
        status: 'queued',
        progress: 0,
        error: null,
        title: `${committee.name}: Draft Annual Report ${input.municipalYear}`,
        blocks: null,
        automatic,
        requestedBy: actor.label,
        requestedAt: this.clock.now(),
        compiledAt: null,
        agreedAt: null,
        submittedAt: null,
      });
      await manager.insert(AnnualReport, row);
      await this.audit.record(manager, actor, { action: 'annual-report-request', entityType: 'annual_report', entityId: row.id, after: { ...row } });
      return row;
    });
    await this.enqueue(report.id);
    return report;
  }

  async get(councilId: string, id: string): Promise<AnnualReport> {
    const report = await this.dataSource.manager.findOneBy(AnnualReport, { id, councilId });
    if (!report) throw new NotFoundError('Annual report', id);
    return report;
  }

  /** Every version of a committee's reports for a year, newest first. */
  async versions(councilId: string, committeeId: string, municipalYear: string): Promise<AnnualReport[]> {
    return this.dataSource.manager.find(AnnualReport, { where: { councilId, committeeId, municipalYear }, order: { version: 'DESC' } });
  }

  async render(councilId: string, id: string, format: ReportFormat): Promise<{ report: AnnualReport; body: string | Buffer }> {
    const report = await this.get(councilId, id);
    if (!report.blocks) throw new ConflictError(`The report is ${report.status}${report.status === 'compiling' ? ` (${report.progress}%)` : ''}: there is no draft to download yet`);
    return { report, body: await this.format(report.blocks, report.title, format) };
  }

  /** The committee agreed the draft (draft → agreed), or the council received it (agreed → submitted). */
  async advance(actor: Actor, id: string, to: 'agreed' | 'submitted'): Promise<AnnualReport> {
    return this.dataSource.transaction(async (manager) => {
      const report = await manager.findOneBy(AnnualReport, { id, councilId: actor.councilId });
      if (!report) throw new NotFoundError('Annual report', id);
      const from = to === 'agreed' ? 'draft' : 'agreed';
      if (report.status !== from) throw new ConflictError(`The report is ${report.status}: only a report ${from === 'draft' ? 'in draft' : 'agreed by the committee'} can be ${to === 'agreed' ? 'agreed' : 'submitted to council'}`);
      const change = to === 'agreed' ? { status: to, agreedAt: this.clock.now() } : { status: to, submittedAt: this.clock.now() };
      await manager.update(AnnualReport, { id }, change);
      const { blocks: _blocks, ...before } = report;
      await this.audit.record(manager, actor, { action: `annual-report-${to}`, entityType: 'annual_report', entityId: id, before, after: { ...before, ...change } });
      return { ...report, ...change };
    });
  }

  /** The report the council received, for the public: the newest version submitted for the year. */
  async published(slug: string, municipalYear: string): Promise<AnnualReport | null> {
    const db = this.dataSource.manager;
    const council = await this.councils.findBySlug(slug);
    if (!council) return null;
    return db.findOne(AnnualReport, { where: { councilId: council.id, municipalYear, status: 'submitted' }, order: { version: 'DESC' } });
  }

  format(blocks: Block[], title: string, format: ReportFormat): Promise<string | Buffer> | string {
    if (format === 'md') return renderMarkdown(blocks);
    if (format === 'html') return renderHtml(blocks, title);
    return renderDocx(blocks, title);
  }

  /** The job: gather the year's records, compile the blocks, keep them. A failure is recorded on the report. */
  async compile(id: string, progress: (percent: number) => Promise<void> = async () => undefined): Promise<AnnualReport | null> {
    const db = this.dataSource.manager;
    const claimed = await db.update(AnnualReport, { id, status: In(['queued', 'compiling']) }, { status: 'compiling', progress: 5 });
    if ((claimed.affected ?? 0) !== 1) return null;
    const report = await db.findOneByOrFail(AnnualReport, { id });
    const step = async (percent: number) => {
      await db.update(AnnualReport, { id }, { progress: percent });
      await progress(percent);
    };
    try {
      const data = await this.gather(report, step);
      const blocks = annualReportBlocks(data);
      const done = { status: 'draft' as const, progress: 100, blocks, title: `${data.committeeName}: Draft Annual Report ${report.municipalYear}`, compiledAt: this.clock.now(), error: null };
      const notice = await this.dataSource.transaction(async (manager) => {
        await manager.update(AnnualReport, { id }, done);
        await this.audit.record(manager, systemActor(report.councilId), { action: 'annual-report-compiled', entityType: 'annual_report', entityId: id, after: { version: report.version, municipalYear: report.municipalYear, sections: blocks.filter((b) => b.kind === 'heading' && b.level === 2).length } });
        // A draft compiled by itself is announced to the co-ordinators, through the outbox: a refused send waits.
        return report.automatic ? this.announce(manager, report) : null;
      });
      await this.outbox.deliver([notice]);
      return { ...report, ...done };
    } catch (error) {
      this.logger.error(`Annual report ${id} not compiled: ${(error as Error).stack}`);
      await db.update(AnnualReport, { id }, { status: 'failed', error: (error as Error).message });
      return null;
    }
  }

  /**
   * The scheduled tick: queued reports whose job did not reach Redis are queued again, and a draft is
   * compiled for each year whose last meeting has approved minutes and has no report yet.
   */
  async sweepAll(): Promise<number> {
    return sumOverCouncils(this.dataSource, (councilId) => this.sweep(councilId));
  }

  async sweep(councilId: string): Promise<number> {
    const db = this.dataSource.manager;
    let queued = 0;
    for (const report of await db.find(AnnualReport, { where: { councilId, status: 'queued' }, select: { id: true } })) {
      await this.enqueue(report.id);
      queued++;
    }
    const { timeZone } = await this.calendar.context(councilId);
    const today = dateIn(this.clock.now(), timeZone);
    const [committees, years, reports] = await Promise.all([
      db.find(Committee, { where: { councilId } }),
      db.find(MunicipalYear, { where: { councilId, startsOn: LessThanOrEqual(today) } }),
      db.find(AnnualReport, { where: { councilId }, select: { committeeId: true, municipalYear: true } }),
    ]);
    // Each tick: only the years without a report are looked at further (once a draft exists, nothing more is read).
    const reported = new Set(reports.map((r) => `${r.committeeId}/${r.municipalYear}`));
    for (const committee of committees) {
      const open = years.filter((year) => !reported.has(`${committee.id}/${year.label}`));
      if (!open.length) continue;
      const settings = await db.findOneBy(AnnualReportSettings, { committeeId: committee.id });
      for (const year of open) {
        const meetings = (await this.meetingsOf(committee.id, year, timeZone)).filter((m) => !m.cancelledAt);
        const last = meetings[meetings.length - 1];
        const minutesApproved = last !== undefined && (await db.existsBy(Minutes, { meetingId: last.id, status: 'approved' }));
        if (!draftDue(year, today, minutesApproved, settings?.compileOnDay ?? null)) continue;
        await this.request(systemActor(councilId), { committeeId: committee.id, municipalYear: year.label }, true);
        queued++;
      }
    }
    return queued;
  }

  private async enqueue(id: string): Promise<void> {
    try {
      const job = JOBS.compileAnnualReport;
      await withTimeout(this.queue.add(job.name, { reportId: id }, { ...job.options, jobId: jobId(job.name, id) }), QUEUE_TIMEOUT_MS);
    } catch (error) {
      // Redis is away: the report stays queued and the next sweep adds the job.
      this.logger.warn(`Annual report ${id} not queued yet: ${(error as Error).message}`);
    }
  }

  private async announce(manager: EntityManager, report: AnnualReport): Promise<string | null> {
    const coordinators = await this.councils.coordinators(report.councilId, manager);
    return this.outbox.post(manager, report.councilId, {
      to: coordinators.map((u) => u.email),
      subject: `Draft annual report ${report.municipalYear} compiled`,
      text: [
        `The draft annual report for ${report.municipalYear} (version ${report.version}) has been compiled for you to review: the last meeting of the year has approved minutes, or the day set for it has come.`,
        '',
        `${this.config.publicBaseUrl}/api/v1/annual-reports/${report.id}/draft.html`,
        `${this.config.publicBaseUrl}/api/v1/annual-reports/${report.id}/draft.docx`,
      ].join('\n'),
    });
  }

  /** The committee's meetings held (or set) on a day of the municipal year, in order. */
  private async meetingsOf(committeeId: string, year: MunicipalYear, timeZone: string): Promise<Meeting[]> {
    const all = await this.dataSource.manager.find(Meeting, { where: { committeeId }, order: { startsAt: 'ASC' } });
    return all.filter((m) => {
      const day = dateIn(m.startsAt, timeZone);
      return day >= year.startsOn && day <= year.endsOn;
    });
  }

  /** Everything the report says, read from the records of the committee's year. */
  private async gather(report: AnnualReport, step: (percent: number) => Promise<void>): Promise<ReportData> {
    const db = this.dataSource.manager;
    const { councilId, committeeId } = report;
    const [council, committee, settings, year] = await Promise.all([
      this.councils.council(councilId),
      db.findOneByOrFail(Committee, { id: committeeId }),
      db.findOneBy(AnnualReportSettings, { committeeId }),
      db.findOneByOrFail(MunicipalYear, { councilId, label: report.municipalYear }),
    ]);
    const { timeZone } = await this.calendar.context(councilId);
    const inYear = (date: IsoDate) => date >= year.startsOn && date <= year.endsOn;
    const dateOf = (m: Meeting) => dateIn(m.startsAt, timeZone);

    const allMeetings = await db.find(Meeting, { where: { councilId, committeeId }, order: { startsAt: 'ASC' } });
    const meetings = allMeetings.filter((m) => inYear(dateOf(m)));
    const minutes = meetings.length ? await db.find(Minutes, { where: { meetingId: In(meetings.map((m) => m.id)) } }) : [];
    const minuteItems = minutes.length ? await db.find(MinuteItem, { where: { minutesId: In(minutes.map((m) => m.id)) }, order: { position: 'ASC' } }) : [];
    // The report goes to full council and is then public: exempt records are read as the public sees them.
    const allItems = (await db.find(WorkPlanItem, { where: { councilId, committeeId }, order: { position: 'ASC' } })).map((i) => ({
      ...i,
      title: publicTitle(i.title, i.exemptParagraph),
      description: publicText(i.description, i.exemptParagraph),
    }));
    const itemDate = (i: WorkPlanItem) => {
      const meeting = i.meetingId ? allMeetings.find((m) => m.id === i.meetingId) : undefined;
      return meeting ? dateOf(meeting) : seasonStart(i.season);
    };
    await step(25);

    const reportMeetings: ReportMeeting[] = meetings.map((meeting) => {
      const recorded = minutes.find((m) => m.meetingId === meeting.id);
      const items = recorded
        ? minuteItems.filter((i) => i.minutesId === recorded.id && !isProcedural(i.title)).map((i) => ({ number: i.number, title: i.title, summary: i.summary, resolutions: i.resolutions, exempt: i.exempt }))
        : allItems.filter((i) => i.meetingId === meeting.id && i.status === 'considered').map((i, n) => ({ number: String(n + 1), title: i.title, summary: '', resolutions: [], exempt: i.exemptParagraph !== null }));
      return { date: dateOf(meeting), cancelled: meeting.cancelledAt !== null, items, minutes: recorded ? recorded.status : 'none' };
    });

    // The previous year's report: its minute item, else the work plan item considered in the year.
    const reportItem = minuteItems.find((i) => /annual report/i.test(i.title) && !i.exempt);
    const reportMinutes = reportItem && minutes.find((m) => m.id === reportItem.minutesId);
    const reportPlanned = allItems.find((i) => /annual report/i.test(i.title) && i.status === 'considered' && inYear(itemDate(i) ?? ''));
    const previousReport = reportItem && reportMinutes
      ? { date: dateOf(meetings.find((m) => m.id === reportMinutes.meetingId)!), title: reportItem.title, resolutions: reportItem.resolutions }
      : reportPlanned
        ? { date: itemDate(reportPlanned)!, title: reportPlanned.title, resolutions: [] }
        : null;

    const yearItems = allItems.filter((i) => i.status !== 'withdrawn' && inYear(itemDate(i) ?? ''));
    const titles = (basis: 'statutory' | 'discretionary') => [...new Set(yearItems.filter((i) => i.basis === basis).map((i) => i.title))];
    const { initial, isYears } = yearOfPlan(await db.find(WorkPlanVersion, { where: { committeeId } }), year);
    const titleOf = new Map(allItems.map((i) => [i.id, i.title]));
    const amendments = (await db.find(WorkPlanAmendment, { where: { councilId }, order: { sequence: 'ASC' } }))
      .filter((a) => titleOf.has(a.itemId) && isYears(a.recordedAt, dateIn(a.recordedAt, timeZone)))
      .map((a) => ({ ...a, reason: publicText(a.reason, a.exemptParagraph) }));
    await step(50);

    const members = await db.find(CommitteeMember, { where: { committeeId, role: 'standing_invitee', from: LessThanOrEqual(year.endsOn) } });
    const standingInvitations = members.filter((m) => !m.to || m.to >= year.startsOn).map((m) => m.name);
    const authorities = await this.authorities.authoritiesOf(councilId);
    const recommendations = (await db.find(Obligation, { where: { councilId, kind: 'recommendation' }, order: { issuedOn: 'ASC' } })).filter((o) => inYear(o.issuedOn) && o.status !== 'withdrawn');
    const responses = recommendations.length ? await db.find(ObligationResponse, { where: { obligationId: In(recommendations.map((o) => o.id)) }, order: { respondedAt: 'ASC' } }) : [];
    await step(75);

    const requests = (await db.find(DrawDownRequest, { where: { councilId, committeeId }, order: { submittedAt: 'ASC' } })).filter((r) => inYear(dateIn(r.submittedAt, timeZone)));
    const notices = (await db.find(ForwardPlanNotice, { where: { councilId, status: In(['published', 'superseded']) }, order: { periodStart: 'ASC' } })).filter((n) => n.publishedOn && inYear(n.publishedOn));
    const decisions = notices.length ? await db.find(KeyDecision, { where: { noticeId: In(notices.map((n) => n.id)) } }) : [];

    return {
      councilName: settings?.councilName ?? council.name,
      committeeName: settings?.committeeName ?? committee.name,
      municipalYear: report.municipalYear,
      introduction: settings?.introduction ?? null,
      protocol: settings?.protocol ?? null,
      authorities: authorities.filter((a) => a.statutory).map((a) => a.name),
      previousReport,
      standingInvitations,
      statutoryItems: titles('statutory'),
      discretionaryItems: titles('discretionary'),
      initialPlan: initial ? { label: initial.label, agreedOn: initial.agreedOn, seasons: planBySeason(initial.items.map((i) => ({ ...i, title: publicTitle(i.title, i.exemptParagraph ?? null) }))) } : null,
      amendments: amendments.map((a) => describeAmendment(titleOf.get(a.itemId)!, a)),
      meetings: reportMeetings,
      recommendations: recommendations.map((o) => {
        const answer = responses.find((r) => r.obligationId === o.id);
        const exempt = o.exemptParagraph !== null;
        return {
          subject: publicTitle(o.subject, o.exemptParagraph),
          authority: authorities.find((a) => a.id === o.authorityId)?.name ?? '',
          dueOn: o.dueOn,
          state: responseState(answer ? dateIn(answer.respondedAt, timeZone) : null, o.dueOn),
          positions: (answer?.positions ?? []).map((p, i) => (exempt ? `Recommendation ${i + 1}: ${p.position}` : `${p.recommendation}: ${p.position} (${p.reason})`)),
        };
      }),
      drawDowns: {
        outcomes: countOutcomes(requests),
        // Topics are named only once they reached the committee: a refused or withdrawn request is counted, not named, in a public report.
        requests: requests.filter((r) => r.status === 'scheduled' || r.status === 'considered').map((r) => ({ topic: r.topic, status: r.status, callForAction: r.callForAction })),
      },
      notices: notices.map((n) => ({ title: noticeTitle(n), publishedOn: n.publishedOn!, decisions: decisions.filter((d) => d.noticeId === n.id).length })),
      attendance: attendanceOf(minutes.map((m) => m.attendance)),
      coverage: (await this.workPlan.coverage(councilId, committeeId, report.municipalYear)).map((c) => ({ description: c.label, state: c.state, why: c.why })),
    };
  }
}
