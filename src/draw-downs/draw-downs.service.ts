import { Injectable, Logger } from '@nestjs/common';
import { type EntityManager, type FindOptionsWhere, In, IsNull, LessThan } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { type Actor, systemActor } from '../common/auth/principal.js';
import { type CouncilContext, joined, personActing, userContext } from '../common/auth/council-context.js';
import { ApprovalLinks } from './approval-links.js';
import { newId } from '../common/database/columns.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, ServiceUnavailableError } from '../common/errors/domain-errors.js';
import { similarity } from '../common/text/similarity.js';
import { Clock } from '../common/time/clock.js';
import { dateIn, endOfDay, startOfDay } from '../common/time/dates.js';
import { CommitteesService } from '../councils/committees.service.js';
import { MunicipalYearsService } from '../councils/municipal-years.service.js';
import { MailOutbox } from '../mail/mail-outbox.service.js';
import { MailService } from '../mail/mail.service.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { ObligationsService } from '../obligations/obligations.service.js';
import { WorkPlanService } from '../work-plan/work-plan.service.js';
import type { DrawDownDecisionDto, DrawDownOutcomesQuery, DrawDownQuery, DrawDownSettingsDto, ScheduleDrawDownDto, SubmitDrawDownDto } from './draw-down.dto.js';
import { DrawDownDecision, DrawDownRequest, DrawDownSettings } from './draw-down.entity.js';
import {
  countOutcomes,
  DEFAULT_DECISION_WORKING_DAYS,
  decisionDueOn,
  type DrawDownOutcomes,
  historyOf,
  type HistoryEvent,
  outcomeOf,
  SIMILAR_AT,
  transitionProblem,
} from './draw-down.rules.js';
import { MailTemplates } from '../mail/mail-templates.js';
import { CouncilsService } from '../councils/councils.service.js';
import { AuthoritiesService } from '../authorities/authorities.service.js';
import { Transactions } from '../common/database/transactions.js';
import { AppConfig } from '../common/config/app-config.js';
import { type Page, pageOf } from '../common/http/pagination.js';

export interface Similar {
  kind: 'draw_down' | 'work_plan_item';
  id: string;
  title: string;
  status: string;
}

/** What an approver's signed link opens. */
export type ApprovalLinkState =
  | { state: 'invalid' }
  | { state: 'expired' }
  | { state: 'decided'; decision: DrawDownDecision }
  | { state: 'closed'; status: string }
  | { state: 'open'; request: DrawDownRequest; memberName: string; approverContext: CouncilContext };

/** Draw-down requests: members ask, the required approvers decide, the co-ordinator schedules. */
@Injectable()
export class DrawDownsService {
  private readonly logger = new Logger(DrawDownsService.name);

  constructor(
    private readonly meetings: MeetingsService,
    private readonly years: MunicipalYearsService,
    private readonly authorities: AuthoritiesService,
    private readonly councils: CouncilsService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly mail: MailService,
    private readonly outbox: MailOutbox,
    private readonly templates: MailTemplates,
    private readonly workPlan: WorkPlanService,
    private readonly obligations: ObligationsService,
    private readonly committees: CommitteesService,
    private readonly db: Transactions,
    private readonly approvalLinks: ApprovalLinks,
    private readonly config: AppConfig,
  ) {
    this.workPlan.onItemConsidered((context, item) => this.considered(context.manager, context.actor, item.id));
  }

  async settings(context: CouncilContext, committeeId: string, input: DrawDownSettingsDto): Promise<DrawDownSettings> {
    const user = personActing(context);
    const db = this.db.manager;
    if (!(await this.committees.exists(user.councilId, committeeId))) throw new NotFoundError('Committee', committeeId);
    const approvers = await this.councils.usersOf(user.councilId, input.approverIds, 'approver');
    const missing = input.approverIds.filter((id) => !approvers.some((a) => a.id === id));
    if (missing.length) throw new InvalidInputError(missing.map((id) => `approverIds: ${id} is not an approver of this council`));
    const settings = db.create(DrawDownSettings, {
      committeeId,
      councilId: user.councilId,
      approverIds: input.approverIds,
      consultChair: input.consultChair,
      decisionWorkingDays: input.decisionWorkingDays ?? DEFAULT_DECISION_WORKING_DAYS,
    });
    await this.db.run(async (manager) => {
      await manager.save(DrawDownSettings, settings);
      await this.audit.record(manager, context.actor, { action: 'draw-down-settings', entityType: 'committee', entityId: committeeId, after: settings });
    });
    return settings;
  }

