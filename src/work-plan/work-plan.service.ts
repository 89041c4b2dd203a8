import { Injectable } from '@nestjs/common';
import { Between, type EntityManager, In, IsNull, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { newId } from '../common/database/columns.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors/domain-errors.js';
import { Clock } from '../common/time/clock.js';
import { dateIn, endOfDay, type IsoDate, startOfDay } from '../common/time/dates.js';
import { formatDate } from '../calendar/calendar.rules.js';
import { type Committee, CommitteesService } from '../councils/committees.service.js';
import type { Council } from '../councils/councils.service.js';
import type { MunicipalYear } from '../councils/municipal-years.service.js';
import { yearShownFirst } from '../councils/municipal-year.rules.js';
import { MunicipalYearsService } from '../councils/municipal-years.service.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { deadlineFor } from '../calendar/deadline.rules.js';
import { AppConfig } from '../common/config/app-config.js';
import { coverageOf, type DutyCoverage } from './coverage.rules.js';
import { meetingsCalendar } from './meetings-feed.js';
import { WorkPlanVersion } from './work-plan-version.entity.js';
import { compareVersions, type SnapshotItem, type VersionDifference } from './versions.rules.js';
import type { CancelItemDto, ChangeItemDto, CreateVersionDto, CreateWorkPlanItemDto, MoveItemDto, WorkPlanQuery } from './work-plan.dto.js';
import { WorkPlanAmendment } from './work-plan-amendment.entity.js';
import { WorkPlanItem } from './work-plan-item.entity.js';
import { type AmendmentKind, amendmentInWords, changeProblem, type ItemStatus, isSeason, moveKind, nextOccurrence, placedStatus, seasonOf, seasonStart, seasonsWithin } from './work-plan.rules.js';
import { publicText, publicTitle } from '../exempt-information/exempt.rules.js';
import { CouncilsService } from '../councils/councils.service.js';
import { AuthoritiesService } from '../authorities/authorities.service.js';
import { Transactions } from '../common/database/transactions.js';
import { readInWorker } from '../common/documents/document-worker.js';
import type { ImportedWorkProgramme, ProposedItem } from './work-programme-import.rules.js';
import { RecentlyUsed } from '../common/recently-used.js';

/** An item of a published work programme, as proposed for the work plan: the meeting it names, and whether the plan has it already. */
export interface WorkPlanProposal extends ProposedItem {
  meetingId: string | null;
  /** Without a meeting of the committee on its date: the season it waits in ("Summer 2023 (June)"). */
  season: string | null;
  /** The work plan item of the same title already on the plan, if any. */
  alreadyPlannedId: string | null;
}

/** Where an item stands: a meeting (with its season and day) or a season alone. */
interface Place {
  meetingId: string | null;
  season: string;
  date: IsoDate;
}

export interface WorkPlanGroup extends Place {
  items: WorkPlanItem[];
}

/**
 * Told, inside the transaction that records an item as considered, so that what the item came from
 * (a draw-down request) follows it; the work plan does not know those.
 */
export type ItemConsideredListener = (context: CouncilContext & { manager: EntityManager }, item: WorkPlanItem) => Promise<void>;

/** The work plan item as others read it (the module's door: they do not import its entity). */
export type { WorkPlanItem } from './work-plan-item.entity.js';
export type { WorkPlanAmendment } from './work-plan-amendment.entity.js';
export type { WorkPlanVersion } from './work-plan-version.entity.js';

/** The committee's rolling work plan: items, where they stand, and every amendment with its reason. */
/** The work plan as the public reads it: each committee's groups, for one municipal year or every year. */
export interface PublicPlan {
  council: Council;
  /** Every municipal year of the council, for the page's links to the others. */
  years: MunicipalYear[];
  /** The year shown; null: every year. */
  year: MunicipalYear | null;
  committees: { committee: Committee; groups: WorkPlanGroup[] }[];
}

/** One change of the plan, as the public reads it. */
export interface PublicAmendment {
  id: string;
  title: string;
  words: string;
  reason: string;
  directedBy: string;
  recordedOn: IsoDate;
  recordedAt: Date;
}

/** Work plans kept in memory (each a committee's year as read): the most recently used. */
const KEPT_PLANS = 500;

@Injectable()
export class WorkPlanService {
  private readonly keptPlans = new RecentlyUsed<string, { revision: number; timeZone: string; groups: WorkPlanGroup[] }>(KEPT_PLANS);

  constructor(
    private readonly meetings: MeetingsService,
    private readonly years: MunicipalYearsService,
    private readonly committees: CommitteesService,
    private readonly authorities: AuthoritiesService,
    private readonly councils: CouncilsService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly config: AppConfig,
    private readonly db: Transactions,
  ) {
    // An agenda may link the work plan items of its own committee.
    meetings.checkWorkPlanItemsWith((councilId, committeeId, id) => this.db.manager.existsBy(WorkPlanItem, { id, councilId, committeeId }));
  }

  private readonly consideredListeners: ItemConsideredListener[] = [];

  onItemConsidered(listener: ItemConsideredListener): void {
    this.consideredListeners.push(listener);
  }

  /** A new item; inside the caller's transaction when one is given. */
  /**
   * A work programme as the committee published it (a table or list in Word, a PDF, a page or text)
   * into proposals for the work plan — each with the meeting of the committee on its date, or the
   * season it waits in, and the item of the same title already planned. Nothing is stored: the
   * co-ordinator accepts the ones to add.
   */
  async proposalsFrom(context: CouncilContext, document: string | Uint8Array, declaredType: string | null): Promise<{ items: WorkPlanProposal[]; warnings: string[] }> {
    const committee = await this.committees.scrutinyCommittee(context.actor.councilId);
    if (!committee) throw new ConflictError('The council has no scrutiny committee yet: add it in the set-up first');
    const { result } = await readInWorker<ImportedWorkProgramme>(new URL('./work-programme-import.worker.js', import.meta.url), document, declaredType);
    const [meetings, planned] = await Promise.all([
      this.meetings.meetingsOf(context.actor.councilId, committee.id),
      this.db.manager.find(WorkPlanItem, { where: { councilId: context.actor.councilId, committeeId: committee.id }, select: { id: true, title: true } }),
    ]);
    const key = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    const byTitle = new Map(planned.map((p) => [key(p.title), p.id]));
    const items = result.items.map((item): WorkPlanProposal => {
      const meeting = item.meetingOn ? meetings.find((m) => !m.cancelledAt && dateIn(m.startsAt, context.timeZone) === item.meetingOn) : undefined;
      return { ...item, meetingId: meeting?.id ?? null, season: !meeting && item.meetingOn ? seasonOf(item.meetingOn) : null, alreadyPlannedId: byTitle.get(key(item.title)) ?? null };
    });
    return { items, warnings: result.warnings };
  }

  async create(context: CouncilContext, input: CreateWorkPlanItemDto): Promise<WorkPlanItem> {
    const { actor } = context;
    return this.db.inside(context.manager, async (manager) => {
      const committee = await this.committees.get(actor.councilId, input.committeeId, manager);
      if (input.leadAuthorityId && !(await this.authorities.exists(actor.councilId, input.leadAuthorityId, manager))) {
        throw new NotFoundError('Authority', input.leadAuthorityId);
      }
      const place = await this.place(manager, actor.councilId, committee.id, input.meetingId, input.season);
      const now = this.clock.now();
      const item = manager.create(WorkPlanItem, {
        id: newId(),
        councilId: actor.councilId,
        committeeId: committee.id,
        position: await this.nextPosition(manager, committee.id),
        title: input.title,
        description: input.description ?? null,
        exemptParagraph: input.exemptParagraph ?? null,
        basis: input.basis,
        category: input.category,
        leadAuthorityId: input.leadAuthorityId ?? null,
        leadOfficer: input.leadOfficer ?? null,
        meetingId: place.meetingId,
        season: place.season,
        recurrence: input.recurrence ? { every: 'year', month: input.recurrence.month } : null,
        status: place.meetingId ? 'scheduled' : (input.status ?? 'agreed'),
        previousId: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(WorkPlanItem, item);
      await this.placeOnAgenda(manager, item, null);
      await this.audit.record(manager, actor, { action: 'create', entityType: 'work_plan_item', entityId: item.id, after: item });
      return item;
    });
  }

  /**
   * The committee's items, grouped by meeting or season in date order; for one municipal year when
   * asked. What was read is kept, and given again while the council's data revision (which the
   * database moves on every change of the rows read here, by any instance) and time zone are the same:
   * one small read instead of six. Callers must not change what they are given. `known`: the revision and
   * time zone the caller read of the council in this request (with its token), which spares that read.
   */
  async plan(councilId: string, query: WorkPlanQuery, known?: { revision: number; timeZone: string }): Promise<WorkPlanGroup[]> {
    const state = known ?? (await this.councils.dataState(councilId));
    const key = `${councilId} ${query.committeeId} ${query.municipalYear ?? '*'}`;
    const kept = this.keptPlans.get(key);
    if (kept && kept.revision === state.revision && kept.timeZone === state.timeZone) return kept.groups;
    // Read after the revision: a change committed in between is read too, and the next reader, seeing
    // the newer revision, reads again; what is kept is never older than its revision.
    const groups = await this.readPlan(councilId, query, state.timeZone);
    this.keptPlans.set(key, { ...state, groups });
    return groups;
  }

  private async readPlan(councilId: string, query: WorkPlanQuery, timeZone: string): Promise<WorkPlanGroup[]> {
    const db = this.db.manager;
    if (!(await this.committees.exists(councilId, query.committeeId))) throw new NotFoundError('Committee', query.committeeId);
    const year = query.municipalYear ? await this.years.byLabel(councilId, query.municipalYear) : null;
    if (query.municipalYear && !year) throw new NotFoundError('Municipal year', query.municipalYear);
    const groups = new Map<string, WorkPlanGroup>();
    const dated = year ? await this.datedItemsOfYear(db, councilId, query.committeeId, year, timeZone) : await this.datedItems(db, councilId, query.committeeId);
    for (const { item, meeting, date } of dated.items) {
      if (year && (date < year.startsOn || date > year.endsOn)) continue;
      const key = meeting ? meeting.id : `season:${item.season}`;
      const group = groups.get(key) ?? { meetingId: meeting?.id ?? null, season: item.season, date, items: [] };
      group.items.push(item);
      groups.set(key, group);
    }
    return [...groups.values()].sort((a, b) => a.date.localeCompare(b.date) || (a.meetingId ? -1 : 1));
  }

  /** Keeps the plan as it stands as a numbered version, e.g. as agreed at a meeting. */
  async createVersion(context: CouncilContext, input: CreateVersionDto): Promise<WorkPlanVersion> {
    const { actor, timeZone } = context;
    return this.db.inside(context.manager, async (manager) => {
      if (!(await this.committees.exists(actor.councilId, input.committeeId))) throw new NotFoundError('Committee', input.committeeId);
      let agreedOn = context.today;
      if (input.agreedAtMeetingId) {
        const meeting = await this.meetings.meeting(actor.councilId, input.agreedAtMeetingId, manager);
        if (meeting.committeeId !== input.committeeId) throw new InvalidInputError(['agreedAtMeetingId: the meeting is of another committee']);
        agreedOn = dateIn(meeting.startsAt, timeZone);
      }
      const last = await manager.findOne(WorkPlanVersion, { where: { committeeId: input.committeeId }, order: { number: 'DESC' } });
      const version = manager.create(WorkPlanVersion, {
        id: newId(),
        councilId: actor.councilId,
        committeeId: input.committeeId,
        number: (last?.number ?? 0) + 1,
        label: input.label,
        agreedAtMeetingId: input.agreedAtMeetingId ?? null,
        agreedOn,
        items: await this.snapshot(manager, actor.councilId, input.committeeId),
        createdBy: actor.label,
        createdAt: this.clock.now(),
      });
      await manager.insert(WorkPlanVersion, version);
      await this.audit.record(manager, actor, { action: 'create', entityType: 'work_plan_version', entityId: version.id, after: { ...version, items: version.items.length } });
      return version;
    });
  }

  async versions(councilId: string, committeeId: string): Promise<WorkPlanVersion[]> {
    if (!(await this.committees.exists(councilId, committeeId))) throw new NotFoundError('Committee', committeeId);
    return this.db.manager.find(WorkPlanVersion, { where: { councilId, committeeId }, order: { number: 'ASC' } });
  }

  async version(councilId: string, id: string): Promise<WorkPlanVersion> {
    const version = await this.db.manager.findOneBy(WorkPlanVersion, { councilId, id });
    if (!version) throw new NotFoundError('Work plan version', id);
    return version;
  }

  /** What changed from a version to another (or to the plan as it stands). */
  async compare(councilId: string, id: string, toId: string | undefined): Promise<VersionDifference> {
    const from = await this.version(councilId, id);
    if (!toId) return compareVersions(from.items, await this.snapshot(this.db.manager, councilId, from.committeeId));
    const to = await this.version(councilId, toId);
    if (to.committeeId !== from.committeeId) throw new InvalidInputError(['to: a version of another committee']);
    return compareVersions(from.items, to.items);
  }

  /** Every item of the committee's plan with the date of its meeting or season, in plan order. */
  private async snapshot(manager: EntityManager, councilId: string, committeeId: string): Promise<SnapshotItem[]> {
    return (await this.datedItems(manager, councilId, committeeId)).items.map(({ item: i, date }) => ({
      id: i.id,
      title: i.title,
      basis: i.basis,
      category: i.category,
      meetingId: i.meetingId,
      season: i.season,
      date,
      status: i.status,
      exemptParagraph: i.exemptParagraph,
    }));
  }

  /** The committee's items in plan order, each dated by its meeting's day in the council's zone, else by the first of its season. */
  private async datedItems(manager: EntityManager, councilId: string, committeeId: string) {
    // One after the other: the manager may be a transaction's, whose one connection takes a query at a time.
    const items = await manager.find(WorkPlanItem, { where: { councilId, committeeId }, order: { position: 'ASC', id: 'ASC' } });
    const meetings = await this.meetings.meetingsOf(councilId, committeeId, manager);
    const timeZone = await this.timeZone(manager, councilId);
    const dated = meetings.map((meeting) => ({ meeting, date: dateIn(meeting.startsAt, timeZone) }));
    return {
      timeZone,
      meetings: dated,
      items: items.map((item) => {
        const held = item.meetingId ? dated.find((m) => m.meeting.id === item.meetingId) : undefined;
        return { item, meeting: held?.meeting, date: held?.date ?? seasonStart(item.season) ?? '9999-12-31' };
      }),
    };
  }

  /**
   * The items of one municipal year, asked of the database by the year's meetings and seasons: a
   * committee's other years are never read (5,000 items of past years cost this read nothing).
   */
  private async datedItemsOfYear(manager: EntityManager, councilId: string, committeeId: string, year: { startsOn: IsoDate; endsOn: IsoDate }, timeZone: string) {
    // A day either side in UTC holds every meeting of the year's days in any time zone; then by the council's calendar.
    const day = 86_400_000;
    const around = await this.meetings.meetingsBetween(councilId, committeeId, new Date(Date.parse(`${year.startsOn}T00:00:00Z`) - day), new Date(Date.parse(`${year.endsOn}T23:59:59Z`) + day), manager);
    const meetings = around.map((meeting) => ({ meeting, date: dateIn(meeting.startsAt, timeZone) })).filter(({ date }) => date >= year.startsOn && date <= year.endsOn);
    const seasons = seasonsWithin(year.startsOn, year.endsOn);
    // Two index walks (by meeting, and by committee and season) rather than one OR that neither index serves.
    const [atMeetings, waiting] = await Promise.all([
      // The meetings are this council's committee's already: their ids alone lead the planner to the meeting index.
      meetings.length ? manager.find(WorkPlanItem, { where: { meetingId: In(meetings.map((m) => m.meeting.id)) } }) : Promise.resolve([]),
      manager.find(WorkPlanItem, { where: { committeeId, meetingId: IsNull(), season: In(seasons) } }),
    ]);
    const items = [...atMeetings, ...waiting].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
    return {
      timeZone,
      meetings,
      items: items.map((item) => {
        const held = item.meetingId ? meetings.find((m) => m.meeting.id === item.meetingId) : undefined;
        return { item, meeting: held?.meeting, date: held?.date ?? seasonStart(item.season) ?? '9999-12-31' };
      }),
    };
  }

  /** Whether each statutory duty of the year is met, planned or at risk, and why. */
  async coverage(councilId: string, committeeId: string, municipalYear: string): Promise<DutyCoverage[]> {
    const db = this.db.manager;
    if (!(await this.committees.exists(councilId, committeeId))) throw new NotFoundError('Committee', committeeId);
    const year = await this.years.byLabel(councilId, municipalYear);
    if (!year) throw new NotFoundError('Municipal year', municipalYear);
    const { items, meetings, timeZone } = await this.datedItems(db, councilId, committeeId);
    return coverageOf(
      year,
      dateIn(this.clock.now(), timeZone),
      meetings.map(({ meeting, date }) => ({ id: meeting.id, date, cancelled: meeting.cancelledAt !== null })),
      items.map(({ item: i, date }) => ({ id: i.id, title: i.title, category: i.category, status: i.status, meetingId: i.meetingId, season: i.season, date })),
    );
  }

  /** Every committee's plan, for the public route; null for an unknown council. */
  /**
   * The work plan as the public reads it, for one municipal year (the one asked for; for a page, the
   * one `yearShownFirst` picks) or, when none is given, every year; null for an unknown council (404 for an unknown year).
   * A year is read on its own indexes: a committee's history costs a year's page nothing.
   */
  async publicPlan(slug: string, asked: { municipalYear?: string; firstYear?: boolean } = {}): Promise<PublicPlan | null> {
    const council = await this.councils.findBySlug(slug);
    if (!council) return null;
    const years = await this.years.ofCouncil(council.id);
    const year = asked.municipalYear
      ? (years.find((y) => y.label === asked.municipalYear) ?? null)
      : asked.firstYear
        ? yearShownFirst(years, dateIn(this.clock.now(), council.timeZone))
        : null;
    if (asked.municipalYear && !year) throw new NotFoundError('Municipal year', asked.municipalYear);
    const committees = await this.committees.committeesOf(council.id);
    const plans = [];
    for (const committee of committees) plans.push({ committee, groups: await this.plan(council.id, { committeeId: committee.id, municipalYear: year?.label }) });
    return { council, years, year, committees: plans };
  }

  /**
   * The amendments of a council's work plan as the public reads them, newest first: the item's title,
   * what was done from where to where, why and at whose direction; exempt records by their paragraph
   * alone. With a year, those recorded in it (found by the time they were recorded, on its index);
   * with `newest`, that many of the latest (a feed's, read along the council's sequence from its end).
   */
  async publicAmendments(councilId: string, timeZone: string, scope?: { startsOn: IsoDate; endsOn: IsoDate } | { newest: number } | null): Promise<PublicAmendment[]> {
    const db = this.db.manager;
    const amendments = !scope
      ? await this.amendmentsOf(councilId)
      : 'newest' in scope
        ? (await db.find(WorkPlanAmendment, { where: { councilId }, order: { sequence: 'DESC' }, take: scope.newest })).reverse()
        : await db.find(WorkPlanAmendment, { where: { councilId, recordedAt: Between(startOfDay(scope.startsOn, timeZone), endOfDay(scope.endsOn, timeZone)) }, order: { sequence: 'ASC' } });
    const itemIds = [...new Set(amendments.map((a) => a.itemId))];
    const meetingIds = [...new Set(amendments.flatMap((a) => [a.fromMeetingId, a.toMeetingId]).filter((id): id is string => id !== null))];
    const [items, meetings] = await Promise.all([
      itemIds.length ? db.find(WorkPlanItem, { where: { councilId, id: In(itemIds) } }) : Promise.resolve([]),
      this.meetings.meetingsByIds(councilId, meetingIds),
    ]);
    const itemById = new Map(items.map((i) => [i.id, i]));
    const meetingById = new Map(meetings.map((m) => [m.id, m]));
    const place = (meetingId: string | null, season: string | null) => {
      const meeting = meetingId ? meetingById.get(meetingId) : undefined;
      return meeting ? `the meeting of ${formatDate(dateIn(meeting.startsAt, timeZone))}` : season;
    };
    return amendments
      .map((a) => {
        const item = itemById.get(a.itemId);
        const exempt = a.exemptParagraph ?? item?.exemptParagraph ?? null;
        return {
          id: a.id,
          title: item ? publicTitle(item.title, item.exemptParagraph) : 'A work plan item',
          words: amendmentInWords({ kind: a.kind, from: place(a.fromMeetingId, a.fromSeason), to: place(a.toMeetingId, a.toSeason), change: a.change === null ? null : publicText(a.change, exempt) }),
          reason: publicText(a.reason, exempt),
          directedBy: a.directedBy,
          recordedOn: dateIn(a.recordedAt, timeZone),
          recordedAt: a.recordedAt,
        };
      })
      .reverse();
  }

  /** The public calendar of a council's committee meetings, by its slug; null for an unknown council. */
  async meetingsFeed(slug: string): Promise<string | null> {
    const db = this.db.manager;
    const council = await this.councils.findBySlug(slug);
    if (!council) return null;
    const [meetings, committees, items] = await Promise.all([
      this.meetings.meetingsOf(council.id),
      this.committees.committeesOf(council.id),
      db.find(WorkPlanItem, { where: { councilId: council.id }, order: { position: 'ASC' } }),
    ]);
    const { holidays, settings } = await this.calendar.context(council.id);
    return meetingsCalendar({
      council: council.name,
      domain: this.config.mailDomain,
      meetings: meetings.map((m) => ({
        id: m.id,
        committee: committees.find((c) => c.id === m.committeeId)?.name ?? 'Committee',
        cancelled: m.cancelledAt !== null,
        startsAt: m.startsAt,
        venue: m.venue,
        agendaPublishedBy: deadlineFor('agenda_publication', dateIn(m.startsAt, council.timeZone), settings, holidays).date,
        items: items.filter((i) => i.meetingId === m.id && i.status !== 'withdrawn').map((i) => publicTitle(i.title, i.exemptParagraph)),
        changedAt: new Date(Math.max(...[m.createdAt, m.agendaPublishedAt, m.cancelledAt].filter((d): d is Date => d !== null).map((d) => d.getTime()))),
      })),
    });
  }

  async item(councilId: string, id: string, manager: EntityManager = this.db.manager): Promise<WorkPlanItem> {
    const item = await manager.findOneBy(WorkPlanItem, { id, councilId });
    if (!item) throw new NotFoundError('Work plan item', id);
    return item;
  }

  /** Moves an item to another meeting or season: deferred when later, brought forward when earlier. */
  async move(context: CouncilContext, id: string, input: MoveItemDto): Promise<WorkPlanItem> {
    const { actor } = context;
    return this.amend(context, id, input.version, 'move', async (manager, item) => {
      const from = await this.placeOf(manager, item);
      const to = await this.place(manager, actor.councilId, item.committeeId, input.meetingId, input.season);
      const kind = moveKind(from.date, to.date);
      if (!kind) throw new InvalidInputError([`${input.meetingId ? 'meetingId' : 'season'}: the item is already planned for ${to.season}`]);
      return {
        changes: { meetingId: to.meetingId, season: to.season, status: placedStatus(item.status, to.meetingId !== null, kind) },
        amendment: { kind, fromMeetingId: from.meetingId, fromSeason: from.season, toMeetingId: to.meetingId, toSeason: to.season, change: null },
      };
    }, input);
  }

  async cancel(context: CouncilContext, id: string, input: CancelItemDto): Promise<WorkPlanItem> {
    return this.amend(context, id, input.version, 'cancel', async (_manager, item) => ({
      changes: { status: 'withdrawn' as const },
      amendment: { kind: 'cancelled' as const, fromMeetingId: item.meetingId, fromSeason: item.season, toMeetingId: null, toSeason: null, change: null },
    }), input);
  }

  /** Any other change the committee agrees (a new title, a new recurrence), with its reason. */
  async change(context: CouncilContext, id: string, input: ChangeItemDto): Promise<WorkPlanItem> {
    return this.amend(context, id, input.version, 'change', async (_manager, item) => {
      const changes: Partial<WorkPlanItem> = {};
      const described: string[] = [];
      if (input.title && input.title !== item.title) {
        changes.title = input.title;
        described.push(`title "${item.title}" → "${input.title}"`);
      }
      if (input.recurrence) {
        changes.recurrence = { every: 'year', month: input.recurrence.month };
        described.push(`recurs each year in month ${input.recurrence.month}`);
      }
      if (described.length === 0 && !input.change) throw new InvalidInputError(['title, recurrence or change: say what changes']);
      return {
        changes,
        amendment: { kind: 'changed' as const, fromMeetingId: item.meetingId, fromSeason: item.season, toMeetingId: item.meetingId, toSeason: item.season, change: input.change ?? described.join('; ') },
      };
    }, input);
  }

  /**
   * The committee considered the item. A recurring one gets its next occurrence, at the committee's
   * meeting in that season when there is one, else in the season.
   */
  async consider(context: CouncilContext, id: string, version: number | undefined): Promise<{ item: WorkPlanItem; next: WorkPlanItem | null }> {
    const { actor, timeZone } = context;
    return this.db.inside(context.manager, async (manager) => {
      const item = await this.item(actor.councilId, id, manager);
      const problem = changeProblem(item.status, 'consider');
      if (problem) throw new ConflictError(problem);
      // Considered at a meeting that has been held, never ahead of it.
      const meetingDay = item.meetingId ? dateIn((await this.meetings.meeting(actor.councilId, item.meetingId, manager)).startsAt, timeZone) : null;
      if (meetingDay && meetingDay > context.today) {
        throw new ConflictError(`"${item.title}" is for the meeting of ${formatDate(meetingDay)}, which is still to come: it can be recorded as considered once the meeting has been held`);
      }
      await this.update(manager, item, version ?? item.version, { status: 'considered' });
      const after = { ...item, status: 'considered' as const, version: item.version + 1 };
      await this.audit.record(manager, actor, { action: 'consider', entityType: 'work_plan_item', entityId: id, before: item, after });
      for (const listener of this.consideredListeners) await listener({ ...context, manager }, after);
      if (!item.recurrence) return { item: after, next: null };
      const from = await this.placeOf(manager, item);
      const season = nextOccurrence(item.recurrence, from.date);
      const meeting = (await this.meetings.meetingsOf(actor.councilId, item.committeeId, manager)).find(
        (m) => seasonOf(dateIn(m.startsAt, timeZone)) === season,
      );
      const now = this.clock.now();
      const next = manager.create(WorkPlanItem, {
        ...item,
        id: newId(),
        meetingId: meeting?.id ?? null,
        season,
        status: meeting ? 'scheduled' : 'agreed',
        previousId: item.id,
        position: await this.nextPosition(manager, item.committeeId),
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(WorkPlanItem, next);
      await this.placeOnAgenda(manager, next, null);
      await this.audit.record(manager, actor, { action: 'create', entityType: 'work_plan_item', entityId: next.id, after: next });
      return { item: after, next };
    });
  }

  // Reads for other modules (the annual report, draw-downs, minutes): they do not query the work plan's tables.

  /** The committee's items in plan order; with `statuses`, only those. */
  itemsOf(councilId: string, committeeId: string, statuses?: ItemStatus[]): Promise<WorkPlanItem[]> {
    return this.db.manager.find(WorkPlanItem, { where: { councilId, committeeId, ...(statuses ? { status: In(statuses) } : {}) }, order: { position: 'ASC' } });
  }

  /** The council's items held exempt (Schedule 12A), by id, so that what was made from them can be shown as the public sees it. */
  exemptItemsOf(councilId: string): Promise<Pick<WorkPlanItem, 'id' | 'exemptParagraph'>[]> {
    return this.db.manager.find(WorkPlanItem, { where: { councilId, exemptParagraph: Not(IsNull()) }, select: { id: true, exemptParagraph: true } });
  }

  /** Every amendment of the council's work plans, in the order recorded. */
  amendmentsOf(councilId: string): Promise<WorkPlanAmendment[]> {
    return this.db.manager.find(WorkPlanAmendment, { where: { councilId }, order: { sequence: 'ASC' } });
  }

  /** Items the minutes record as taken at the meeting: each still scheduled for it is considered (a recurring one gets its next occurrence). */
  async considerTakenAt(context: CouncilContext, meetingId: string, ids: string[]): Promise<void> {
    for (const id of ids) {
      const planned = await this.db.manager.findOneBy(WorkPlanItem, { id, councilId: context.councilId });
      if (planned && planned.meetingId === meetingId && planned.status === 'scheduled') await this.consider(context, id, undefined);
    }
  }

  async history(councilId: string, id: string): Promise<WorkPlanAmendment[]> {
    await this.item(councilId, id);
    return this.db.manager.find(WorkPlanAmendment, { where: { councilId, itemId: id }, order: { sequence: 'ASC' } });
  }

  /** Checks and applies an amendment with its record, in one transaction, against the version the caller read. */
  private async amend(
    context: CouncilContext,
    id: string,
    version: number | undefined,
    action: 'move' | 'cancel' | 'change',
    decide: (
      manager: EntityManager,
      item: WorkPlanItem,
    ) => Promise<{ changes: Partial<WorkPlanItem>; amendment: Pick<WorkPlanAmendment, 'fromMeetingId' | 'fromSeason' | 'toMeetingId' | 'toSeason' | 'change'> & { kind: AmendmentKind } }>,
    input: { reason: string; directedBy: string; agreedAtMeetingId?: string; resolution?: string; exemptParagraph?: number },
  ): Promise<WorkPlanItem> {
    const { actor } = context;
    return this.db.inside(context.manager, async (manager) => {
      const item = await this.item(actor.councilId, id, manager);
      const problem = changeProblem(item.status, action);
      if (problem) throw new ConflictError(problem);
      if (input.agreedAtMeetingId) await this.meetings.meeting(actor.councilId, input.agreedAtMeetingId, manager);
      const { changes, amendment } = await decide(manager, item);
      // Without a version from the caller, the one read here: a concurrent change still makes this one fail.
      await this.update(manager, item, version ?? item.version, changes);
      const last = await manager.findOne(WorkPlanAmendment, { where: { councilId: actor.councilId }, order: { sequence: 'DESC' } });
      const record = manager.create(WorkPlanAmendment, {
        id: newId(),
        councilId: actor.councilId,
        sequence: (last?.sequence ?? 0) + 1,
        itemId: id,
        ...amendment,
        reason: input.reason,
        exemptParagraph: input.exemptParagraph ?? null,
        directedBy: input.directedBy,
        agreedAtMeetingId: input.agreedAtMeetingId ?? null,
        resolution: input.resolution ?? null,
        recordedBy: actor.label,
        recordedAt: this.clock.now(),
      });
      await manager.insert(WorkPlanAmendment, record);
      const after = { ...item, ...changes, version: item.version + 1 };
      await this.placeOnAgenda(manager, after, item.meetingId);
      await this.audit.record(manager, actor, { action: amendment.kind, entityType: 'work_plan_item', entityId: id, before: item, after: { ...after, amendment: record } });
      return after;
    });
  }

  /** Its meeting's agenda follows the item (the meetings module keeps the agendas). */
  private async placeOnAgenda(manager: EntityManager, item: WorkPlanItem, fromMeetingId: string | null): Promise<void> {
    const meetingId = item.status !== 'withdrawn' ? item.meetingId : null;
    await this.meetings.placeWorkPlanItem(manager, { id: item.id, title: item.title, meetingId, exemptParagraph: item.exemptParagraph }, fromMeetingId);
  }

  /** Writes only if nobody changed the item since the version the caller read. */
  private async update(manager: EntityManager, item: WorkPlanItem, version: number, changes: Partial<WorkPlanItem>): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(WorkPlanItem)
      .set({ ...changes, updatedAt: this.clock.now() })
      .where('id = :id AND version = :version', { id: item.id, version })
      .execute();
    if ((result.affected ?? 0) !== 1) throw new ConflictError(`The item was changed since version ${version} (it is now at version ${item.version}): reload it and try again`);
  }

  /** A meeting of the committee, or a season; named bad fields otherwise. */
  private async place(manager: EntityManager, councilId: string, committeeId: string, meetingId: string | undefined, season: string | undefined): Promise<Place> {
    if (meetingId) {
      const meeting = await this.meetings.meeting(councilId, meetingId, manager);
      if (meeting.committeeId !== committeeId) throw new InvalidInputError(['meetingId: the meeting is of another committee']);
      if (meeting.cancelledAt) throw new InvalidInputError([`meetingId: the meeting was cancelled (${meeting.cancelledReason})`]);
      const date = dateIn(meeting.startsAt, await this.timeZone(manager, councilId));
      return { meetingId, season: seasonOf(date), date };
    }
    if (!season) throw new InvalidInputError(['meetingId or season: say where the item goes']);
    if (!isSeason(season)) throw new InvalidInputError([`season must read like "Summer 2017 (July)"`]);
    return { meetingId: null, season, date: seasonStart(season)! };
  }

  private async placeOf(manager: EntityManager, item: WorkPlanItem): Promise<Place> {
    if (item.meetingId) {
      const meeting = await this.meetings.meeting(item.councilId, item.meetingId, manager);
      return { meetingId: meeting.id, season: item.season, date: dateIn(meeting.startsAt, await this.timeZone(manager, item.councilId)) };
    }
    return { meetingId: null, season: item.season, date: seasonStart(item.season) ?? '9999-12-31' };
  }

  private async nextPosition(manager: EntityManager, committeeId: string): Promise<number> {
    const last = await manager.findOne(WorkPlanItem, { where: { committeeId }, order: { position: 'DESC' } });
    return (last?.position ?? 0) + 1;
  }

  private async timeZone(manager: EntityManager, councilId: string): Promise<string> {
    return (await this.councils.council(councilId, manager)).timeZone;
  }
}
