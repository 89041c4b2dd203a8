import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CalendarService } from '../calendar/calendar.service.js';
import type { Actor } from '../common/auth/principal.js';
import { newId } from '../common/database/columns.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors/domain-errors.js';
import { Clock } from '../common/time/clock.js';
import { dateIn } from '../common/time/dates.js';
import type { CreateNoticeDto } from './forward-plan.dto.js';
import { type Compliance, complianceOf, noticeProblems } from './forward-plan.rules.js';
import { KeyDecision } from './key-decision.entity.js';
import { ForwardPlanNotice } from './notice.entity.js';

export interface NoticeWithDecisions {
  notice: ForwardPlanNotice;
  decisions: (KeyDecision & { compliance: Compliance })[];
}

/** Regulation 9 notices of key decisions, and whether each decision may lawfully be taken on its date. */
@Injectable()
export class ForwardPlanService {
  constructor(
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async create(actor: Actor, input: CreateNoticeDto): Promise<ForwardPlanNotice> {
    const decisions = input.decisions.map((d) => ({ ...d, exception: d.exception ?? 'none' }));
    const problems = noticeProblems({ periodStart: input.periodStart, periodEnd: input.periodEnd, publishedOn: input.publishedOn ?? null, decisions });
    if (problems.length > 0) throw new InvalidInputError(problems);
    return this.dataSource.transaction(async (manager) => {
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
      const rows = decisions.map((d) =>
        manager.create(KeyDecision, {
          id: newId(),
          councilId: actor.councilId,
          noticeId: notice.id,
          title: d.title,
          decisionMaker: { kind: d.decisionMaker.kind, name: d.decisionMaker.name, title: d.decisionMaker.title, members: d.decisionMaker.members },
          decisionDueOn: d.decisionDueOn,
          documents: d.documents ?? [],
          documentsAddress: d.documentsAddress ?? null,
          exemptParagraph: d.exemptParagraph ?? null,
          wardsAffected: d.wardsAffected ?? [],
          contactOfficer: d.contactOfficer ?? null,
          exception: d.exception,
          generalExceptionNoticeOn: null,
          generalExceptionNoticeTo: null,
          urgencyAgreedBy: null,
          urgencyAgreedAt: null,
          carriedFromId: null,
          createdAt: now,
        }),
      );
      if (rows.length > 0) await manager.insert(KeyDecision, rows);
      await this.audit.record(manager, actor, { action: 'create', entityType: 'forward_plan_notice', entityId: notice.id, after: { ...notice, decisions: rows } });
      return notice;
    });
  }

  async publish(actor: Actor, id: string, publishedOn: string): Promise<ForwardPlanNotice> {
    return this.dataSource.transaction(async (manager) => {
      const notice = await manager.findOneBy(ForwardPlanNotice, { id, councilId: actor.councilId });
      if (!notice) throw new NotFoundError('Notice', id);
      if (notice.status !== 'draft') throw new ConflictError(`The notice is already ${notice.status}: a change makes a new notice that supersedes it`);
      const decisions = await manager.findBy(KeyDecision, { noticeId: id });
      const problems = noticeProblems({ ...notice, publishedOn, decisions });
      if (problems.length > 0) throw new InvalidInputError(problems);
      const after = { ...notice, publishedOn, status: 'published' as const };
      await manager.update(ForwardPlanNotice, { id }, { publishedOn, status: 'published' });
      await this.audit.record(manager, actor, { action: 'publish', entityType: 'forward_plan_notice', entityId: id, before: notice, after });
      return after;
    });
  }

  async list(councilId: string): Promise<ForwardPlanNotice[]> {
    return this.dataSource.manager.find(ForwardPlanNotice, { where: { councilId }, order: { periodStart: 'DESC', createdAt: 'DESC' } });
  }

  /** A notice with each decision's compliance, computed with the council's calendar today. */
  async get(councilId: string, id: string): Promise<NoticeWithDecisions> {
    const db = this.dataSource.manager;
    const notice = await db.findOneBy(ForwardPlanNotice, { id, councilId });
    if (!notice) throw new NotFoundError('Notice', id);
    const [decisions, { settings, holidays, timeZone }] = await Promise.all([
      db.find(KeyDecision, { where: { noticeId: id }, order: { decisionDueOn: 'ASC', createdAt: 'ASC', id: 'ASC' } }),
      this.calendar.context(councilId),
    ]);
    return {
      notice,
      decisions: decisions.map((d) => ({
        ...d,
        compliance: complianceOf(
          {
            decisionDueOn: d.decisionDueOn,
            exception: d.exception,
            generalExceptionNoticeOn: d.generalExceptionNoticeOn,
            urgencyAgreedOn: d.urgencyAgreedAt ? dateIn(d.urgencyAgreedAt, timeZone) : null,
          },
          notice.publishedOn,
          settings,
          holidays,
        ),
      })),
    };
  }
}