  /** The committee's draw-down settings as they stand, or null before any are set. */
  settingsOf(councilId: string, committeeId: string): Promise<DrawDownSettings | null> {
    return this.db.manager.findOneBy(DrawDownSettings, { committeeId, councilId });
  }

  async submit(context: CouncilContext, input: SubmitDrawDownDto): Promise<{ request: DrawDownRequest; similar: Similar[] }> {
    const user = personActing(context);
    const db = this.db.manager;
    if (!(await this.committees.exists(user.councilId, input.committeeId))) throw new NotFoundError('Committee', input.committeeId);
    if (input.suggestedAuthorityId && !(await this.authorities.exists(user.councilId, input.suggestedAuthorityId))) {
      throw new NotFoundError('Authority', input.suggestedAuthorityId);
    }
    const settings = await db.findOneBy(DrawDownSettings, { committeeId: input.committeeId, councilId: user.councilId });
    if (!settings || settings.approverIds.length === 0) throw new ConflictError('The committee has no approvers for draw-down requests yet: the co-ordinator must name them');
    const { holidays, timeZone } = await this.calendar.context(user.councilId);
    const similar = await this.similar(user.councilId, input.committeeId, input.topic);
    const now = this.clock.now();
    const request = db.create(DrawDownRequest, {
      id: newId(),
      councilId: user.councilId,
      committeeId: input.committeeId,
      memberId: user.userId,
      topic: input.topic,
      concern: input.concern,
      desiredOutcome: input.desiredOutcome ?? null,
      suggestedAuthorityId: input.suggestedAuthorityId ?? null,
      suggestedOfficer: input.suggestedOfficer ?? null,
      urgency: input.urgency ?? 'normal',
      status: 'submitted',
      approverIds: settings.approverIds,
      consultChair: settings.consultChair,
      chairConsultedAt: null,
      chairView: null,
      chairViewAt: null,
      decisionDueOn: decisionDueOn(dateIn(now, timeZone), settings.decisionWorkingDays, holidays),
      approversRemindedOn: null,
      callForAction: input.callForAction ?? false,
      ward: input.ward ?? null,
      committeeDecision: null,
      committeeReasons: null,
      memberToldAt: null,
      reportCopiedAt: null,
      meetingId: null,
      workPlanItemId: null,
      obligationId: null,
      submittedAt: now,
    });
    const [approvers, chair] = await Promise.all([
      this.councils.usersOf(user.councilId, settings.approverIds),
      settings.consultChair ? this.committees.chairOn(request.committeeId, dateIn(now, timeZone)) : null,
    ]);
    // The committee consults its chair: the chair serving today is sent the request for their view.
    if (chair) request.chairConsultedAt = now;
    const posted = await this.db.run(async (manager) => {
      await manager.insert(DrawDownRequest, request);
      await this.audit.record(manager, context.actor, { action: 'submit', entityType: 'draw_down', entityId: request.id, after: request });
      // Each approver is sent a link of their own, to a page where they agree or refuse.
      const notices: (string | null)[] = [];
      for (const approver of approvers) {
        const link = await this.approvalLinks.issue(manager, request, approver.id, timeZone);
        notices.push(await this.outbox.post(manager, user.councilId, { to: approver.email, ...(await this.message('approvers-notice', user.councilId, { request, memberName: user.name, decideUrl: link.url, decideBy: link.expiresOn })) }));
      }
      if (chair) {
        notices.push(await this.outbox.post(manager, user.councilId, { to: chair.email, ...(await this.message('chair-consultation', user.councilId, { request, memberName: user.name, viewUrl: `${this.config.publicBaseUrl}/draw-downs/${request.id}/chair` })) }));
        await this.audit.record(manager, systemActor(request.councilId), { action: 'chair-consulted', entityType: 'draw_down', entityId: request.id, after: { status: request.status, chair: chair.name } });
      }
      return notices;
    });
    if (settings.consultChair && !chair) this.logger.warn(`Draw-down ${request.id}: the committee has no chair recorded to consult`);
    await this.outbox.deliver(posted);
    return { request, similar };
  }

