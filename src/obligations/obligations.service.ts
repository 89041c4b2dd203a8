import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, type EntityManager, FindOptionsWhere, In, LessThan, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { formatDate } from '../calendar/calendar.rules.js';
import { type CalendarContext, CalendarService, type Recomputed } from '../calendar/calendar.service.js';
import type { Actor } from '../common/auth/principal.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { newId } from '../common/database/columns.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors/domain-errors.js';
import { Page, pageOf } from '../common/http/pagination.js';
import { Clock } from '../common/time/clock.js';
import { dateIn, type IsoDate } from '../common/time/dates.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { ObligationExtension } from './obligation-extension.entity.js';
import { ObligationGroup } from './obligation-group.entity.js';
import { ObligationResponse } from './obligation-response.entity.js';
import type {
  CreateObligationDto,
  ExtensionDecisionDto,
  ExtensionRequestDto,
  IssueToAllDto,
  ObligationsQuery,
  RespondDto,
} from './obligation.dto.js';
import { Obligation } from './obligation.entity.js';
import { dueFor, extendedDue, extensionProblems, KIND_LABELS, obligationThread, POSITION_WORDS, responseProblems, transitionProblem } from './obligation.rules.js';
import { ExtensionDecisionLinks } from './extension-decision-links.js';
import { AuthoritiesService } from '../authorities/authorities.service.js';
import { Transactions } from '../common/database/transactions.js';
import { AppConfig } from '../common/config/app-config.js';
import { CouncilsService } from '../councils/councils.service.js';
import { CommitteesService, DEFAULT_COMMITTEE_NAME } from '../councils/committees.service.js';
import { MailOutbox } from '../mail/mail-outbox.service.js';
import { MailTemplates } from '../mail/mail-templates.js';

type ObligationInput = Omit<CreateObligationDto, 'authorityId'>;

/** Whose obligations a caller may act on: the council's, and for an authority contact only its own authority's. */
export interface ObligationScope {
  councilId: string;
  /** Null: every authority of the council. */
  authorityId: string | null;
}

/** The scope of whoever acts: an authority contact its own authority's obligations, the council's staff and the system all of them. */
export const scopeOf = (context: CouncilContext): ObligationScope => ({
  councilId: context.councilId,
  authorityId: context.user?.role === 'authority' ? (context.user.authorityId ?? '') : null,
});

/**
 * What follows an obligation's life, in the same transaction as each change: the reminders module,
 * which plans the reminders of new obligations, plans again when a due date moves, and cancels them
 * when an obligation is answered or withdrawn. Obligations know nothing of reminders but this.
 */
export interface ObligationFollower {
  issued(manager: EntityManager, obligations: Obligation[], timeZone: string, from: IsoDate): Promise<void>;
  dueDateMoved(manager: EntityManager, obligation: Obligation, timeZone: string, from: IsoDate): Promise<void>;
  closed(manager: EntityManager, obligationId: string): Promise<void>;
  /** The messages of the obligation's thread, sent and planned, in order (what its page shows). */
  messagesOf(councilId: string, obligationId: string): Promise<ThreadMessage[]>;
}

/** One message of an obligation's thread with its authority: the request, its chase, or a reminder. */
export interface ThreadMessage {
  /** What it is, in words: "The request", "Reminder 7 days before the due date". */
  what: string;
  status: 'planned' | 'sending' | 'sent' | 'cancelled' | 'failed';
  /** When it is (or was) due to go. */
  dueAt: Date;
  sentAt: Date | null;
  /** Who had it (or was meant to), and who was copied. */
  to: string[];
  cc: string[];
  /** Addresses the mail server refused or put off, with its reply. */
  problems: { address: string; reply: string }[];
  error: string | null;
}

/** What a co-ordinator's link to decide a request for more time shows. */
export interface DecisionView {
  council: string;
  committee: string;
  authority: string;
  kindLabel: string;
  subject: string;
  dueOn: IsoDate;
  newDueOn: IsoDate | null;
  reason: string;
  requestedBy: string;
  requestedOn: IsoDate;
}

export type DecisionLinkState =
  | { state: 'invalid' }
  | { state: 'expired' }
  | { state: 'decided'; extension: ObligationExtension; authority: string }
  | { state: 'closed'; status: string; authority: string }
  | { state: 'open'; extension: ObligationExtension; obligation: Obligation; view: DecisionView };

