import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { And, Between, type EntityManager, FindOptionsWhere, In, LessThan, MoreThanOrEqual, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { newId } from '../common/database/columns.js';
import type { IsoDate } from '../common/time/dates.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors/domain-errors.js';
import { Page, pageOf } from '../common/http/pagination.js';
import { Clock } from '../common/time/clock.js';
import { dateIn, endOfDay, nextDay, startOfDay } from '../common/time/dates.js';
import { CommitteesService } from '../councils/committees.service.js';
import { AgendaItem } from './agenda-item.entity.js';
import { CLOSING_ITEMS, NumberedAgendaEntry, OPENING_ITEMS, orderAgenda } from './agenda.rules.js';
import type { AddAgendaItemDto, CreateMeetingDto, MeetingsQuery } from './meeting.dto.js';
import { Meeting } from './meeting.entity.js';
import { Transactions } from '../common/database/transactions.js';

/** Whether a work plan item may be linked from an agenda item of this committee (the work plan module answers). */
export type WorkPlanItemCheck = (councilId: string, committeeId: string, workPlanItemId: string) => Promise<boolean>;

/** The Regulation 9 notice an agenda notes on a meeting day (the forward plan module answers). */
export type NoticeFinder = (councilId: string, meetingDay: IsoDate) => Promise<{ id: string; title: string } | null>;

/** A work plan item as its agenda entry follows it. */
export interface PlannedItem {
  id: string;
  title: string;
  /** The meeting it is planned for; null when it is not (withdrawn, or planned for a season). */
  meetingId: string | null;
  exemptParagraph: number | null;
}

/** The meeting as others read it (the module's door: they do not import its entities). */
export type { Meeting } from './meeting.entity.js';
export type { AgendaItem } from './agenda-item.entity.js';

@Injectable()
export class MeetingsService {
  constructor(
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly committees: CommitteesService,
    private readonly db: Transactions,
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

  private workPlanItemCheck: WorkPlanItemCheck | null = null;
  private noticeFinder: NoticeFinder | null = null;

  /** The work plan module says which of its items an agenda may link. */
  checkWorkPlanItemsWith(check: WorkPlanItemCheck): void {
    this.workPlanItemCheck = check;
  }

  /** The forward plan module says which notice an agenda notes. */
  findNoticesWith(finder: NoticeFinder): void {
    this.noticeFinder = finder;
  }

  /** The meeting alone, of the council (read in the caller's transaction when given). */
  async meeting(councilId: string, id: string, manager?: EntityManager): Promise<Meeting> {
    const meeting = await (manager ?? this.db.manager).findOneBy(Meeting, { councilId, id });
    if (!meeting) throw new NotFoundError('Meeting', id);
    return meeting;
  }

  /** The committee's meetings starting between two instants (an index on the council's meetings by start). */
  async meetingsBetween(councilId: string, committeeId: string, from: Date, to: Date, manager?: EntityManager): Promise<Meeting[]> {
    return (manager ?? this.db.manager).find(Meeting, { where: { councilId, committeeId, startsAt: Between(from, to) }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  /**
   * The council's meetings (of one committee when given) on the days from `first` to `last` in its time
   * zone, earliest first: read by the index on their start, never the council's whole history for a year.
   */
  async meetingsDuring(councilId: string, first: IsoDate, last: IsoDate, timeZone: string, committeeId?: string): Promise<Meeting[]> {
    const startsAt = Between(startOfDay(first, timeZone), endOfDay(last, timeZone));
    return this.db.manager.find(Meeting, { where: { councilId, ...(committeeId ? { committeeId } : {}), startsAt }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  /** The council's meetings (of one committee when given) starting at or after an instant, cancelled ones too, earliest first. */
  async meetingsFrom(councilId: string, from: Date, committeeId?: string): Promise<Meeting[]> {
    return this.db.manager.find(Meeting, { where: { councilId, ...(committeeId ? { committeeId } : {}), startsAt: MoreThanOrEqual(from) }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  /** The council's meetings of these ids (none asked, none read). */
  async meetingsByIds(councilId: string, ids: readonly string[]): Promise<Meeting[]> {
    return ids.length ? this.db.manager.find(Meeting, { where: { councilId, id: In([...ids]) } }) : [];
  }

  /** The council's meetings (of one committee when given), earliest first. */
  async meetingsOf(councilId: string, committeeId?: string, manager?: EntityManager): Promise<Meeting[]> {
    return (manager ?? this.db.manager).find(Meeting, { where: { councilId, ...(committeeId ? { committeeId } : {}) }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  /** The agenda items of these meetings, each meeting's in order. */
  async agendaItemsOf(meetingIds: string[]): Promise<AgendaItem[]> {
    return meetingIds.length ? this.agendaItems.find({ where: { meetingId: In(meetingIds) }, order: { sequence: 'ASC' } }) : [];
  }

  /** One agenda item, or null (in the caller's transaction when given). */
  async agendaItem(id: string, manager?: EntityManager): Promise<AgendaItem | null> {
    return (manager ?? this.db.manager).findOneBy(AgendaItem, { id });
  }

  /**
   * Keeps the agendas in step with the work plan, in the caller's transaction: a planned item is on its
   * meeting's agenda (linked by workPlanItemId) and leaves the one it was on when moved or withdrawn;
   * its title follows a change, and an exempt marking (its own, or the one its agenda entry had) is
   * kept wherever it goes.
   */
  async placeWorkPlanItem(manager: EntityManager, item: PlannedItem, fromMeetingId: string | null): Promise<void> {
    const stays = item.meetingId;
    const left = fromMeetingId && fromMeetingId !== stays ? await manager.findOneBy(AgendaItem, { meetingId: fromMeetingId, workPlanItemId: item.id }) : null;
    if (left) await manager.delete(AgendaItem, { id: left.id });
    if (!stays) return;
    const exemptParagraph = left?.exemptParagraph ?? item.exemptParagraph;
    const exemptReason = left?.exemptReason ?? (item.exemptParagraph !== null ? 'Exempt work plan item' : null);
    const existing = await manager.findOneBy(AgendaItem, { meetingId: stays, workPlanItemId: item.id });
    if (existing) {
      const changes: Partial<AgendaItem> = {};
      if (existing.title !== item.title) changes.title = item.title;
      if (existing.exemptParagraph === null && exemptParagraph !== null) Object.assign(changes, { exemptParagraph, exemptReason });
      if (Object.keys(changes).length) await manager.update(AgendaItem, { id: existing.id }, changes);
      return;
    }
    await manager.insert(AgendaItem, {
      id: newId(),
      meetingId: stays,
      sequence: await this.nextSequence(manager, stays),
      standardKind: null,
      title: item.title,
      workPlanItemId: item.id,
      exemptParagraph,
      exemptReason,
    });
  }

  /** Where the next item goes on a meeting's agenda. */
  private async nextSequence(manager: EntityManager, meetingId: string): Promise<number> {
    const last = await manager.findOne(AgendaItem, { where: { meetingId }, order: { sequence: 'DESC' } });
    return (last?.sequence ?? -1) + 1;
  }

  async get(councilId: string, id: string): Promise<{ meeting: Meeting; agenda: NumberedAgendaEntry<AgendaItem>[] }> {
    const meeting = await this.meeting(councilId, id);
    const items = await this.agendaItems.find({ where: { meetingId: id }, order: { sequence: 'ASC' } });
    return { meeting, agenda: orderAgenda(items) };
  }

  /** A meeting with the standard items every agenda carries. */
  async create(context: CouncilContext, input: CreateMeetingDto): Promise<Meeting> {
    const { actor } = context;
    await this.committees.get(actor.councilId, input.committeeId);
    return this.db.run(async (manager) => {
      const meeting = manager.create(Meeting, {
        id: newId(),
        councilId: actor.councilId,
        committeeId: input.committeeId,
        startsAt: new Date(input.startsAt),
        venue: input.venue ?? null,
        cancelledAt: null,
        cancelledReason: null,
        agendaPublishedAt: null,
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

  async addAgendaItem(context: CouncilContext, meetingId: string, input: AddAgendaItemDto): Promise<AgendaItem> {
    const { actor } = context;
    const meeting = await this.unpublished(actor.councilId, meetingId);
    // A work plan item of the meeting's own committee (so of the council), or the id is unknown here.
    if (input.workPlanItemId) {
      if (!this.workPlanItemCheck) throw new Error('No module answers for work plan items (is WorkPlanModule loaded?)');
      if (!(await this.workPlanItemCheck(actor.councilId, meeting.committeeId, input.workPlanItemId))) throw new NotFoundError('Work plan item', input.workPlanItemId);
    }
    return this.db.run(async (manager) => {
      const item = manager.create(AgendaItem, {
        id: newId(),
        meetingId,
        sequence: await this.nextSequence(manager, meetingId),
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

  /** A meeting whose agenda may still change: not published, not cancelled. */
  private async unpublished(councilId: string, meetingId: string): Promise<Meeting> {
    const meeting = await this.meeting(councilId, meetingId);
    if (meeting.cancelledAt) throw new ConflictError('The meeting was cancelled: its agenda stays as it was');
    if (meeting.agendaPublishedAt) throw new ConflictError('The agenda has been published: it no longer changes (a supplementary item is a matter for the next agenda)');
    return meeting;
  }

  /** An item of the meeting's agenda, while the agenda may still change. */
  private async changeableItem(councilId: string, meetingId: string, itemId: string): Promise<AgendaItem> {
    await this.unpublished(councilId, meetingId);
    const item = await this.agendaItems.findOneBy({ id: itemId, meetingId });
    if (!item) throw new NotFoundError('Agenda item', itemId);
    return item;
  }

  /** Corrects an item's title or its closed-session marking, until the agenda is published. */
  async changeAgendaItem(context: CouncilContext, meetingId: string, itemId: string, input: { title?: string; exempt?: { paragraph: number; reason: string } | null }): Promise<AgendaItem> {
    const { actor } = context;
    const before = await this.changeableItem(actor.councilId, meetingId, itemId);
    if (input.title === undefined && input.exempt === undefined) throw new InvalidInputError(['title or exempt: say what changes']);
    if (before.standardKind && input.title !== undefined) throw new ConflictError(`"${before.title}" is a standard item: its title is fixed`);
    if (before.workPlanItemId && input.title !== undefined) throw new ConflictError('The item comes from the work plan: change its title there, and the agenda follows');
    const after: AgendaItem = {
      ...before,
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.exempt !== undefined ? { exemptParagraph: input.exempt?.paragraph ?? null, exemptReason: input.exempt?.reason ?? null } : {}),
    };
    return this.db.run(async (manager) => {
      await manager.save(AgendaItem, after);
      await this.audit.record(manager, actor, { action: 'change-agenda-item', entityType: 'meeting', entityId: meetingId, before, after });
      return after;
    });
  }

  /** Takes an item off the agenda, until it is published; one from the work plan is moved or withdrawn there instead. */
  async withdrawAgendaItem(context: CouncilContext, meetingId: string, itemId: string): Promise<void> {
    const { actor } = context;
    const before = await this.changeableItem(actor.councilId, meetingId, itemId);
    if (before.standardKind) throw new ConflictError(`"${before.title}" is a standard item of every agenda`);
    if (before.workPlanItemId) throw new ConflictError('The item comes from the work plan: defer or withdraw it there, and the agenda follows');
    await this.db.run(async (manager) => {
      await manager.delete(AgendaItem, { id: itemId });
      await this.audit.record(manager, actor, { action: 'withdraw-agenda-item', entityType: 'meeting', entityId: meetingId, before, after: null });
    });
  }

  /** Puts the agenda's own items (all but the standard ones) in the order given, until it is published. */
  async reorderAgenda(context: CouncilContext, meetingId: string, itemIds: string[]): Promise<void> {
    const { actor } = context;
    await this.unpublished(actor.councilId, meetingId);
    const own = (await this.agendaItems.find({ where: { meetingId }, order: { sequence: 'ASC' } })).filter((i) => !i.standardKind);
    const problems = [
      ...itemIds.flatMap((id, i) => (own.some((o) => o.id === id) ? [] : [`itemIds.${i}: not an item of this agenda (standard items keep their place)`])),
      ...own.filter((o) => !itemIds.includes(o.id)).map((o) => `itemIds: "${o.title}" (${o.id}) is missing: give every item once`),
      ...(new Set(itemIds).size !== itemIds.length ? ['itemIds: an item is given twice'] : []),
    ];
    if (problems.length) throw new InvalidInputError(problems);
    const start = Math.max(...(await this.agendaItems.find({ where: { meetingId } })).map((i) => i.sequence)) + 1;
    await this.db.run(async (manager) => {
      for (const [index, id] of itemIds.entries()) await manager.update(AgendaItem, { id }, { sequence: start + index });
      await this.audit.record(manager, actor, { action: 'reorder-agenda', entityType: 'meeting', entityId: meetingId, before: { order: own.map((o) => o.id) }, after: { order: itemIds } });
    });
  }

  /** Publishes the agenda (LGA 1972 s100B): the public then reads it, numbered, and it no longer changes. */
  async publishAgenda(context: CouncilContext, id: string, publishedOn?: IsoDate): Promise<Meeting> {
    const { actor } = context;
    const before = await this.unpublished(actor.councilId, id);
    if (publishedOn) {
      const meetingDay = dateIn(before.startsAt, context.timeZone);
      const problems = [
        ...(publishedOn > context.today ? [`publishedOn: ${publishedOn} is still to come; record a publication on or after the day it happened`] : []),
        ...(publishedOn > meetingDay ? [`publishedOn: ${publishedOn} is after the meeting of ${meetingDay}`] : []),
      ];
      if (problems.length) throw new InvalidInputError(problems);
    }
    return this.db.run(async (manager) => {
      // Recorded afterwards: the start of the day it was published, in the council's time zone.
      const after = { ...before, agendaPublishedAt: publishedOn ? startOfDay(publishedOn, context.timeZone) : this.clock.now() };
      await manager.update(Meeting, { id }, { agendaPublishedAt: after.agendaPublishedAt });
      await this.audit.record(manager, actor, { action: 'publish-agenda', entityType: 'meeting', entityId: id, before, after });
      return after;
    });
  }

  /**
   * The agenda as published, for the public: numbered, the exclusion resolution before the exempt
   * items, the Regulation 9 item named by its notice. Empty until the agenda is published.
   */
  async publishedAgenda(meeting: Meeting, timeZone: string): Promise<NumberedAgendaEntry<AgendaItem>[]> {
    if (!meeting.agendaPublishedAt) return [];
    const { agenda } = await this.get(meeting.councilId, meeting.id);
    const notice = await this.regulation9Notice(meeting.councilId, dateIn(meeting.startsAt, timeZone));
    return agenda.map((entry) => (entry.standardKind === 'regulation_9_notice' && notice ? { ...entry, title: notice.title } : entry));
  }

  /** Cancels a meeting, with the reason; its agenda stays for the record. */
  async cancel(context: CouncilContext, id: string, reason: string): Promise<Meeting> {
    const { actor } = context;
    const meeting = await this.meeting(actor.councilId, id);
    if (meeting.cancelledAt) throw new ConflictError('The meeting was already cancelled');
    return this.db.run(async (manager) => {
      const after = { ...meeting, cancelledAt: this.clock.now(), cancelledReason: reason };
      await manager.update(Meeting, { id }, { cancelledAt: after.cancelledAt, cancelledReason: reason });
      await this.audit.record(manager, actor, { action: 'cancel', entityType: 'meeting', entityId: id, before: meeting, after });
      return after;
    });
  }

  /** The Regulation 9 notice the meeting's agenda notes, if the forward plan has one for its day. */
  async regulation9Notice(councilId: string, meetingDay: IsoDate): Promise<{ id: string; title: string } | null> {
    return this.noticeFinder ? this.noticeFinder(councilId, meetingDay) : null;
  }
}