  /** The chair's view, recorded by the co-ordinator or by the chair; the approvers who have not decided are sent it. */
  async chairView(context: CouncilContext, id: string, view: string): Promise<{ request: DrawDownRequest; decisions: DrawDownDecision[] }> {
    const user = personActing(context);
    const db = this.db.manager;
    const request = await db.findOneBy(DrawDownRequest, { id, councilId: user.councilId });
    if (!request) throw new NotFoundError('Draw-down request', id);
    if (user.role === 'member') {
      const chair = await this.committees.chairOn(request.committeeId, context.today);
      if (chair?.email.toLowerCase() !== user.email.toLowerCase()) {
        if (request.memberId !== user.userId) throw new NotFoundError('Draw-down request', id);
        throw new ForbiddenError("Only the committee's chair or a co-ordinator records the chair's view");
      }
    }
    if (!request.consultChair) throw new ConflictError('The committee does not consult its chair on draw-down requests');
    const waiting = await this.undecidedApprovers(request);
    const { result, notice } = await this.db.run(async (manager) => {
      const current = await manager.findOneByOrFail(DrawDownRequest, { id });
      const problem = transitionProblem(current.status, 'chair_view');
      if (problem) throw new ConflictError(problem);
      const change = { chairView: view, chairViewAt: this.clock.now() };
      await manager.update(DrawDownRequest, { id }, change);
      await this.audit.record(manager, context.actor, { action: 'chair-view', entityType: 'draw_down', entityId: id, before: current, after: { ...current, ...change } });
      const notice = await this.outbox.post(manager, user.councilId, {
        to: waiting.map((u) => u.email),
        ...(await this.message('chair-view', user.councilId, { request, view })),
      });
      return { result: { ...current, ...change }, notice };
    });
    await this.outbox.deliver([notice]);
    const decisions = await db.find(DrawDownDecision, { where: { requestId: id }, order: { decidedAt: 'ASC', id: 'ASC' } });
    return { request: result, decisions };
  }

  /**
   * A request as the committee's chair reads it to give their view: only the chair serving today, signed
   * in as a member with the address the committee knows them by, and only while the committee consults them.
   */
  async forChair(context: CouncilContext, id: string): Promise<{ request: DrawDownRequest; memberName: string }> {
    const user = personActing(context);
    const request = await this.db.manager.findOneBy(DrawDownRequest, { id, councilId: user.councilId });
    const chair = request ? await this.committees.chairOn(request.committeeId, context.today) : null;
    if (!request || !request.consultChair || chair?.email.toLowerCase() !== user.email.toLowerCase()) throw new NotFoundError('Draw-down request', id);
    const member = await this.councils.userOf(user.councilId, request.memberId);
    return { request, memberName: member?.name ?? 'A member' };
  }

  /** The request's history, oldest first, from its audit trail. */
  async history(context: CouncilContext, id: string): Promise<HistoryEvent[]> {
    const user = personActing(context);
    await this.get(context, id);
    const trail = await this.audit.trail(user.councilId, 'draw_down', id, 1_000, 0);
    return historyOf(trail.items);
  }