/** The obligation as others read it (the module's door: they do not import its entity). */
export type { Obligation } from './obligation.entity.js';
export type { ObligationResponse } from './obligation-response.entity.js';

/** Obligations of responsible authorities: issue, answer, extend, withdraw. Every change audited. */
@Injectable()
export class ObligationsService implements OnModuleInit {
  constructor(
    private readonly authorities: AuthoritiesService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly meetings: MeetingsService,
    private readonly db: Transactions,
    @InjectRepository(Obligation) private readonly obligations: Repository<Obligation>,
    @InjectRepository(ObligationGroup) private readonly groups: Repository<ObligationGroup>,
    @InjectRepository(ObligationResponse) private readonly responses: Repository<ObligationResponse>,
    @InjectRepository(ObligationExtension) private readonly extensions: Repository<ObligationExtension>,
    private readonly councils: CouncilsService,
    private readonly committees: CommitteesService,
    private readonly outbox: MailOutbox,
    private readonly templates: MailTemplates,
    private readonly config: AppConfig,
    private readonly decisionLinks: ExtensionDecisionLinks,
  ) {}

  private follower: ObligationFollower | null = null;

  /** The reminders module follows every obligation; there is one follower. */
  follow(follower: ObligationFollower): void {
    this.follower = follower;
  }

  /** The follower, which must be there: an obligation without its reminders would be chased by no one. */
  private get reminders(): { plan: ObligationFollower['issued']; replan: ObligationFollower['dueDateMoved']; cancel: ObligationFollower['closed'] } {
    const follower = this.follower;
    if (!follower) throw new Error('No module follows obligations: their reminders would be missing (is RemindersModule loaded?)');
    return { plan: (...a) => follower.issued(...a), replan: (...a) => follower.dueDateMoved(...a), cancel: (...a) => follower.closed(...a) };
  }

  /** The thread of messages with the authority, from the follower that sends them. */
  async messagesOf(councilId: string, obligationId: string): Promise<ThreadMessage[]> {
    return this.follower ? this.follower.messagesOf(councilId, obligationId) : [];
  }

  onModuleInit(): void {
    this.calendar.onBankHolidayAdded((manager, actor, added) => this.recomputeDueDates(manager, actor, added));
  }

  /**
   * After a bank holiday is added: the open obligations whose due dates the calendar computed
   * (recommendations, report and attendance requests; not dates given, not extended ones) are
   * computed again; each one that moves gets the new date, an explanation, re-planned reminders
   * and an audit entry.
   */
  private async recomputeDueDates(
    manager: EntityManager,
    actor: Actor,
    added: { councilId: string; date: IsoDate; title: string; context: CalendarContext },
  ): Promise<Recomputed[]> {
    const { councilId, date, title, context } = added;
    const open = await manager.find(Obligation, { where: { councilId, status: 'open', kind: In(['recommendation', 'report_request', 'attendance_request']) } });
    if (open.length === 0) return [];
    const extended = new Set(
      (await manager.find(ObligationExtension, { where: { obligationId: In(open.map((o) => o.id)), status: 'granted' } })).map((e) => e.obligationId),
    );
    const recomputed: Recomputed[] = [];
    for (const obligation of open.filter((o) => !extended.has(o.id))) {
      const meeting = obligation.meetingId ? await this.meetings.meeting(councilId, obligation.meetingId, manager) : null;
      const result = dueFor(
        { kind: obligation.kind, issuedOn: obligation.issuedOn, meetingDate: meeting ? dateIn(meeting.startsAt, context.timeZone) : undefined },
        context.settings,
        context.holidays,
      );
      if (!result.ok || result.due.date === obligation.dueOn) continue;
      const change = {
        dueOn: result.due.date,
        dueExplanation:
          `${result.due.explanation} Recomputed on ${formatDate(context.today)}: ${formatDate(date)} was added as a bank holiday (${title}), ` +
          `moving the due date from ${formatDate(obligation.dueOn)} to ${formatDate(result.due.date)}.`,
        dueWarning: result.due.warning ?? null,
      };
      await manager.update(Obligation, { id: obligation.id }, change);
      await this.reminders.replan(manager, { ...obligation, ...change }, context.timeZone, context.today);
      await this.audit.record(manager, actor, { action: 'recompute-due', entityType: 'obligation', entityId: obligation.id, before: obligation, after: { ...obligation, ...change } });
      recomputed.push({ obligationId: obligation.id, from: obligation.dueOn, to: result.due.date });
    }
    return recomputed;
  }

