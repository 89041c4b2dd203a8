import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { systemActor } from '../common/auth/principal.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { AppConfig } from '../common/config/app-config.js';
import { newId } from '../common/database/columns.js';
import { ConflictError, NotFoundError } from '../common/errors/domain-errors.js';
import { jobId } from '../common/queue/queues.js';
import { JOBS, QUEUES } from '../jobs/job-registry.js';
import { QUEUE_TIMEOUT_MS, withTimeout } from '../common/queue/with-timeout.js';
import { Clock } from '../common/time/clock.js';
import { dateIn, type IsoDate } from '../common/time/dates.js';
import { CommitteesService } from '../councils/committees.service.js';
import { type MunicipalYear, MunicipalYearsService } from '../councils/municipal-years.service.js';
import { countOutcomes } from '../draw-downs/draw-down.rules.js';
import { DrawDownsService } from '../draw-downs/draw-downs.service.js';
import { noticeTitle } from '../forward-plan/forward-plan.rules.js';
import { ForwardPlanService } from '../forward-plan/forward-plan.service.js';
import { MailOutbox } from '../mail/mail-outbox.service.js';
import { MailTemplates } from '../mail/mail-templates.js';
import { type Meeting, MeetingsService } from '../meetings/meetings.service.js';
import { MinutesService } from '../minutes/minutes.service.js';
import { deadlinesByMonth, POSITION_WORDS, tallyAnswers } from '../obligations/obligation.rules.js';
import { ObligationsService } from '../obligations/obligations.service.js';
import { seasonStart } from '../work-plan/work-plan.rules.js';
import { type WorkPlanItem, WorkPlanService } from '../work-plan/work-plan.service.js';
import type { RequestAnnualReportDto } from './annual-report.dto.js';
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
import { type Block, renderHtml, renderMarkdown, type ReportLogo } from './report-document.js';
import { logoPath } from '../councils/logo.rules.js';
import { renderDocx } from './report-docx.js';
import { readLinkToken, signLinkToken } from '../common/auth/signed-link.js';
import { SecretsService } from '../common/secrets/secrets.service.js';
import { publicText, publicTitle } from '../exempt-information/exempt.rules.js';
import { type Council, CouncilsService } from '../councils/councils.service.js';
import { AuthoritiesService } from '../authorities/authorities.service.js';
import { Transactions } from '../common/database/transactions.js';
import { type Page, pageOf } from '../common/http/pagination.js';

export type ReportFormat = 'md' | 'html' | 'docx';

/** How long the link to a compiled draft, e-mailed to the co-ordinators, works. */
export const DRAFT_LINK_DAYS = 28;

/** The committee's annual report to full council, compiled by a queued job from the system's own records. */
@Injectable()
export class AnnualReportsService {
  private readonly logger = new Logger(AnnualReportsService.name);

  constructor(
    private readonly authorities: AuthoritiesService,
    private readonly councils: CouncilsService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly secrets: SecretsService,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly outbox: MailOutbox,
    private readonly templates: MailTemplates,
    private readonly workPlan: WorkPlanService,
    private readonly committees: CommitteesService,
    private readonly years: MunicipalYearsService,
    private readonly meetings: MeetingsService,
    private readonly minutes: MinutesService,
    private readonly obligations: ObligationsService,
    private readonly drawDowns: DrawDownsService,
    private readonly forwardPlan: ForwardPlanService,
    @InjectQueue(QUEUES.annualReports) private readonly queue: Queue,
    private readonly db: Transactions,
  ) {}