  /** The committee's requests submitted in a municipal year, counted by outcome (the annual report's draw-down section). */
  async outcomes(councilId: string, query: DrawDownOutcomesQuery): Promise<DrawDownOutcomes> {
    const db = this.db.manager;
    if (!(await this.committees.exists(councilId, query.committeeId))) throw new NotFoundError('Committee', query.committeeId);
    const year = await this.years.byLabel(councilId, query.municipalYear);
    if (!year) throw new NotFoundError('Municipal year', query.municipalYear);
    const { timeZone } = await this.calendar.context(councilId);
    const rows = await db
      .createQueryBuilder(DrawDownRequest, 'r')
      .select(['r.id', 'r.status', 'r.callForAction', 'r.committeeDecision'])
      .where('r.councilId = :councilId AND r.committeeId = :committeeId', { councilId, committeeId: query.committeeId })
      // Instants are ISO strings in UTC on both dialects, so they compare as text.
      .andWhere('r.submittedAt >= :from AND r.submittedAt <= :to', {
        from: startOfDay(year.startsOn, timeZone).toISOString(),
        to: endOfDay(year.endsOn, timeZone).toISOString(),
      })
      .getMany();
    return countOutcomes(rows);
  }

  /** The work plan item made from a scheduled request was considered: so is the request. */
  private async considered(manager: EntityManager, actor: Actor, workPlanItemId: string): Promise<void> {
    const request = await manager.findOneBy(DrawDownRequest, { councilId: actor.councilId, workPlanItemId, status: 'scheduled' });
    if (!request) return;
    await manager.update(DrawDownRequest, { id: request.id }, { status: 'considered' });
    await this.audit.record(manager, actor, { action: 'considered', entityType: 'draw_down', entityId: request.id, before: request, after: { ...request, status: 'considered' } });
  }

  /** The member who asked, of the council. */
  private async member(councilId: string, id: string) {
    const member = await this.councils.userOf(councilId, id);
    if (!member) throw new NotFoundError('Member', id);
    return member;
  }

  private async undecidedApprovers(request: DrawDownRequest) {
    const decided = (await this.db.manager.findBy(DrawDownDecision, { requestId: request.id })).map((d) => d.approverId);
    return this.councils.usersOf(request.councilId, request.approverIds.filter((id) => !decided.includes(id)));
  }

  /** The member's own requests; all of the council's for co-ordinators and approvers. */
  async list(context: CouncilContext, query: DrawDownQuery): Promise<Page<{ request: DrawDownRequest; decisions: DrawDownDecision[] }>> {
    const user = personActing(context);
    const where: FindOptionsWhere<DrawDownRequest> = { councilId: user.councilId };
    if (user.role === 'member') where.memberId = user.userId;
    if (query.status) where.status = query.status;
    const [requests, total] = await this.db.manager.findAndCount(DrawDownRequest, { where, order: { submittedAt: 'DESC', id: 'ASC' }, take: query.limit, skip: query.offset });
    // Every decision of the page in one query, not one per request.
    const decisions = requests.length
      ? await this.db.manager.find(DrawDownDecision, { where: { requestId: In(requests.map((r) => r.id)) }, order: { decidedAt: 'ASC', id: 'ASC' } })
      : [];
    return pageOf(requests.map((request) => ({ request, decisions: decisions.filter((d) => d.requestId === request.id) })), total);
  }

  async get(context: CouncilContext, id: string): Promise<{ request: DrawDownRequest; decisions: DrawDownDecision[] }> {
    const user = personActing(context);
    const db = this.db.manager;
    const request = await db.findOneBy(DrawDownRequest, { id, councilId: user.councilId });
    if (!request || (user.role === 'member' && request.memberId !== user.userId)) throw new NotFoundError('Draw-down request', id);
    const decisions = await db.find(DrawDownDecision, { where: { requestId: id }, order: { decidedAt: 'ASC', id: 'ASC' } });
    return { request, decisions };
  }

