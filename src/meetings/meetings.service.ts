import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, FindOptionsWhere, LessThan, MoreThanOrEqual, And, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/auth/principal.js';
import { newId } from '../common/database/columns.js';
import type { IsoDate } from '../common/time/dates.js';
import { ConflictError, NotFoundError } from '../common/errors/domain-errors.js';
import { noticeForMeeting } from '../forward-plan/forward-plan.rules.js';
import { ForwardPlanNotice } from '../forward-plan/notice.entity.js';
import { Page, pageOf } from '../common/http/pagination.js';
import { Clock } from '../common/time/clock.js';
import { nextDay, startOfDay } from '../common/time/dates.js';
import { CommitteesService } from '../councils/committees.service.js';
import { AgendaItem } from './agenda-item.entity.js';
import { CLOSING_ITEMS, NumberedAgendaEntry, OPENING_ITEMS, orderAgenda } from './agenda.rules.js';
import type { AddAgendaItemDto, CreateMeetingDto, MeetingsQuery } from './meeting.dto.js';
import { Meeting } from './meeting.entity.js';
import { WorkPlanItem } from '../work-plan/work-plan-item.entity.js';

@Injectable()
export class MeetingsService {
  constructor(
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly committees: CommitteesService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Meeting) private readonly meetings: Repository<Meeting>,
    @InjectRepository(AgendaItem) private readonly agendaItems: Repository<AgendaItem>,
  ) {}

  async list(councilId: string, timeZone: string, query: MeetingsQuery): Promise<Page<Meeting>> {
    const where: FindOptionsWhere<Meeting> = { councilId };
    if (query.committeeId) where.committeeId = query.committeeId;
    // Days are the council's days: "from 2017-07-26" starts at London midnight, not UTC midnight.
    const after = query.from ? MoreThanOrEqual(startOfDay(query.from, timeZone)) : undefined;
    const before = query.to ? LessThan(startOfDay(nextDay(query.to), timeZone)) : undefined;
    if (after && before) where.startsAt = And(after, before);
    else if (after ?? before) where.startsAt = after ?? before;
    const [items, total] = await this.meetings.findAndCount({
      where,
      order: { startsAt: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return pageOf(items, total);
  }

  /** The meeting alone, of the council. */
  async meeting(councilId: string, id: string): Promise<Meeting> {
    const meeting = await this.meetings.findOneBy({ councilId, id });
    if (!meeting) throw new NotFoundError('Meeting', id);
    return meeting;
  }

  async get(councilId: string, id: string): Promise<{ meeting: Meeting; agenda: NumberedAgendaEntry<AgendaItem>[] }> {
    const meeting = await this.meeting(councilId, id);
    const items = await this.agendaItems.find({ where: { meetingId: id }, order: { sequence: 'ASC' } });
    return { meeting, agenda: orderAgenda(items) };
  }

  /** A meeting with the standard items every agenda carries. */
  async create(actor: Actor, input: CreateMeetingDto): Promise<Meeting> {
    await this.committees.get(actor.councilId, input.committeeId);
    return this.dataSource.transaction(async (manager) => {
      const meeting = manager.create(Meeting, {
        id: newId(),
        councilId: actor.councilId,
        committeeId: input.committeeId,
        startsAt: new Date(input.startsAt),
        venue: input.venue ?? null,
        cancelledAt: null,
        cancelledReason: null,
        createdAt: this.clock.now(),
      });
      await manager.insert(Meeting, meeting);
      const standard = [...OPENING_ITEMS, ...CLOSING_ITEMS].map(([kind, title], sequence) =>
        manager.create(AgendaItem, {
          id: newId(),
          meetingId: meeting.id,
          sequence,
          standardKind: kind,
          title,
          workPlanItemId: null,
          exemptParagraph: null,
          exemptReason: null,
        }),
      );
      await manager.insert(AgendaItem, standard);
      await this.audit.record(manager, actor, { action: 'create', entityType: 'meeting', entityId: meeting.id, after: meeting });
      return meeting;
    });
  }

  async addAgendaItem(actor: Actor, meetingId: string, input: AddAgendaItemDto): Promise<AgendaItem> {
    const meeting = await this.meeting(actor.councilId, meetingId);
    // A work plan item of the meeting's own committee (so of the council), or the id is unknown here.
    if (input.workPlanItemId && !(await this.dataSource.manager.existsBy(WorkPlanItem, { id: input.workPlanItemId, councilId: actor.councilId, committeeId: meeting.committeeId }))) {
      throw new NotFoundError('Work plan item', input.workPlanItemId);
    }
    return this.dataSource.transaction(async (manager) => {
      const last = await manager.findOne(AgendaItem, { where: { meetingId }, order: { sequence: 'DESC' } });
      const item = manager.create(AgendaItem, {
        id: newId(),
        meetingId,
        sequence: (last?.sequence ?? -1) + 1,
        standardKind: null,
        title: input.title,
        workPlanItemId: input.workPlanItemId ?? null,
        exemptParagraph: input.exempt?.paragraph ?? null,
        exemptReason: input.exempt?.reason ?? null,
      });
      await manager.insert(AgendaItem, item);
      await this.audit.record(manager, actor, { action: 'add-agenda-item', entityType: 'meeting', entityId: meetingId, after: item });
      return item;
    });
  }

  /** Cancels a meeting, with the reason; its agenda stays for the record. */
  async cancel(actor: Actor, id: string, reason: string): Promise<Meeting> {
    const meeting = await this.meeting(actor.councilId, id);
    if (meeting.cancelledAt) throw new ConflictError('The meeting was already cancelled');
    return this.dataSource.transaction(async (manager) => {
      const after = { ...meeting, cancelledAt: this.clock.now(), cancelledReason: reason };
      await manager.update(Meeting, { id }, { cancelledAt: after.cancelledAt, cancelledReason: reason });
      await this.audit.record(manager, actor, { action: 'cancel', entityType: 'meeting', entityId: id, before: meeting, after });
      return after;
    });
  }

  /** The Regulation 9 notice the meeting's agenda notes (see noticeForMeeting), if any is published. */
  async regulation9Notice(councilId: string, meetingDay: IsoDate): Promise<ForwardPlanNotice | null> {
    const notices = await this.dataSource.manager.find(ForwardPlanNotice, { where: { councilId, status: 'published' } });
    return noticeForMeeting(notices, meetingDay);
  }
}
