import { insertRows } from '../common/database/insert-rows.js';
import { Injectable } from '@nestjs/common';
import { type EntityManager, In, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { type CalendarContext, CalendarService } from '../calendar/calendar.service.js';
import { type CouncilContext, joined } from '../common/auth/council-context.js';
import { newId } from '../common/database/columns.js';
import { ConflictError, InvalidInputError, NotFoundError, ServiceUnavailableError } from '../common/errors/domain-errors.js';
import { Clock } from '../common/time/clock.js';
import { dateIn } from '../common/time/dates.js';
import { CommitteesService } from '../councils/committees.service.js';
import type { Council } from '../councils/councils.service.js';
import { MailTemplates } from '../mail/mail-templates.js';
import { MailService } from '../mail/mail.service.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import type { WorkPlanItem } from '../work-plan/work-plan.service.js';
import { WorkPlanService } from '../work-plan/work-plan.service.js';
import { formatDate } from '../calendar/calendar.rules.js';
import { decisionPossibleFrom } from '../calendar/deadline.rules.js';
import type { CreateNoticeDto, KeyDecisionDto, SupersedeNoticeDto } from './forward-plan.dto.js';
import { type Compliance, complianceOf, noticeForMeeting, noticeProblems, noticeTitle, reasonsNotice } from './forward-plan.rules.js';
import { readInWorker } from '../common/documents/document-worker.js';
import type { ImportedForwardPlan } from './forward-plan-import.rules.js';
import { KeyDecision } from './key-decision.entity.js';
import { ForwardPlanNotice } from './notice.entity.js';
import { CouncilsService } from '../councils/councils.service.js';
import { Transactions } from '../common/database/transactions.js';

/** Thrown inside the transaction that lost the race to place a decision's scrutiny, so that its item is undone. */
class AlreadyScrutinised extends Error {}

export interface NoticeWithDecisions {
  notice: ForwardPlanNotice;
  decisions: (KeyDecision & { compliance: Compliance; reasonsNotice: string | null })[];
}

/** Regulation 9 notices of key decisions, and whether each decision may lawfully be taken on its date. */
@Injectable()
export class ForwardPlanService {
  constructor(
    private readonly councils: CouncilsService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly mail: MailService,
    private readonly templates: MailTemplates,
    private readonly workPlan: WorkPlanService,
    private readonly committees: CommitteesService,
    private readonly meetings: MeetingsService,
    private readonly db: Transactions,
  ) {
    // Each meeting's agenda notes the notice of its period (seed 003, item 6): the forward plan says which.
    meetings.findNoticesWith(async (councilId, meetingDay) => {
      const notice = noticeForMeeting(await this.db.manager.find(ForwardPlanNotice, { where: { councilId, status: 'published' } }), meetingDay);
      return notice ? { id: notice.id, title: noticeTitle(notice) } : null;
    });
  }

  /**
   * A forward plan as the council published it (text, a web page, a Word document or a PDF) into a
   * draft notice. Decisions the plan gives without a date or a decision maker, or outside its period,
   * are left out and said in the warnings; the co-ordinator checks the draft before publishing it.
   */
  async importNotice(context: CouncilContext, document: string | Uint8Array, declaredType: string | null): Promise<{ notice: ForwardPlanNotice; warnings: string[] }> {
    const { result: plan } = await readInWorker<ImportedForwardPlan>(new URL('./forward-plan-import.worker.js', import.meta.url), document, declaredType);
    const warnings = [...plan.warnings];
    if (!plan.decisions.length) throw new InvalidInputError(['file: no decisions were found in it (each needs its title, then fields such as "Decision maker:" and "Decision due:")']);
    if (!plan.periodStart || !plan.periodEnd) throw new InvalidInputError(["file: neither the plan's period nor any decision's date was found"]);
    const decisions: KeyDecisionDto[] = [];
    for (const d of plan.decisions) {
      if (!d.decisionDueOn || !d.decisionMaker) {
        const missing = [d.decisionDueOn ? null : `a date (the plan says "${d.dueAsWritten ?? 'nothing'}")`, d.decisionMaker ? null : 'a decision maker'].filter(Boolean).join(' and ');
        warnings.push(`"${d.title}" was left out: it needs ${missing}; add it by superseding the notice once it is known`);
        continue;
      }
      if (d.decisionDueOn < plan.periodStart || d.decisionDueOn > plan.periodEnd) {
        warnings.push(`"${d.title}" was left out: its date ${d.decisionDueOn} is outside the plan's period`);
        continue;
      }
      decisions.push({
        key: d.key,
        title: d.title.slice(0, 500),
        decisionMaker: { kind: d.decisionMaker.kind, name: d.decisionMaker.name.slice(0, 300), ...(d.decisionMaker.title ? { title: d.decisionMaker.title.slice(0, 300) } : {}) },
        decisionDueOn: d.decisionDueOn,
        documents: d.documents.slice(0, 100),
        exemptParagraph: d.exemptParagraph && d.exemptParagraph <= 7 ? d.exemptParagraph : undefined,
        wardsAffected: d.wardsAffected.slice(0, 100).map((w) => w.slice(0, 200)),
        contactOfficer: d.contactOfficer ?? undefined,
        exception: 'none',
      });
    }
    if (!decisions.length) throw new InvalidInputError([`file: none of its decisions could be imported (${warnings.slice(0, 3).join('; ')})`]);
    const notice = await this.create(context, { periodStart: plan.periodStart, periodEnd: plan.periodEnd, decisions: decisions.slice(0, 200) });
    return { notice, warnings };
  }

  async create(context: CouncilContext, input: CreateNoticeDto): Promise<ForwardPlanNotice> {
    const { actor } = context;
    const decisions = input.decisions.map((d) => ({ ...d, exception: d.exception ?? 'none' }));
    const problems = noticeProblems({ periodStart: input.periodStart, periodEnd: input.periodEnd, publishedOn: input.publishedOn ?? null, decisions }, context.today);
    if (problems.length > 0) throw new InvalidInputError(problems);
    return this.db.run(async (manager) => {
      const now = this.clock.now();
      const notice = manager.create(ForwardPlanNotice, {
        id: newId(),
        councilId: actor.councilId,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        publishedOn: input.publishedOn ?? null,
        status: input.publishedOn ? 'published' : 'draft',
        supersedesId: null,
        createdAt: now,
      });
      await manager.insert(ForwardPlanNotice, notice);
      const rows = decisions.map((d) => this.decisionRow(manager, actor.councilId, notice.id, d, now));
      await insertRows(manager, KeyDecision, rows);
      await this.audit.record(manager, actor, { action: 'create', entityType: 'forward_plan_notice', entityId: notice.id, after: { ...notice, decisions: rows } });
      return notice;
    });
  }

  /**
   * A new published notice that supersedes a published one (which stays readable, superseded): its
   * decisions are carried forward, each keeping its history; a moved date is added to that history.
   */
  async supersede(context: CouncilContext, id: string, input: SupersedeNoticeDto): Promise<ForwardPlanNotice> {
    const { actor } = context;
    return this.db.run(async (manager) => {
      const old = await manager.findOneBy(ForwardPlanNotice, { id, councilId: actor.councilId });
      if (!old) throw new NotFoundError('Notice', id);
      if (old.status !== 'published') throw new ConflictError(old.status === 'draft' ? 'A draft is changed by publishing it, not superseded' : 'The notice is already superseded');
      const oldDecisions = await manager.find(KeyDecision, { where: { noticeId: id }, order: { decisionDueOn: 'ASC', id: 'ASC' } });
      for (const ref of [...(input.moves ?? []).map((m) => m.decisionId), ...(input.drop ?? [])]) {
        if (!oldDecisions.some((d) => d.id === ref)) throw new NotFoundError('Key decision', ref);
      }
      const council = await this.councils.council(actor.councilId, manager);
      const today = dateIn(this.clock.now(), council.timeZone);
      const now = this.clock.now();
      const notice = manager.create(ForwardPlanNotice, {
        id: newId(),
        councilId: actor.councilId,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        publishedOn: input.publishedOn,
        status: 'published',
        supersedesId: old.id,
        createdAt: now,
      });
      const carried = oldDecisions
        .filter((d) => !(input.drop ?? []).includes(d.id))
        .map((d) => {
          const move = input.moves?.find((m) => m.decisionId === d.id);
          const moved = move && move.decisionDueOn !== d.decisionDueOn;
          return manager.create(KeyDecision, {
            ...d,
            id: newId(),
            noticeId: notice.id,
            carriedFromId: d.id,
            decisionDueOn: moved ? move.decisionDueOn : d.decisionDueOn,
            dateHistory: moved ? [...d.dateHistory, { from: d.decisionDueOn, to: move.decisionDueOn, reason: move.reason, recordedOn: today }] : d.dateHistory,
            createdAt: now,
          });
        });
      const added = (input.decisions ?? []).map((d) => this.decisionRow(manager, actor.councilId, notice.id, d, now));
      const all = [...carried, ...added];
      const problems = noticeProblems({ periodStart: input.periodStart, periodEnd: input.periodEnd, publishedOn: input.publishedOn, decisions: all }, context.today);
      if (problems.length > 0) throw new InvalidInputError(problems);
      await manager.insert(ForwardPlanNotice, notice);
      await insertRows(manager, KeyDecision, all);
      await manager.update(ForwardPlanNotice, { id: old.id }, { status: 'superseded' });
      await this.audit.record(manager, actor, { action: 'supersede', entityType: 'forward_plan_notice', entityId: notice.id, before: old, after: { ...notice, decisions: all } });
      return notice;
    });
  }

  async publish(context: CouncilContext, id: string, publishedOn: string): Promise<ForwardPlanNotice> {
    const { actor } = context;
    return this.db.run(async (manager) => {
      const notice = await manager.findOneBy(ForwardPlanNotice, { id, councilId: actor.councilId });
      if (!notice) throw new NotFoundError('Notice', id);
      if (notice.status !== 'draft') throw new ConflictError(`The notice is already ${notice.status}: a change makes a new notice that supersedes it`);
      const decisions = await manager.findBy(KeyDecision, { noticeId: id });
      const problems = noticeProblems({ ...notice, publishedOn, decisions }, context.today);
      if (problems.length > 0) throw new InvalidInputError(problems);
      const after = { ...notice, publishedOn, status: 'published' as const };
      await manager.update(ForwardPlanNotice, { id }, { publishedOn, status: 'published' });
      await this.audit.record(manager, actor, { action: 'publish', entityType: 'forward_plan_notice', entityId: id, before: notice, after });
      return after;
    });
  }

  /**
   * Reg 10: the written notice to the chair of the scrutiny committee (or, with no chair, to each of its
   * members), sent by e-mail; recorded only once the mail server has accepted it, so a failure changes nothing.
   */
  async giveGeneralException(context: CouncilContext, noticeId: string, decisionId: string, reasons: string): Promise<KeyDecision> {
    const { actor } = context;
    const { notice, decisions } = await this.get(actor.councilId, noticeId);
    const decision = decisions.find((d) => d.id === decisionId);
    if (!decision) throw new NotFoundError('Key decision', decisionId);
    if (decision.exception !== 'general_exception') throw new ConflictError('The decision is not planned under the general exception');
    if (decision.generalExceptionNoticeOn) throw new ConflictError(`The notice to the chair was already given on ${decision.generalExceptionNoticeOn}`);
    const [council, committee] = await Promise.all([this.councils.council(actor.councilId), this.committees.scrutinyCommittee(actor.councilId)]);
    const today = dateIn(this.clock.now(), council.timeZone);
    const members = committee ? await this.committees.membersOn(committee.id, today) : [];
    const chair = members.filter((m) => m.role === 'chair');
    const to = chair.length ? chair : members.filter((m) => m.role !== 'standing_invitee');
    if (to.length === 0) throw new InvalidInputError(['the scrutiny committee has no chair or members recorded to give the notice to']);
    const { settings, holidays } = await this.calendar.context(actor.councilId);
    const earliest = decisionPossibleFrom(today, settings.countingModes.general_exception_notice, holidays);
    const maker = decision.decisionMaker.title ? `${decision.decisionMaker.name}, ${decision.decisionMaker.title}` : decision.decisionMaker.name;
    const letter = await this.templates.render(
      'forward-plan/general-exception.mail.njk',
      { council: council.name, title: decision.title, decisionMaker: maker, decisionDueOn: decision.decisionDueOn, reasons, madeAvailableOn: today, earliestDecisionOn: earliest, privateParagraph: decision.exemptParagraph },
      { councilId: actor.councilId, audience: 'council' },
    );
    try {
      await this.mail.send({ councilId: actor.councilId, to: to.map((m) => m.email), ...letter });
    } catch (error) {
      throw new ServiceUnavailableError(`The notice could not be sent (${(error as Error).message}); nothing was recorded: try again`);
    }
    const sentTo = to.map((m) => `${m.name} <${m.email}>`).join(', ');
    return this.db.run(async (manager) => {
      const before = await manager.findOneByOrFail(KeyDecision, { id: decisionId });
      const change = { generalExceptionNoticeOn: today, generalExceptionNoticeTo: sentTo, exceptionReasons: reasons };
      await manager.update(KeyDecision, { id: decisionId }, change);
      await this.audit.record(manager, actor, { action: 'general-exception', entityType: 'key_decision', entityId: decisionId, before, after: { ...before, ...change, noticeId: notice.id } });
      return { ...before, ...change };
    });
  }

  /**
   * Pre-decision scrutiny: the decision goes into the committee's work plan for a meeting still to
   * come and before its date (a meeting held already, or on or after the decision date, is refused
   * with the reason). Asked again, it answers the item already made.
   */
  async scrutinise(context: CouncilContext, noticeId: string, decisionId: string, meetingId: string): Promise<WorkPlanItem> {
    const decision = await this.db.manager.findOneBy(KeyDecision, { id: decisionId, noticeId, councilId: context.councilId });
    if (!decision) throw new NotFoundError('Key decision', decisionId);
    const meeting = await this.meetings.meeting(context.councilId, meetingId);
    const day = dateIn(meeting.startsAt, context.timeZone);
    if (day < context.today) throw new InvalidInputError([`meetingId: the meeting on ${formatDate(day)} has been held; choose one still to come`]);
    if (day >= decision.decisionDueOn) {
      throw new InvalidInputError([`meetingId: the meeting on ${formatDate(day)} is not before the decision on ${formatDate(decision.decisionDueOn)}, too late to scrutinise it`]);
    }
    if (decision.scrutinyItemId) return this.placedAlready(context, decision.scrutinyItemId, meetingId);
    const made = await this.db.run(async (manager) => {
      const item = await this.workPlan.create(joined(context, manager), {
        committeeId: meeting.committeeId,
        title: `Pre-decision scrutiny: ${decision.title}`,
        description: `Key decision by ${decision.decisionMaker.name} due on ${formatDate(decision.decisionDueOn)}${decision.exemptParagraph ? ` (to be taken in private: Schedule 12A, paragraph ${decision.exemptParagraph})` : ''}.`,
        basis: 'discretionary',
        category: 'other',
        meetingId,
      });
      // One item per decision: a request racing this one finds the link made, and this transaction is undone.
      const linked = await manager.update(KeyDecision, { id: decisionId, scrutinyItemId: IsNull() }, { scrutinyItemId: item.id });
      if ((linked.affected ?? 0) !== 1) throw new AlreadyScrutinised();
      return item;
    }).catch((error: unknown) => {
      if (error instanceof AlreadyScrutinised) return null;
      throw error;
    });
    if (made) return made;
    const linked = await this.db.manager.findOneByOrFail(KeyDecision, { id: decisionId });
    return this.placedAlready(context, linked.scrutinyItemId!, meetingId);
  }

  /** The decision's scrutiny item, asked for again: itself for the same meeting; for another, a conflict (move the item instead). */
  private async placedAlready(context: CouncilContext, itemId: string, meetingId: string): Promise<WorkPlanItem> {
    const item = await this.workPlan.item(context.councilId, itemId);
    if (item.meetingId === meetingId) return item;
    throw new ConflictError(`The decision is already in the work plan for pre-decision scrutiny (item ${item.id}, "${item.title}"): move that item to another meeting instead`);
  }

  /** The published, current notices of a council by its slug, for the public; null for an unknown council. */
  async published(slug: string): Promise<{ council: Council; notices: { notice: ForwardPlanNotice; decisions: KeyDecision[] }[] } | null> {
    const db = this.db.manager;
    const council = await this.councils.findBySlug(slug);
    if (!council) return null;
    const notices = await db.find(ForwardPlanNotice, { where: { councilId: council.id, status: 'published' }, order: { periodStart: 'ASC' } });
    const decisions = notices.length ? await db.find(KeyDecision, { where: { noticeId: In(notices.map((n) => n.id)) }, order: { decisionDueOn: 'ASC', id: 'ASC' } }) : [];
    return { council, notices: notices.map((notice) => ({ notice, decisions: decisions.filter((d) => d.noticeId === notice.id) })) };
  }

  private decisionRow(manager: EntityManager, councilId: string, noticeId: string, d: KeyDecisionDto, now: Date): KeyDecision {
    return manager.create(KeyDecision, {
      id: newId(),
      councilId,
      noticeId,
      key: d.key ?? true,
      title: d.title,
      decisionMaker: { kind: d.decisionMaker.kind, name: d.decisionMaker.name, title: d.decisionMaker.title, members: d.decisionMaker.members },
      decisionDueOn: d.decisionDueOn,
      documents: d.documents ?? [],
      documentsAddress: d.documentsAddress ?? null,
      exemptParagraph: d.exemptParagraph ?? null,
      wardsAffected: d.wardsAffected ?? [],
      contactOfficer: d.contactOfficer ?? null,
      exception: d.exception ?? 'none',
      exceptionReasons: null,
      urgencyFallback: null,
      dateHistory: [],
      scrutinyItemId: null,
      generalExceptionNoticeOn: null,
      generalExceptionNoticeTo: null,
      urgencyAgreedBy: null,
      urgencyAgreedAt: null,
      carriedFromId: null,
      createdAt: now,
    });
  }

  /** The council's notices published (or since superseded), earliest period first, with their decisions: the annual report's account. */
  async publishedNoticesOf(councilId: string): Promise<{ notice: ForwardPlanNotice; decisions: KeyDecision[] }[]> {
    const db = this.db.manager;
    const notices = await db.find(ForwardPlanNotice, { where: { councilId, status: In(['published', 'superseded']) }, order: { periodStart: 'ASC' } });
    const decisions = notices.length ? await db.find(KeyDecision, { where: { noticeId: In(notices.map((n) => n.id)) } }) : [];
    return notices.map((notice) => ({ notice, decisions: decisions.filter((d) => d.noticeId === notice.id) }));
  }

  /** Every notice, latest period first, with its decisions' compliance: three queries whatever the number of notices. */
  async list(councilId: string): Promise<NoticeWithDecisions[]> {
    const db = this.db.manager;
    const [notices, context] = await Promise.all([
      db.find(ForwardPlanNotice, { where: { councilId }, order: { periodStart: 'DESC', createdAt: 'DESC' } }),
      this.calendar.context(councilId),
    ]);
    const decisions = notices.length ? await db.find(KeyDecision, { where: { noticeId: In(notices.map((n) => n.id)) }, order: { decisionDueOn: 'ASC', createdAt: 'ASC', id: 'ASC' } }) : [];
    return notices.map((notice) => this.withCompliance(notice, decisions.filter((d) => d.noticeId === notice.id), context));
  }

  /** A notice with each decision's compliance, computed with the council's calendar today. */
  async get(councilId: string, id: string): Promise<NoticeWithDecisions> {
    const db = this.db.manager;
    const notice = await db.findOneBy(ForwardPlanNotice, { id, councilId });
    if (!notice) throw new NotFoundError('Notice', id);
    const [decisions, context] = await Promise.all([
      db.find(KeyDecision, { where: { noticeId: id }, order: { decisionDueOn: 'ASC', createdAt: 'ASC', id: 'ASC' } }),
      this.calendar.context(councilId),
    ]);
    return this.withCompliance(notice, decisions, context);
  }

  /** The published notices of a council, by its slug, each decision with whether its notice was given in time; null for an unknown council. */
  async publishedWithCompliance(slug: string): Promise<{ council: Council; notices: NoticeWithDecisions[] } | null> {
    const found = await this.published(slug);
    if (!found) return null;
    const context = await this.calendar.context(found.council.id);
    return { council: found.council, notices: found.notices.map(({ notice, decisions }) => this.withCompliance(notice, decisions, context)) };
  }

  private withCompliance(notice: ForwardPlanNotice, decisions: KeyDecision[], { settings, holidays, timeZone }: CalendarContext): NoticeWithDecisions {
    return {
      notice,
      decisions: decisions.map((d) => {
        const urgencyAgreedOn = d.urgencyAgreedAt ? dateIn(d.urgencyAgreedAt, timeZone) : null;
        return {
          ...d,
          compliance: complianceOf(
            { key: d.key, decisionDueOn: d.decisionDueOn, exception: d.exception, generalExceptionNoticeOn: d.generalExceptionNoticeOn, urgencyAgreedOn },
            notice.publishedOn,
            settings,
            holidays,
          ),
          reasonsNotice: reasonsNotice({ ...d, urgencyAgreedOn }),
        };
      }),
    };
  }
}