  async decide(context: CouncilContext, id: string, input: DrawDownDecisionDto): Promise<DrawDownRequest> {
    const user = personActing(context);
    const { request } = await this.get(context, id);
    if (!request.approverIds.includes(user.userId)) throw new ForbiddenError('You are not one of the approvers this request needs');
    const member = await this.councils.userOf(user.councilId, request.memberId);
    const { result, notice } = await this.db.run(async (manager) => {
      const current = await manager.findOneByOrFail(DrawDownRequest, { id });
      const problem = transitionProblem(current.status, 'decide');
      if (problem) throw new ConflictError(problem);
      if (await manager.existsBy(DrawDownDecision, { requestId: id, approverId: user.userId })) throw new ConflictError('You have already decided on this request');
      const decision = manager.create(DrawDownDecision, { id: newId(), requestId: id, approverId: user.userId, decision: input.decision, reason: input.reason, decidedAt: this.clock.now() });
      await manager.insert(DrawDownDecision, decision);
      const all = await manager.findBy(DrawDownDecision, { requestId: id });
      const status = outcomeOf(current.approverIds, all);
      if (status !== current.status) await manager.update(DrawDownRequest, { id }, { status });
      await this.audit.record(manager, context.actor, { action: `draw-down-${input.decision}`, entityType: 'draw_down', entityId: id, before: current, after: { ...current, status, decision } });
      // Every decision reaches the member with its reason, kept with the decision until the mail server takes it.
      const notice = member ? await this.outbox.post(manager, user.councilId, { to: member.email, ...(await this.message('decision-notice', user.councilId, { topic: request.topic, approverName: user.name, decision: input.decision, reason: input.reason, status })) }) : null;
      return { result: { ...current, status }, notice };
    });
    await this.outbox.deliver([notice]);
    return result;
  }

  /** What an approver's link opens: the request and the approver, or why it cannot be decided through it. */
  async openApprovalLink(token: string): Promise<ApprovalLinkState> {
    const found = await this.approvalLinks.find(token);
    if (!found) return { state: 'invalid' };
    const { link, expired } = found;
    const [request, approver, council] = await Promise.all([
      this.db.manager.findOneByOrFail(DrawDownRequest, { id: link.requestId }),
      this.councils.userOf(link.councilId, link.approverId),
      this.councils.council(link.councilId),
    ]);
    if (!approver || !request.approverIds.includes(approver.id)) return { state: 'invalid' };
    const decided = await this.db.manager.findOneBy(DrawDownDecision, { requestId: request.id, approverId: approver.id });
    if (decided) return { state: 'decided', decision: decided };
    if (request.status !== 'submitted') return { state: 'closed', status: request.status };
    if (expired) return { state: 'expired' };
    const member = await this.councils.userOf(link.councilId, request.memberId);
    const approverContext = userContext(
      { userId: approver.id, councilId: approver.councilId, role: approver.role, authorityId: approver.authorityId, email: approver.email, name: approver.name, timeZone: council.timeZone },
      this.clock.now(),
    );
    return { state: 'open', request, memberName: member?.name ?? 'A member', approverContext };
  }

  async withdraw(context: CouncilContext, id: string): Promise<DrawDownRequest> {
    const user = personActing(context);
    const { request } = await this.get(context, id);
    if (request.memberId !== user.userId) throw new NotFoundError('Draw-down request', id);
    return this.db.run(async (manager) => {
      const current = await manager.findOneByOrFail(DrawDownRequest, { id });
      const problem = transitionProblem(current.status, 'withdraw');
      if (problem) throw new ConflictError(problem);
      await manager.update(DrawDownRequest, { id }, { status: 'withdrawn' });
      await this.audit.record(manager, context.actor, { action: 'withdraw', entityType: 'draw_down', entityId: id, before: current, after: { ...current, status: 'withdrawn' } });
      return { ...current, status: 'withdrawn' as const };
    });
  }