  /**
   * A new version, queued. The row is written first: if Redis is away the job is added by the next
   * sweep, so a request is never lost.
   */
  async request(context: CouncilContext, input: RequestAnnualReportDto, automatic = false): Promise<AnnualReport> {
    const { actor } = context;
    const committee = await this.committees.get(actor.councilId, input.committeeId);
    if (!(await this.years.byLabel(actor.councilId, input.municipalYear))) throw new NotFoundError('Municipal year', input.municipalYear);
    const report = await this.db.run(async (manager) => {
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
    const report = await this.db.manager.findOneBy(AnnualReport, { id, councilId });
    if (!report) throw new NotFoundError('Annual report', id);
    return report;
  }

  /** Every version of a committee's reports for a year, newest first. */
  async versions(councilId: string, committeeId: string, municipalYear: string, limit = 50, offset = 0): Promise<Page<AnnualReport>> {
    const [items, total] = await this.db.manager.findAndCount(AnnualReport, { where: { councilId, committeeId, municipalYear }, order: { version: 'DESC' }, take: limit, skip: offset });
    return pageOf(items, total);
  }

  async render(councilId: string, id: string, format: ReportFormat): Promise<{ report: AnnualReport; body: string | Buffer }> {
    const report = await this.get(councilId, id);
    if (!report.blocks) throw new ConflictError(`The report is ${report.status}${report.status === 'compiling' ? ` (${report.progress}%)` : ''}: there is no draft to download yet`);
    return { report, body: await this.format(report.blocks, report.title, format, await this.reportLogo(councilId)) };
  }

  /** The council's logo as its reports carry it, or null when it has none. */
  async reportLogo(councilId: string): Promise<ReportLogo | null> {
    const [council, logo] = await Promise.all([this.councils.council(councilId), this.councils.logoOf(councilId)]);
    return logo && { ...logo, alt: council.name, url: `${this.config.publicBaseUrl}${logoPath(council.slug, logo.digest)}` };
  }

  /**
   * The draft a co-ordinator's signed link names (the link in the e-mail saying it was compiled): a
   * browser opens it without the API's bearer token. Null for a bad or expired link.
   */
  async renderThroughLink(token: string, format: ReportFormat): Promise<{ report: AnnualReport; body: string | Buffer } | null> {
    const claims = readLinkToken(await this.secrets.linkKey(), token);
    if (typeof claims === 'string' || claims.expiresAt <= this.clock.now()) return null;
    const report = await this.db.manager.findOneBy(AnnualReport, { id: claims.linkId });
    return report ? this.render(report.councilId, report.id, format) : null;
  }

  /** The committee agreed the draft (draft → agreed), or the council received it (agreed → submitted). */
  async advance(context: CouncilContext, id: string, to: 'agreed' | 'submitted'): Promise<AnnualReport> {
    const { actor } = context;
    return this.db.run(async (manager) => {
      const report = await manager.findOneBy(AnnualReport, { id, councilId: actor.councilId });
      if (!report) throw new NotFoundError('Annual report', id);
      const from = to === 'agreed' ? 'draft' : 'agreed';
      if (report.status !== from) throw new ConflictError(`The report is ${report.status}: only a report ${from === 'draft' ? 'in draft' : 'agreed by the committee'} can be ${to === 'agreed' ? 'agreed' : 'submitted to council'}`);
      // The committee agrees one report for its year: another version agreed or submitted already stands.
      const standing = to === 'agreed'
        ? await manager.findOne(AnnualReport, { where: { committeeId: report.committeeId, municipalYear: report.municipalYear, status: In(['agreed', 'submitted']) } })
        : null;
      if (standing) throw new ConflictError(`Version ${standing.version} of the ${report.municipalYear} report is already ${standing.status === 'agreed' ? 'agreed by the committee' : 'submitted to council'}: only one version of a year's report is agreed`);
      const change = to === 'agreed' ? { status: to, agreedAt: this.clock.now() } : { status: to, submittedAt: this.clock.now() };
      await manager.update(AnnualReport, { id }, change);
      const { blocks: _blocks, ...before } = report;
      await this.audit.record(manager, actor, { action: `annual-report-${to}`, entityType: 'annual_report', entityId: id, before, after: { ...before, ...change } });
      return { ...report, ...change };
    });
  }

  /** The report the council received, for the public: the newest version submitted for the year. */
  async published(slug: string, municipalYear: string): Promise<AnnualReport | null> {
    const db = this.db.manager;
    const council = await this.councils.findBySlug(slug);
    if (!council) return null;
    return db.findOne(AnnualReport, { where: { councilId: council.id, municipalYear, status: 'submitted' }, order: { version: 'DESC' } });
  }

  /** The reports a council has submitted to full council, by its slug, newest year first; null for an unknown council. */
  async submitted(slug: string): Promise<{ council: Council; reports: AnnualReport[] } | null> {
    const council = await this.councils.findBySlug(slug);
    if (!council) return null;
    const reports = await this.db.manager.find(AnnualReport, { where: { councilId: council.id, status: 'submitted' }, order: { municipalYear: 'DESC', version: 'DESC' } });
    // One per year: the last version submitted.
    return { council, reports: reports.filter((r, i) => reports.findIndex((x) => x.municipalYear === r.municipalYear) === i) };
  }

  format(blocks: Block[], title: string, format: ReportFormat, logo: ReportLogo | null = null): Promise<string | Buffer> | string {
    if (format === 'md') return renderMarkdown(blocks, logo);
    if (format === 'html') return renderHtml(blocks, title, logo);
    return renderDocx(blocks, title, logo);
  }

  /** The job: gather the year's records, compile the blocks, keep them. A failure is recorded on the report. */
  async compile(id: string, progress: (percent: number) => Promise<void> = async () => undefined): Promise<AnnualReport | null> {
    const db = this.db.manager;
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
      const notice = await this.db.run(async (manager) => {
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
   * A council's part of the scheduled sweep: queued reports whose job did not reach Redis are queued
   * again, and a draft is compiled for each year whose last meeting has approved minutes and has no report yet.
   */
  async sweep(councilId: string): Promise<number> {
    const db = this.db.manager;
    let queued = 0;
    for (const report of await db.find(AnnualReport, { where: { councilId, status: 'queued' }, select: { id: true } })) {
      await this.enqueue(report.id);
      queued++;
    }
    const { timeZone } = await this.calendar.context(councilId);
    const today = dateIn(this.clock.now(), timeZone);
    const [committees, years, reports] = await Promise.all([
      this.committees.committeesOf(councilId),
      this.years.begunBy(councilId, today),
      db.find(AnnualReport, { where: { councilId }, select: { committeeId: true, municipalYear: true } }),
    ]);
    // Each tick: only the years without a report are looked at further (once a draft exists, nothing more is read).
    const reported = new Set(reports.map((r) => `${r.committeeId}/${r.municipalYear}`));
    for (const committee of committees) {
      const open = years.filter((year) => !reported.has(`${committee.id}/${year.label}`));
      if (!open.length) continue;
      const settings = await db.findOneBy(AnnualReportSettings, { committeeId: committee.id });
      for (const year of open) {
        const meetings = (await this.meetingsOf(councilId, committee.id, year, timeZone)).filter((m) => !m.cancelledAt);
        const last = meetings[meetings.length - 1];
        const minutesApproved = last !== undefined && (await this.minutes.approved(last.id));
        if (!draftDue(year, today, minutesApproved, settings?.compileOnDay ?? null)) continue;
        await this.request(await this.councils.systemContext(councilId), { committeeId: committee.id, municipalYear: year.label }, true);
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

  /** A signed link to the draft, for the co-ordinators' e-mail: nothing is stored, and it works for DRAFT_LINK_DAYS. */
  private async draftLink(report: AnnualReport): Promise<string> {
    const token = signLinkToken(await this.secrets.linkKey(), { linkId: report.id, expiresAt: new Date(this.clock.now().getTime() + DRAFT_LINK_DAYS * 86_400_000) });
    return `${this.config.publicBaseUrl}/draft-annual-report/${token}`;
  }

  private async announce(manager: EntityManager, report: AnnualReport): Promise<string | null> {
    const coordinators = await this.councils.coordinators(report.councilId, manager);
    return this.outbox.post(manager, report.councilId, {
      to: coordinators.map((u) => u.email),
      ...(await this.templates.render(
        'annual-reports/draft-compiled.mail.njk',
        { municipalYear: report.municipalYear, version: report.version, draftUrl: await this.draftLink(report), linkDays: DRAFT_LINK_DAYS },
        { councilId: report.councilId, audience: 'council' },
      )),
    });
  }

  /** The committee's meetings held (or set) on a day of the municipal year, in order. */
  private async meetingsOf(councilId: string, committeeId: string, year: MunicipalYear, timeZone: string): Promise<Meeting[]> {
    return this.meetings.meetingsDuring(councilId, year.startsOn, year.endsOn, timeZone, committeeId);
  }

  /** Everything the report says, read from the records of the committee's year. */
  private async gather(report: AnnualReport, step: (percent: number) => Promise<void>): Promise<ReportData> {
    const db = this.db.manager;
    const { councilId, committeeId } = report;
    const [council, committee, settings, year] = await Promise.all([
      this.councils.council(councilId),
      this.committees.get(councilId, committeeId),
      db.findOneBy(AnnualReportSettings, { committeeId }),
      this.years.byLabel(councilId, report.municipalYear),
    ]);
    if (!year) throw new Error(`Municipal year ${report.municipalYear} is no longer recorded`);
    const { timeZone, today } = await this.calendar.context(councilId);
    const inYear = (date: IsoDate) => date >= year.startsOn && date <= year.endsOn;
    const dateOf = (m: Meeting) => dateIn(m.startsAt, timeZone);

    const allMeetings = await this.meetings.meetingsOf(councilId, committeeId);
    const meetings = allMeetings.filter((m) => inYear(dateOf(m)));
    const { minutes, items: minuteItems } = await this.minutes.minutesOf(meetings.map((m) => m.id));
    // The report goes to full council and is then public: exempt records are read as the public sees them.
    const allItems = (await this.workPlan.itemsOf(councilId, committeeId)).map((i) => ({
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
      return { date: dateOf(meeting), cancelled: meeting.cancelledAt !== null, future: dateOf(meeting) > today, items, minutes: recorded ? recorded.status : 'none' };
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
    // Considered is what the committee considered; what is scheduled or agreed is still to be considered.
    const titles = (basis: 'statutory' | 'discretionary') => [...new Set(yearItems.filter((i) => i.basis === basis && i.status === 'considered').map((i) => i.title))];
    const plannedItems = [...new Set(yearItems.filter((i) => i.status !== 'considered').map((i) => i.title))];
    const { initial, isYears } = yearOfPlan(await this.workPlan.versions(councilId, committeeId), year);
    const titleOf = new Map(allItems.map((i) => [i.id, i.title]));
    const amendments = (await this.workPlan.amendmentsOf(councilId))
      .filter((a) => titleOf.has(a.itemId) && isYears(a.recordedAt, dateIn(a.recordedAt, timeZone)))
      .map((a) => ({ ...a, reason: publicText(a.reason, a.exemptParagraph) }));
    // The amendments agreed at the meeting that agreed the year's plan, with it.
    const agreedWithPlan = amendments.filter((a) => !!initial?.agreedAtMeetingId && a.agreedAtMeetingId === initial.agreedAtMeetingId);
    await step(50);

    // Each invitee with what they are invited as (officers included).
    const standingInvitations = (await this.committees.membersDuring(committeeId, 'standing_invitee', year.startsOn, year.endsOn)).map((m) => (m.description ? `${m.name} (${m.description})` : m.name));
    const authorities = await this.authorities.everyAuthorityOf(councilId);
    const recommended = await this.obligations.recommendationsOf(councilId);
    const recommendations = recommended.recommendations.filter((o) => inYear(o.issuedOn) && o.status !== 'withdrawn');
    const responses = recommended.responses;
    // Everything asked of the authorities in the year: the answers chart and the deadlines timeline.
    const asked = await this.obligations.issuedBetween(councilId, year.startsOn, year.endsOn);
    const dayOf = (instant: Date) => dateIn(instant, timeZone);
    const tallies = tallyAnswers(asked, today, dayOf);
    await step(75);

    const requests = (await this.drawDowns.requestsOf(councilId, committeeId)).filter((r) => inYear(dateIn(r.submittedAt, timeZone)));
    const notices = (await this.forwardPlan.publishedNoticesOf(councilId)).filter(({ notice }) => notice.publishedOn && inYear(notice.publishedOn));

    return {
      councilName: settings?.councilName ?? council.name,
      committeeName: settings?.committeeName ?? committee.name,
      municipalYear: report.municipalYear,
      introduction: settings?.introduction ?? null,
      protocol: settings?.protocol ?? null,
      workProgramme: settings?.workProgramme ?? null,
      // In the council's own order (as it registered them), as its papers list them.
      authorities: authorities.filter((a) => a.statutory && (!a.retiredAt || dateIn(a.retiredAt, timeZone) >= year.startsOn)).map((a) => a.name),
      previousReport,
      standingInvitations,
      statutoryItems: titles('statutory'),
      discretionaryItems: titles('discretionary'),
      plannedItems,
      // The plan as agreed: an item already withdrawn when the version was kept was not part of it; the
      // amendments agreed with it at its meeting show, in brackets, where they take an item (seed 001).
      initialPlan: initial
        ? {
            label: initial.label,
            agreedOn: initial.agreedOn,
            seasons: planBySeason([
              ...initial.items.filter((i) => i.status !== 'withdrawn').map((i) => ({ ...i, title: publicTitle(i.title, i.exemptParagraph ?? null) })),
              ...agreedWithPlan.flatMap((a) => {
                const item = allItems.find((i) => i.id === a.itemId);
                if (!item) return [];
                if ((a.kind === 'deferred' || a.kind === 'brought_forward') && a.toSeason) return [{ season: a.toSeason, date: seasonStart(a.toSeason) ?? '', title: `[${item.title}]` }];
                // Made recurring: its next occurrence, once there is one.
                const next = a.kind === 'changed' ? allItems.find((i) => i.previousId === a.itemId) : undefined;
                return next ? [{ season: next.season, date: itemDate(next) ?? '', title: `[${next.title}]` }] : [];
              }),
            ]),
          }
        : null,
      amendments: amendments.map((a) => ({
        text: describeAmendment(titleOf.get(a.itemId)!, a),
        directedBy: a.directedBy,
        atAgreement: agreedWithPlan.includes(a),
        timing: a.kind !== 'changed',
      })),
      meetings: reportMeetings,
      recommendations: recommendations.map((o) => {
        // Answered on time or not by the first response; the positions are the latest response's (a later one may correct or complete it).
        const answers = responses.filter((r) => r.obligationId === o.id);
        const answer = answers.at(-1);
        const exempt = o.exemptParagraph !== null;
        return {
          subject: publicTitle(o.subject, o.exemptParagraph),
          authority: authorities.find((a) => a.id === o.authorityId)?.name ?? '',
          dueOn: o.dueOn,
          state: responseState(answers[0] ? dateIn(answers[0].respondedAt, timeZone) : null, o.dueOn),
          positions: (answer?.positions ?? []).map((p, i) => (exempt ? `Recommendation ${i + 1}: ${POSITION_WORDS[p.position]}` : `${p.recommendation}: ${POSITION_WORDS[p.position]} (${p.reason})`)),
        };
      }),
      // In the council's own order of its authorities.
      answers: authorities.filter((a) => tallies.has(a.id)).map((a) => ({ authority: a.name, tally: tallies.get(a.id)! })),
      deadlines: deadlinesByMonth(asked, year.startsOn, year.endsOn, today, dayOf),
      drawDowns: {
        outcomes: countOutcomes(requests),
        // Topics are named only once they reached the committee: a refused or withdrawn request is counted, not named, in a public report.
        requests: requests.filter((r) => r.status === 'scheduled' || r.status === 'considered').map((r) => ({ topic: r.topic, status: r.status, callForAction: r.callForAction })),
      },
      // A superseded notice is not listed again: the notice that replaced it says so.
      notices: notices
        .filter(({ notice }) => notice.status !== 'superseded')
        .map(({ notice, decisions }) => ({
          title: noticeTitle(notice),
          publishedOn: notice.publishedOn!,
          decisions: decisions.length,
          replacedOn: notices.find((n) => n.notice.id === notice.supersedesId)?.notice.publishedOn ?? null,
        })),
      attendance: attendanceOf(minutes.map((m) => m.attendance)),
      coverage: (await this.workPlan.coverage(councilId, committeeId, report.municipalYear)).map((c) => ({ description: c.label, state: c.state, why: c.why })),
    };
  }
}