  /** One obligation of one authority of the council; inside the context's transaction when it has one. */
  async create(context: CouncilContext, input: CreateObligationDto): Promise<Obligation> {
    const [obligation] = await this.issue(context, input, [input.authorityId], null);
    return obligation;
  }

  /**
   * A report or recommendations issued to many bodies (by default every responsible authority and
   * co-operating body of the council): one obligation each, with its own clock, in one group.
   */
  async issueToAll(context: CouncilContext, input: IssueToAllDto): Promise<{ group: ObligationGroup; obligations: Obligation[] }> {
    const authorityIds =
      input.authorityIds ??
      (await this.authorities.authoritiesOf(context.councilId)).map((a) => a.id);
    if (authorityIds.length === 0) throw new InvalidInputError(['the council has no responsible authorities or co-operating bodies to issue to']);
    const group: ObligationGroup = {
      id: newId(),
      councilId: context.councilId,
      kind: input.kind,
      subject: input.subject,
      issuedOn: input.issuedOn,
      createdAt: this.clock.now(),
    };
    const obligations = await this.issue(context, input, [...new Set(authorityIds)], group);
    return { group, obligations };
  }

  private async issue(context: CouncilContext, input: ObligationInput, authorityIds: string[], group: ObligationGroup | null): Promise<Obligation[]> {
    const { actor, timeZone, today } = context;
    const { settings, holidays } = await this.calendar.context(context.councilId);
    const meeting = input.meetingId ? await this.meetings.meeting(context.councilId, input.meetingId) : null;
    const result = dueFor(
      {
        kind: input.kind,
        issuedOn: input.issuedOn,
        dueOn: input.dueOn,
        meetingDate: meeting ? dateIn(meeting.startsAt, timeZone) : undefined,
        recommendations: input.recommendations,
      },
      settings,
      holidays,
    );
    // The clocks of the law run from the day a request is sent: one dated in the future would start them early.
    const early = input.issuedOn > today ? [`issuedOn: ${formatDate(input.issuedOn)} is still to come; issue the request on the day it is sent`] : [];
    if (!result.ok || early.length) throw new InvalidInputError([...early, ...(result.ok ? [] : result.problems)]);
    const { due } = result;

    return this.db.inside(context.manager, async (manager) => {
      const found = await this.authorities.authoritiesOf(context.councilId, authorityIds, manager);
      const missing = authorityIds.find((id) => !found.some((a) => a.id === id));
      if (missing) throw new NotFoundError('Authority', missing);
      const retired = found.find((a) => a.retiredAt);
      if (retired) throw new ConflictError(`${retired.name} was retired (${retired.retiredReason}): nothing new can be issued to it`);
      if (group) {
        await manager.insert(ObligationGroup, group);
        await this.audit.record(manager, actor, { action: 'issue-to-all', entityType: 'obligation_group', entityId: group.id, after: { ...group, authorityIds } });
      }
      const created = authorityIds.map((authorityId) =>
        manager.create(Obligation, {
          id: newId(),
          councilId: context.councilId,
          groupId: group?.id ?? null,
          kind: input.kind,
          authorityId,
          subject: input.subject,
          details: input.details,
          exemptParagraph: input.exemptParagraph ?? null,
          issuedOn: input.issuedOn,
          dueOn: due.date,
          dueRuleId: due.ruleId,
          dueCitation: due.citation,
          dueExplanation: due.explanation,
          dueWarning: due.warning ?? null,
          meetingId: input.meetingId ?? null,
          recommendations: input.recommendations?.length ? input.recommendations : null,
          status: 'open',
          respondedAt: null,
          acknowledgedAt: null,
          withdrawnReason: null,
          createdAt: this.clock.now(),
        }),
      );
      await manager.insert(Obligation, created);
      // The obligation and its reminders are written together: a reminder can never be missing.
      await this.reminders.plan(manager, created, timeZone, today);
      for (const obligation of created) {
        await this.audit.record(manager, actor, { action: 'create', entityType: 'obligation', entityId: obligation.id, after: obligation });
      }
      return created;
    });
  }