  /** The work plan item (category draw-down) and the request for a report due on the meeting's report deadline. */
  async schedule(context: CouncilContext, id: string, input: ScheduleDrawDownDto): Promise<DrawDownRequest> {
    const { request } = await this.get(context, id);
    const meeting = await this.meetings.meeting(context.councilId, input.meetingId);
    const { actor } = context;
    // One transaction: scheduled twice at once, the second finds it scheduled and makes no second item or request.
    return this.db.run(async (manager) => {
      const current = await manager.findOneByOrFail(DrawDownRequest, { id });
      const problem = transitionProblem(current.status, 'schedule');
      if (problem) throw new ConflictError(problem);
      const item = await this.workPlan.create(joined(context, manager), {
        committeeId: request.committeeId,
        title: `${request.topic} (draw-down)`,
        description: request.concern,
        basis: 'discretionary',
        category: 'draw_down',
        meetingId: meeting.id,
        leadAuthorityId: input.reportFromAuthorityId,
      });
      const obligation = await this.obligations.create(joined(context, manager), {
        kind: 'report_request',
        authorityId: input.reportFromAuthorityId,
        subject: `Report on ${request.topic}`,
        details: `The committee asks for a report on "${request.topic}" (a draw-down request). ${request.concern}${request.desiredOutcome ? ` Desired outcome: ${request.desiredOutcome}` : ''}`,
        issuedOn: context.today,
        meetingId: meeting.id,
      });
      const change = { status: 'scheduled' as const, meetingId: meeting.id, workPlanItemId: item.id, obligationId: obligation.id };
      await manager.update(DrawDownRequest, { id }, change);
      await this.audit.record(manager, actor, { action: 'schedule', entityType: 'draw_down', entityId: id, before: current, after: { ...current, ...change } });
      return { ...current, ...change };
    });
  }

  /**
   * A call for action (s19): the committee's decision whether to report on the matter. A decision not
   * to is e-mailed to the member with the reasons, and recorded only once the mail server has it.
   */
  async callForActionDecision(context: CouncilContext, id: string, report: boolean, reasons: string): Promise<DrawDownRequest> {
    const user = personActing(context);
    const { request } = await this.get(context, id);
    if (!request.callForAction) throw new ConflictError('The request is not a councillor call for action');
    if (request.committeeDecision) throw new ConflictError(`The committee already decided (${request.committeeDecision === 'report' ? 'to report' : 'not to report'})`);
    const member = await this.member(user.councilId, request.memberId);
    if (!report) {
      try {
        await this.mail.send({ councilId: user.councilId, to: member.email, ...(await this.message('call-for-action-declined', user.councilId, { topic: request.topic, reasons })) });
      } catch (error) {
        throw new ServiceUnavailableError(`The member could not be told (${(error as Error).message}); nothing was recorded: try again`);
      }
    }
    return this.db.run(async (manager) => {
      const change = { committeeDecision: report ? ('report' as const) : ('no_report' as const), committeeReasons: reasons, memberToldAt: report ? null : this.clock.now() };
      await manager.update(DrawDownRequest, { id }, change);
      await this.audit.record(manager, context.actor, { action: 'call-for-action-decision', entityType: 'draw_down', entityId: id, before: request, after: { ...request, ...change } });
      return { ...request, ...change };
    });
  }

  /** A call for action the committee reported on: the member gets a copy of the report (s19). */
  async callForActionReport(context: CouncilContext, id: string, report: string): Promise<DrawDownRequest> {
    const user = personActing(context);
    const { request } = await this.get(context, id);
    if (!request.callForAction) throw new ConflictError('The request is not a councillor call for action');
    if (request.committeeDecision !== 'report') throw new ConflictError('Record first that the committee decided to report on it');
    const member = await this.member(user.councilId, request.memberId);
    try {
      await this.mail.send({ councilId: user.councilId, to: member.email, ...(await this.message('call-for-action-report', user.councilId, { topic: request.topic, report })) });
    } catch (error) {
      throw new ServiceUnavailableError(`The copy could not be sent (${(error as Error).message}); nothing was recorded: try again`);
    }
    return this.db.run(async (manager) => {
      const change = { reportCopiedAt: this.clock.now() };
      await manager.update(DrawDownRequest, { id }, change);
      await this.audit.record(manager, context.actor, { action: 'call-for-action-report', entityType: 'draw_down', entityId: id, before: request, after: { ...request, ...change, report } });
      return { ...request, ...change };
    });
  }


  /**
   * Approvers who have not decided by the decision day are reminded once, the day after, and the
   * co-ordinators told the request is overdue for a decision (through the outbox: a refused send waits).
   */
  async remindApprovers(councilId: string): Promise<number> {
    const db = this.db.manager;
    const { timeZone } = await this.calendar.context(councilId);
    const today = dateIn(this.clock.now(), timeZone);
    const overdue = await db.find(DrawDownRequest, { where: { councilId, status: 'submitted', approversRemindedOn: IsNull(), decisionDueOn: LessThan(today) } });
    if (!overdue.length) return 0;
    const coordinators = await this.councils.coordinators(councilId);
    const posted: (string | null)[] = [];
    for (const request of overdue) {
      const waiting = await this.undecidedApprovers(request);
      // Marked and written in one transaction: another worker's sweep finds it taken; the mail waits in the outbox.
      const notices = await this.db.run(async (manager) => {
        const claimed = await manager.createQueryBuilder().update(DrawDownRequest).set({ approversRemindedOn: today }).where('id = :id AND approvers_reminded_on IS NULL', { id: request.id }).execute();
        if ((claimed.affected ?? 0) !== 1) return [];
        await this.audit.record(manager, systemActor(councilId), { action: 'approvers-reminded', entityType: 'draw_down', entityId: request.id, after: { status: request.status, reminded: waiting.map((u) => u.name) } });
        // Each approver still to decide has a fresh link of their own; the co-ordinators are copied.
        const own: (string | null)[] = [];
        for (const approver of waiting) {
          const link = await this.approvalLinks.issue(manager, request, approver.id, timeZone);
          own.push(await this.outbox.post(manager, councilId, { to: approver.email, cc: coordinators.map((u) => u.email), ...(await this.message('approvers-reminder', councilId, { request, decideUrl: link.url, decideBy: link.expiresOn })) }));
        }
        return own;
      });
      posted.push(...notices);
    }
    await this.outbox.deliver(posted);
    return posted.length;
  }

  /** A message to the council's own people (members, approvers, the chair), worded by draw-downs/<name>.mail.njk. */
  private message(name: string, councilId: string, values: object) {
    return this.templates.render(`draw-downs/${name}.mail.njk`, values, { councilId, audience: 'council' });
  }

  /** The committee's requests, in the order submitted (the annual report counts and names them). */
  requestsOf(councilId: string, committeeId: string): Promise<DrawDownRequest[]> {
    return this.db.manager.find(DrawDownRequest, { where: { councilId, committeeId }, order: { submittedAt: 'ASC' } });
  }

  /** Open or recent requests and work plan items on a close topic, so the member can join instead. */
  /** Topics close to `topic` already asked for or on the work plan: what a member is shown before sending a request. */
  async similarTo(context: CouncilContext, committeeId: string, topic: string): Promise<Similar[]> {
    if (!(await this.committees.exists(context.councilId, committeeId))) throw new NotFoundError('Committee', committeeId);
    return this.similar(context.councilId, committeeId, topic);
  }

  private async similar(councilId: string, committeeId: string, topic: string): Promise<Similar[]> {
    const db = this.db.manager;
    const [requests, items] = await Promise.all([
      db.find(DrawDownRequest, { where: { councilId, committeeId, status: In(['submitted', 'approved', 'scheduled', 'considered']) } }),
      this.workPlan.itemsOf(councilId, committeeId, ['proposed', 'agreed', 'scheduled', 'deferred', 'considered']),
    ]);
    return [
      ...requests.filter((r) => similarity(topic, r.topic) >= SIMILAR_AT).map((r) => ({ kind: 'draw_down' as const, id: r.id, title: r.topic, status: r.status })),
      ...items.filter((i) => similarity(topic, i.title) >= SIMILAR_AT).map((i) => ({ kind: 'work_plan_item' as const, id: i.id, title: i.title, status: i.status })),
    ];
  }
}