  async list(context: CouncilContext, query: ObligationsQuery): Promise<Page<Obligation>> {
    const scope = scopeOf(context);
    const where: FindOptionsWhere<Obligation> = { councilId: scope.councilId };
    if (scope.authorityId !== null) where.authorityId = scope.authorityId;
    if (query.authorityId) {
      if (scope.authorityId !== null && query.authorityId !== scope.authorityId) return pageOf([], 0);
      where.authorityId = query.authorityId;
    }
    if (query.groupId) where.groupId = query.groupId;
    if (query.status === 'overdue') {
      where.status = 'open';
      where.dueOn = LessThan(context.today);
    } else if (query.status) {
      where.status = query.status;
    }
    const [items, total] = await this.obligations.findAndCount({
      where,
      order: { dueOn: 'ASC', createdAt: 'ASC', id: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return pageOf(items, total);
  }

  /** An obligation the user may see: any of the council for staff, only its own for an authority contact. */
  async get(scope: ObligationScope, id: string): Promise<Obligation> {
    const obligation = await this.obligations.findOneBy({ councilId: scope.councilId, id });
    if (!obligation || (scope.authorityId !== null && obligation.authorityId !== scope.authorityId)) throw new NotFoundError('Obligation', id);
    return obligation;
  }

  /** Whether the council has this obligation. */
  async exists(councilId: string, id: string): Promise<boolean> {
    return this.obligations.existsBy({ councilId, id });
  }

  /** The ids of an authority's open obligations (in the caller's transaction when given). */
  async openIdsOf(authorityId: string, manager: EntityManager = this.db.manager): Promise<string[]> {
    return (await manager.find(Obligation, { where: { authorityId, status: 'open' }, select: { id: true } })).map((o) => o.id);
  }

  /**
   * What several councils' records of one body are owed, in one read, earliest due first: each
   * obligation only of the council whose record it is owed by (open ones alone when asked).
   */
  async ofAuthorities(owners: { councilId: string; authorityId: string }[], openOnly = false): Promise<Obligation[]> {
    if (owners.length === 0) return [];
    const found = await this.obligations.find({
      where: { councilId: In(owners.map((o) => o.councilId)), authorityId: In(owners.map((o) => o.authorityId)), ...(openOnly ? { status: 'open' as const } : {}) },
      order: { dueOn: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    const owner = new Set(owners.map((o) => `${o.councilId} ${o.authorityId}`));
    return found.filter((o) => owner.has(`${o.councilId} ${o.authorityId}`));
  }

  /** Which of several councils' records of a body an obligation is owed by, if any: its scope. */
  async ownerAmong(id: string, owners: { councilId: string; authorityId: string }[]): Promise<{ councilId: string; authorityId: string } | null> {
    if (owners.length === 0) return null;
    const found = await this.obligations.findOne({ where: { id, councilId: In(owners.map((o) => o.councilId)), authorityId: In(owners.map((o) => o.authorityId)) }, select: { id: true, councilId: true, authorityId: true } });
    return owners.find((o) => found && o.councilId === found.councilId && o.authorityId === found.authorityId) ?? null;
  }

  /** The council's open obligations, earliest due first: all, an authority's, or those due in a window of days. */
  async open(councilId: string, filter: { authorityId?: string; dueBefore?: IsoDate; dueFrom?: IsoDate; dueTo?: IsoDate } = {}): Promise<Obligation[]> {
    const dueOn = filter.dueBefore ? LessThan(filter.dueBefore) : filter.dueFrom && filter.dueTo ? Between(filter.dueFrom, filter.dueTo) : undefined;
    return this.obligations.find({
      where: { councilId, status: 'open', ...(filter.authorityId ? { authorityId: filter.authorityId } : {}), ...(dueOn ? { dueOn } : {}) },
      order: { dueOn: 'ASC', id: 'ASC' },
    });
  }

  /** The council's obligations issued in a span of days (a municipal year), for the tally of answers by authority. */
  async issuedBetween(councilId: string, from: IsoDate, to: IsoDate): Promise<Obligation[]> {
    return this.obligations.find({ where: { councilId, issuedOn: Between(from, to) }, order: { issuedOn: 'ASC', id: 'ASC' } });
  }

  /** The council's obligations by id (ids of other councils are left out). */
  async byIds(councilId: string, ids: string[]): Promise<Obligation[]> {
    return ids.length ? this.obligations.findBy({ councilId, id: In(ids) }) : [];
  }

  /** The council's recommendations to authorities, in the order issued, each with its responses (the annual report's account). */
  async recommendationsOf(councilId: string): Promise<{ recommendations: Obligation[]; responses: ObligationResponse[] }> {
    const recommendations = await this.obligations.find({ where: { councilId, kind: 'recommendation' }, order: { issuedOn: 'ASC' } });
    const responses = recommendations.length
      ? await this.responses.find({ where: { obligationId: In(recommendations.map((o) => o.id)) }, order: { respondedAt: 'ASC' } })
      : [];
    return { recommendations, responses };
  }

  /** Requests for more time awaiting the co-ordinator's decision, on the council's open obligations, oldest first. */
  async pendingExtensions(councilId: string): Promise<ObligationExtension[]> {
    return this.extensions.find({ where: { status: 'requested', obligation: { councilId, status: 'open' } }, order: { requestedAt: 'ASC' } });
  }

  /** Whether a request for more time on the obligation awaits a decision. */
  async hasPendingExtension(obligationId: string): Promise<boolean> {
    return this.extensions.existsBy({ obligationId, status: 'requested' });
  }

  async details(context: CouncilContext, id: string) {
    const obligation = await this.get(scopeOf(context), id);
    const [responses, extensions] = await Promise.all([
      this.responses.find({ where: { obligationId: id }, order: { respondedAt: 'ASC', id: 'ASC' } }),
      this.extensions.find({ where: { obligationId: id }, order: { requestedAt: 'ASC', id: 'ASC' } }),
    ]);
    return { obligation, responses, extensions };
  }

  async group(councilId: string, id: string): Promise<{ group: ObligationGroup; obligations: Obligation[] }> {
    const group = await this.groups.findOneBy({ councilId, id });
    if (!group) throw new NotFoundError('Obligation group', id);
    const obligations = await this.obligations.find({ where: { councilId, groupId: id }, order: { dueOn: 'ASC', id: 'ASC' } });
    return { group, obligations };
  }

  /**
   * An answer: the obligation is then responded; further answers may follow. By whoever acts (a user,
   * or the holder of a response link, whose scope is the link's authority), in the context's transaction.
   */
  async respond(context: CouncilContext, id: string, input: RespondDto, scope = scopeOf(context)): Promise<ObligationResponse> {
    const { actor } = context;
    return this.change(context, scope, id, 'respond', async (manager, obligation) => {
      const problems = responseProblems(obligation.kind, obligation.recommendations?.length ?? 0, input.positions?.length ?? 0);
      if (problems.length > 0) throw new InvalidInputError(problems);
      const response = manager.create(ObligationResponse, {
        id: newId(),
        obligationId: id,
        text: input.text,
        positions: input.positions ?? null,
        respondedBy: actor.label,
        respondedAt: this.clock.now(),
      });
      await manager.insert(ObligationResponse, response);
      const before = { ...obligation };
      if (obligation.status === 'open') {
        obligation.status = 'responded';
        obligation.respondedAt = response.respondedAt;
        await manager.update(Obligation, { id }, { status: 'responded', respondedAt: response.respondedAt });
        await this.reminders.cancel(manager, id);
      }
      await this.audit.record(manager, actor, { action: 'respond', entityType: 'obligation', entityId: id, before, after: { ...obligation, response } });
      await this.tellCoordinators(manager, context, before, {
        event: 'responded',
        on: dateIn(response.respondedAt, context.timeZone),
        onTime: dateIn(response.respondedAt, context.timeZone) <= before.dueOn,
        text: response.text,
        positions: (response.positions ?? []).map((p) => ({ recommendation: p.recommendation, position: POSITION_WORDS[p.position], reason: p.reason })),
      });
      return response;
    });
  }

  /** The authority confirms it has the request; the first acknowledgement is kept. Reminders go on until it answers. */
  async acknowledge(context: CouncilContext, id: string, scope = scopeOf(context)): Promise<Obligation> {
    const { actor } = context;
    await this.get(scope, id);
    return this.db.inside(context.manager, async (manager) => {
      const obligation = await manager.findOneByOrFail(Obligation, { id });
      if (obligation.acknowledgedAt) return obligation;
      const after = { ...obligation, acknowledgedAt: this.clock.now() };
      await manager.update(Obligation, { id }, { acknowledgedAt: after.acknowledgedAt });
      await this.audit.record(manager, actor, { action: 'acknowledge', entityType: 'obligation', entityId: id, before: obligation, after });
      await this.tellCoordinators(manager, context, obligation, { event: 'acknowledged', on: dateIn(after.acknowledgedAt, context.timeZone) });
      return after;
    });
  }

  /**
   * An authority asks for more time (recorded as requested); a co-ordinator recording it grants it at
   * once. Without a new date the response is to come "as soon as reasonably possible thereafter".
   */
  async requestExtension(context: CouncilContext, id: string, input: ExtensionRequestDto, scope = scopeOf(context)): Promise<ObligationExtension> {
    const { actor } = context;
    const grantAtOnce = context.user?.role === 'coordinator';
    const notices: (string | null)[] = [];
    const decided = await this.change(context, scope, id, 'extend', async (manager, obligation) => {
      const problems = extensionProblems(obligation.dueOn, input.newDueOn ?? null);
      if (problems.length > 0) throw new InvalidInputError(problems);
      if (await manager.existsBy(ObligationExtension, { obligationId: id, status: 'requested' })) {
        throw new ConflictError('An extension request is already awaiting a decision');
      }
      const extension = manager.create(ObligationExtension, {
        id: newId(),
        obligationId: id,
        newDueOn: input.newDueOn ?? null,
        reason: input.reason,
        status: 'requested',
        requestedBy: actor.label,
        requestedAt: this.clock.now(),
        decidedBy: null,
        decidedAt: null,
        decisionReason: null,
        previousDueOn: null,
        decisionTokenHash: null,
      });
      if (grantAtOnce) {
        await manager.insert(ObligationExtension, extension);
        await this.audit.record(manager, actor, { action: 'request-extension', entityType: 'obligation', entityId: id, after: extension });
        return this.applyDecision(manager, context, obligation, extension, 'grant', input.reason, notices);
      }
      // The co-ordinators decide through a signed link (kept only as its hash), until the web pages hold the decision.
      const link = await this.decisionLinks.issue(extension.id, context.today, context.timeZone);
      extension.decisionTokenHash = link.tokenHash;
      await manager.insert(ObligationExtension, extension);
      await this.audit.record(manager, actor, { action: 'request-extension', entityType: 'obligation', entityId: id, after: { ...extension, decisionTokenHash: undefined } });
      await this.tellCoordinators(manager, context, obligation, {
        event: 'extension-requested',
        newDueOn: extension.newDueOn,
        reason: extension.reason,
        decideUrl: link.url,
        decideBy: link.expiresOn,
      });
      return extension;
    });
    await this.outbox.deliver(notices);
    return decided;
  }

  async decideExtension(context: CouncilContext, id: string, extensionId: string, input: ExtensionDecisionDto): Promise<ObligationExtension> {
    const notices: (string | null)[] = [];
    const decided = await this.change(context, scopeOf(context), id, 'extend', async (manager, obligation) => {
      const extension = await manager.findOneBy(ObligationExtension, { id: extensionId, obligationId: id });
      if (!extension) throw new NotFoundError('Extension', extensionId);
      if (extension.status !== 'requested') throw new ConflictError(`The extension was already ${extension.status}`);
      return this.applyDecision(manager, context, obligation, extension, input.decision, input.reason, notices);
    });
    await this.outbox.deliver(notices);
    return decided;
  }

  private async applyDecision(
    manager: EntityManager,
    context: CouncilContext,
    obligation: Obligation,
    extension: ObligationExtension,
    decision: 'grant' | 'refuse',
    reason: string,
    notices: (string | null)[],
  ): Promise<ObligationExtension> {
    const { actor } = context;
    const before = { ...extension };
    Object.assign(extension, {
      status: decision === 'grant' ? 'granted' : 'refused',
      decidedBy: actor.label,
      decidedAt: this.clock.now(),
      decisionReason: reason,
      previousDueOn: decision === 'grant' && extension.newDueOn ? obligation.dueOn : null,
    });
    await manager.save(ObligationExtension, extension);
    if (decision === 'grant') {
      const change = extendedDue(obligation, extension, actor.label);
      await manager.update(Obligation, { id: obligation.id }, change);
      if (extension.newDueOn) await this.reminders.replan(manager, { ...obligation, ...change }, context.timeZone, context.today);
      await this.audit.record(manager, actor, { action: 'extend', entityType: 'obligation', entityId: obligation.id, before: obligation, after: { ...obligation, ...change } });
    }
    await this.audit.record(manager, actor, { action: `${decision}-extension`, entityType: 'obligation', entityId: obligation.id, before, after: extension });
    // The authority hears the decision in the obligation's thread, kept with the decision until the mail server takes it.
    notices.push(
      await this.tellAuthority(manager, obligation, 'extension-decided', `obligation-extension.${extension.id}`, {
        granted: decision === 'grant',
        newDueOn: decision === 'grant' ? extension.newDueOn : null,
        previousDueOn: obligation.dueOn,
        reason,
      }),
    );
    return extension;
  }

  /** What a co-ordinator's decision link opens: the request for more time, or why it cannot be decided through it. */
  async openDecisionLink(token: string): Promise<DecisionLinkState> {
    const claims = await this.decisionLinks.read(token);
    const extension = claims ? await this.extensions.findOneBy({ id: claims.extensionId }) : null;
    if (!claims || !extension || extension.decisionTokenHash !== claims.tokenHash) return { state: 'invalid' };
    const obligation = await this.obligations.findOneByOrFail({ id: extension.obligationId });
    const [council, { authority }, committee] = await Promise.all([
      this.councils.council(obligation.councilId),
      this.authorities.get(obligation.councilId, obligation.authorityId),
      this.committees.scrutinyCommittee(obligation.councilId),
    ]);
    if (extension.status !== 'requested') return { state: 'decided', extension, authority: authority.name };
    if (obligation.status !== 'open') return { state: 'closed', status: obligation.status, authority: authority.name };
    if (claims.expiresAt <= this.clock.now()) return { state: 'expired' };
    return {
      state: 'open',
      extension,
      obligation,
      view: {
        council: council.name,
        committee: committee?.name ?? DEFAULT_COMMITTEE_NAME,
        authority: authority.name,
        kindLabel: KIND_LABELS[obligation.kind] ?? obligation.kind,
        subject: obligation.subject,
        dueOn: obligation.dueOn,
        newDueOn: extension.newDueOn,
        reason: extension.reason,
        requestedBy: extension.requestedBy,
        requestedOn: dateIn(extension.requestedAt, council.timeZone),
      },
    };
  }

  /** The decision taken through the link, as a co-ordinator of the council, with the reason given there. */
  async decideThroughLink(open: Extract<DecisionLinkState, { state: 'open' }>, decision: 'grant' | 'refuse', reason: string): Promise<ObligationExtension> {
    const { obligation, extension, view } = open;
    const acting = await this.councils.systemContext(obligation.councilId, {
      councilId: obligation.councilId,
      userId: null,
      label: `A co-ordinator of ${view.council} (through the decision link e-mailed to the co-ordinators)`,
    });
    return this.decideExtension(acting, obligation.id, extension.id, { decision, reason });
  }

  async withdraw(context: CouncilContext, id: string, reason: string): Promise<Obligation> {
    const { actor } = context;
    const notices: (string | null)[] = [];
    const withdrawn = await this.change(context, scopeOf(context), id, 'withdraw', async (manager, obligation) => {
      const after = { ...obligation, status: 'withdrawn' as const, withdrawnReason: reason };
      await manager.update(Obligation, { id }, { status: 'withdrawn', withdrawnReason: reason });
      await this.reminders.cancel(manager, id);
      await this.audit.record(manager, actor, { action: 'withdraw', entityType: 'obligation', entityId: id, before: obligation, after });
      notices.push(await this.tellAuthority(manager, obligation, 'withdrawn', `obligation-withdrawn.${id}`, { reason }));
      return after;
    });
    await this.outbox.deliver(notices);
    return withdrawn;
  }

  /**
   * The co-ordinators told at once, through the outbox, when an authority (its contact, or the holder of
   * its response link) acknowledges, responds or asks for more time; sent once the change is committed,
   * and by the outbox's sweep if the mail server refuses it now. A co-ordinator recording it is not told.
   */
  private async tellCoordinators(manager: EntityManager, context: CouncilContext, obligation: Obligation, values: { event: 'acknowledged' | 'responded' | 'extension-requested' } & Record<string, unknown>): Promise<void> {
    if (context.user?.role === 'coordinator') return;
    const { councilId } = obligation;
    const [{ authority }, council, committee, coordinators] = await Promise.all([
      this.authorities.get(councilId, obligation.authorityId),
      this.councils.council(councilId, manager),
      this.committees.scrutinyCommittee(councilId),
      this.councils.coordinators(councilId, manager),
    ]);
    const words = await this.templates.render(
      'obligations/heard-from-authority.mail.njk',
      {
        ...values,
        council: council.name,
        committee: committee?.name ?? DEFAULT_COMMITTEE_NAME,
        authority: authority.name,
        by: context.user ? `${context.user.name} of ${authority.name}` : authority.name,
        kindLabel: KIND_LABELS[obligation.kind] ?? obligation.kind,
        obligation: { subject: obligation.subject, dueOn: obligation.dueOn },
      },
      { councilId, audience: 'council' },
    );
    const id = await this.outbox.post(manager, councilId, { to: coordinators.map((u) => u.email), ...words });
    await this.db.afterCommit(manager, () => this.outbox.deliver([id]));
  }

  /**
   * A notice to the authority's first working contact about its obligation, replying in the
   * obligation's thread, written to the outbox with the change (a refusal delays it, never loses it).
   * Rendered for an outside body: an exempt obligation's subject, details and reason are withheld.
   * No working contact: nothing is sent (the co-ordinator sees the failing contacts in the digest).
   */
  private async tellAuthority(
    manager: EntityManager,
    obligation: Obligation,
    template: 'extension-decided' | 'withdrawn',
    key: string,
    values: { reason: string; granted?: boolean; newDueOn?: IsoDate | null; previousDueOn?: IsoDate },
  ): Promise<string | null> {
    const { councilId } = obligation;
    const [{ authority, contacts }, council, committee, coordinators] = await Promise.all([
      this.authorities.get(councilId, obligation.authorityId),
      this.councils.council(councilId, manager),
      this.committees.scrutinyCommittee(councilId),
      this.councils.coordinators(councilId, manager),
    ]);
    const contact = contacts.find((c) => c.failingSince === null);
    if (!contact) return null;
    const domain = this.config.mailDomain;
    const thread = obligationThread(obligation.id, domain);
    const { reason, ...rest } = values;
    const words = await this.templates.render(
      `obligations/${template}.mail.njk`,
      {
        ...rest,
        council: council.name,
        committee: committee?.name ?? DEFAULT_COMMITTEE_NAME,
        authority: authority.name,
        kindLabel: KIND_LABELS[obligation.kind] ?? obligation.kind,
        obligation: { subject: obligation.subject, issuedOn: obligation.issuedOn, dueOn: obligation.dueOn, reason, exemptParagraph: obligation.exemptParagraph },
        coordinatorEmail: coordinators[0]?.email ?? null,
      },
      { councilId, audience: 'outside' },
    );
    return this.outbox.post(manager, councilId, {
      to: contact.email,
      replyTo: coordinators[0]?.email,
      ...words,
      messageId: `<${key}@${domain}>`,
      inReplyTo: thread,
      references: [thread],
    });
  }

  /** Loads the obligation the scope may change inside the context's transaction (or a new one), checks the transition, then applies the change. */
  private async change<T>(
    context: CouncilContext,
    scope: ObligationScope,
    id: string,
    kind: 'respond' | 'withdraw' | 'extend',
    apply: (manager: EntityManager, obligation: Obligation) => Promise<T>,
  ): Promise<T> {
    await this.get(scope, id);
    return this.db.inside(context.manager, async (manager) => {
      const obligation = await manager.findOneByOrFail(Obligation, { id });
      const problem = transitionProblem(obligation.status, kind);
      if (problem) throw new ConflictError(problem);
      return apply(manager, obligation);
    });
  }
}
