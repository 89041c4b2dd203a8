import { formatDate } from '../calendar/calendar.rules.js';
import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { newId } from '../common/database/columns.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors/domain-errors.js';
import { Clock } from '../common/time/clock.js';
import { dateIn } from '../common/time/dates.js';
import { type Committee, CommitteesService } from '../councils/committees.service.js';
import type { Council } from '../councils/councils.service.js';
import { type AgendaItem, type Meeting, MeetingsService } from '../meetings/meetings.service.js';
import { WorkPlanService } from '../work-plan/work-plan.service.js';
import type { ImportWarning } from './minutes-import.rules.js';
import { readMinutes } from './minutes-reader.js';
import type { SaveMinutesDto } from './minutes.dto.js';
import { MinuteItem, Minutes, type Undertaking, type WorkPlanChange } from './minutes.entity.js';
import { carryOver, confirmProblem, matchAgendaItem } from './minutes.rules.js';
import { publicTitle } from '../exempt-information/exempt.rules.js';
import { CouncilsService } from '../councils/councils.service.js';
import { Transactions } from '../common/database/transactions.js';

export interface MinutesRecord {
  minutes: Minutes;
  items: MinuteItem[];
}

/** An entry of an agenda as the public reads it once published. */
export interface PublishedAgendaEntry {
  number: number;
  title: string;
  exemptParagraph: number | null;
  resolution: string | null;
}

/** Each meeting's minutes as data: saved or imported as a draft, confirmed at a later meeting, public once approved. */
@Injectable()
export class MinutesService {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly committees: CommitteesService,
    private readonly councils: CouncilsService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly workPlan: WorkPlanService,
    private readonly db: Transactions,
  ) {}

  async get(councilId: string, meetingId: string): Promise<MinutesRecord> {
    await this.meeting(councilId, meetingId);
    const minutes = await this.db.manager.findOneBy(Minutes, { councilId, meetingId });
    if (!minutes) throw new NotFoundError('Minutes of meeting', meetingId);
    return { minutes, items: await this.items(this.db.manager, minutes.id) };
  }

  /**
   * Published minutes into the draft — text, a web page, a Word document or a PDF: what the importer
   * could not place, or is not sure of, comes back as warnings.
   */
  async import(context: CouncilContext, meetingId: string, document: string | Uint8Array, declaredType: string | null = null): Promise<MinutesRecord> {
    const { actor } = context;
    const empty = typeof document === 'string' ? document.trim() === '' : !(document instanceof Uint8Array) || document.length === 0;
    if (empty) throw new InvalidInputError(['body: send the minutes as text/plain, text/html, a .docx or a PDF; it was empty']);
    const meeting = await this.meeting(actor.councilId, meetingId);
    const { text, result: imported } = await readMinutes(document, declaredType);
    const warnings: ImportWarning[] = [...imported.warnings];
    const { timeZone } = context;
    const held = dateIn(meeting.startsAt, timeZone);
    if (imported.meetingDate && imported.meetingDate !== held) {
      warnings.unshift({ kind: 'check', message: `The minutes are of a meeting on ${imported.meetingDate}, but this meeting was on ${held}: are they the right minutes?`, lines: [] });
    }
    // "Confirmation of the minutes of the meeting held on 15 February 2017": point at the minutes to confirm.
    const confirming = imported.items.filter((i) => i.confirmsMinutesOf);
    const committeeMeetings = confirming.length ? await this.meetings.meetingsOf(actor.councilId, meeting.committeeId) : [];
    for (const item of confirming) {
      const earlier = committeeMeetings.find((m) => dateIn(m.startsAt, timeZone) === item.confirmsMinutesOf);
      const draft = earlier && (await this.db.manager.existsBy(Minutes, { meetingId: earlier.id, status: 'draft' }));
      if (draft) warnings.push({ kind: 'check', message: `Item ${item.number} confirms the minutes of ${item.confirmsMinutesOf}: record it with POST /api/v1/meetings/${earlier.id}/minutes/confirm`, lines: [] });
    }
    const { lines: _lines, ...attendance } = imported.attendance;
    return this.save(context, meetingId, { attendance, closedAt: imported.closedAt, items: imported.items }, warnings, 'minutes-import', {
      text,
      itemLines: imported.items.map((i) => i.lines),
      readings: imported.items.map((i) => ({ confidence: i.confidence, why: i.why })),
    });
  }

  /**
   * The draft, whole: items are linked to the agenda (by id or by title) and so to the work plan, whose
   * items are then recorded as considered. Undertakings and work plan changes already decided keep their decision.
   */
  async save(
    context: CouncilContext,
    meetingId: string,
    input: SaveMinutesDto,
    warnings: ImportWarning[] = [],
    action = 'minutes-save',
    source: { text: string; itemLines: number[][]; readings: { confidence: 'high' | 'medium' | 'low'; why: string }[] } | null = null,
  ): Promise<MinutesRecord> {
    const { actor } = context;
    const meeting = await this.meeting(actor.councilId, meetingId);
    if (meeting.cancelledAt) throw new ConflictError('The meeting was cancelled: it has no minutes');
    // Minutes are of a meeting held (or being held today), never of one still to come.
    const held = dateIn(meeting.startsAt, context.timeZone);
    if (held > context.today) throw new ConflictError(`The meeting is on ${formatDate(held)}, still to come: it has no minutes yet`);
    const record = await this.db.run(async (manager) => {
      const before = await manager.findOneBy(Minutes, { councilId: actor.councilId, meetingId });
      if (before?.status === 'approved') throw new ConflictError('The minutes are approved: they can no longer be changed');
      const previous = before ? await this.items(manager, before.id) : [];
      const agenda = await this.meetings.agendaItemsOf([meetingId]);
      const wrong = input.items.flatMap((item, i) => (item.agendaItemId && !agenda.some((a) => a.id === item.agendaItemId) ? [`items.${i}.agendaItemId: not an agenda item of this meeting`] : []));
      if (wrong.length) throw new InvalidInputError(wrong);
      const now = this.clock.now();
      const minutes = manager.create(Minutes, {
        id: before?.id ?? newId(),
        councilId: actor.councilId,
        meetingId,
        status: 'draft',
        attendance: input.attendance,
        closedAt: input.closedAt ?? null,
        warnings,
        confirmedAtMeetingId: null,
        approvedAt: null,
        updatedAt: now,
        // A draft saved by hand keeps the text it was first imported from, for checking.
        sourceText: source?.text ?? before?.sourceText ?? null,
      });
      await manager.save(Minutes, minutes);
      await manager.delete(MinuteItem, { minutesId: minutes.id });
      const taken = new Set<string>();
      const items = input.items.map((item, position) => {
        const old = previous.find((p) => p.number === item.number);
        const agendaItem = item.agendaItemId ? agenda.find((a) => a.id === item.agendaItemId)! : matchAgendaItem(item.title, agenda.filter((a) => !taken.has(a.id)));
        if (agendaItem) taken.add(agendaItem.id);
        return manager.create(MinuteItem, {
          id: newId(),
          minutesId: minutes.id,
          councilId: actor.councilId,
          position,
          number: item.number,
          title: item.title,
          summary: item.summary ?? '',
          resolutions: item.resolutions ?? [],
          undertakings: carryOver<Undertaking>(old?.undertakings ?? [], (item.undertakings ?? []).map((text) => ({ text, state: 'proposed', obligationId: null }))),
          workPlanChanges: carryOver<WorkPlanChange>(old?.workPlanChanges ?? [], (item.workPlanChanges ?? []).map((c) => ({ kind: c.kind, text: c.text, when: c.when ?? null, state: 'proposed', workPlanItemId: null }))),
          exempt: item.exempt ?? false,
          excludesPublic: item.excludesPublic ?? false,
          drawDown: item.drawDown ?? false,
          agendaItemId: agendaItem?.id ?? null,
          workPlanItemId: agendaItem?.workPlanItemId ?? null,
          sourceLines: source?.itemLines[position] ?? null,
          importReading: source?.readings[position] ?? null,
        });
      });
      if (items.length) await manager.insert(MinuteItem, items);
      await this.audit.record(manager, actor, { action, entityType: 'minutes', entityId: minutes.id, before, after: { ...minutes, items: items.map((i) => ({ number: i.number, title: i.title })) } });
      return { minutes, items };
    });
    await this.workPlan.considerTakenAt(context, meeting.id, record.items.map((i) => i.workPlanItemId).filter((id): id is string => id !== null));
    return record;
  }

  async confirm(context: CouncilContext, meetingId: string, confirmedAtMeetingId: string): Promise<MinutesRecord> {
    const { actor } = context;
    const meeting = await this.meeting(actor.councilId, meetingId);
    const at = await this.meeting(actor.councilId, confirmedAtMeetingId);
    if (at.committeeId !== meeting.committeeId) throw new InvalidInputError(['confirmedAtMeetingId: a meeting of another committee cannot confirm these minutes']);
    const minutes = await this.db.run(async (manager) => {
      const current = await manager.findOneBy(Minutes, { councilId: actor.councilId, meetingId });
      if (!current) throw new NotFoundError('Minutes of meeting', meetingId);
      const problem = confirmProblem(current.status, meeting.startsAt, at.startsAt, this.clock.now());
      if (problem) throw new ConflictError(problem);
      const change = { status: 'approved' as const, confirmedAtMeetingId, approvedAt: this.clock.now() };
      await manager.update(Minutes, { id: current.id }, change);
      await this.audit.record(manager, actor, { action: 'minutes-confirm', entityType: 'minutes', entityId: current.id, before: current, after: { ...current, ...change } });
      return { ...current, ...change };
    });
    return { minutes, items: await this.items(this.db.manager, minutes.id) };
  }

  /** Approved minutes for the public: exempt items are reduced by the controller's view to the closed-session note. */
  async published(slug: string, meetingId: string): Promise<{ meeting: Meeting; minutes: Minutes; items: MinuteItem[]; confirmedOn: string } | null> {
    const db = this.db.manager;
    const council = await this.councils.findBySlug(slug);
    if (!council) return null;
    const meeting = await this.meetings.meeting(council.id, meetingId).catch(() => null);
    const minutes = meeting ? await db.findOneBy(Minutes, { meetingId, councilId: council.id, status: 'approved' }) : null;
    if (!meeting || !minutes) return null;
    // Confirmed on the day of the meeting that confirmed them, in the council's time zone.
    const confirming = await this.meetings.meeting(council.id, minutes.confirmedAtMeetingId!);
    return { meeting, minutes, items: await this.items(db, minutes.id), confirmedOn: dateIn(confirming.startsAt, council.timeZone) };
  }

  /** The council's meetings for the public: date, committee, agenda titles (exempt ones marked), and whether approved minutes are out. */
  async publicMeetings(slug: string): Promise<{ council: Council; committees: Committee[]; meetings: { meeting: Meeting; agenda: PublishedAgendaEntry[]; approved: boolean; approvedAt: Date | null }[] } | null> {
    const db = this.db.manager;
    const council = await this.councils.findBySlug(slug);
    if (!council) return null;
    const [committees, meetings, approved] = await Promise.all([
      this.committees.committeesOf(council.id),
      this.meetings.meetingsOf(council.id),
      db.find(Minutes, { where: { councilId: council.id, status: 'approved' }, select: { meetingId: true, approvedAt: true } }),
    ]);
    // An agenda item made from an exempt work plan item has that item's (exempt) title: shown by its paragraph.
    const exempt = await this.workPlan.exemptItemsOf(council.id);
    const published = await Promise.all(
      meetings.map(async (meeting) =>
        (await this.meetings.publishedAgenda(meeting, council.timeZone)).map((entry) => {
          const from = exempt.find((i) => i.id === entry.item?.workPlanItemId);
          const paragraph = entry.item?.exemptParagraph ?? null;
          return { number: entry.number, title: from ? publicTitle(entry.title, paragraph ?? from.exemptParagraph) : entry.title, exemptParagraph: paragraph, resolution: entry.resolution };
        }),
      ),
    );
    return {
      council,
      committees,
      meetings: meetings.map((meeting, i) => {
        const minutes = approved.find((m) => m.meetingId === meeting.id);
        return { meeting, agenda: published[i], approved: minutes !== undefined, approvedAt: minutes?.approvedAt ?? null };
      }),
    };
  }

  /**
   * The approved minutes of a council that match a search, best first: each item with its meeting and a
   * passage of its summary, the matched words marked (\u0001 … \u0002). Full-text search of the database
   * (PostgreSQL's English text search; SQLite's FTS5 with the Porter stemmer). Exempt items are never
   * searched: what the public may not read, it may not find.
   */
  async searchApproved(councilId: string, query: string, limit = 50): Promise<{ meetingId: string; number: string; title: string; passage: string }[]> {
    const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) return [];
    const db = this.db.manager;
    const rows: { meeting_id: string; number: string; title: string; passage: string }[] =
      db.connection.options.type === 'postgres'
        ? await db.query(
            `SELECT m.meeting_id, i.number, i.title,
                    ts_headline('english', i.summary, q, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=30, MinWords=12') AS passage
               FROM minute_items i
               JOIN minutes m ON m.id = i.minutes_id, websearch_to_tsquery('english', $2) q
              WHERE m.council_id = $1 AND m.status = 'approved' AND i.exempt = false
                AND to_tsvector('english', i.title || ' ' || i.summary || ' ' || i.resolutions) @@ q
              ORDER BY ts_rank(to_tsvector('english', i.title || ' ' || i.summary || ' ' || i.resolutions), q) DESC, i.id
              LIMIT $3`,
            [councilId, query, limit],
          )
        : await db.query(
            // Each word quoted, so nothing the public types is read as FTS5 syntax; all of them must be there.
            `SELECT m.meeting_id, i.number, i.title, snippet(minute_items_search, 1, char(1), char(2), '…', 24) AS passage
               FROM minute_items_search s
               JOIN minute_items i ON i.rowid = s.rowid
               JOIN minutes m ON m.id = i.minutes_id
              WHERE minute_items_search MATCH ? AND m.council_id = ? AND m.status = 'approved' AND i.exempt = 0
              ORDER BY s.rank, i.id
              LIMIT ?`,
            [words.map((w) => `"${w}"`).join(' '), councilId, limit],
          );
    return rows.map((r) => ({ meetingId: r.meeting_id, number: r.number, title: r.title, passage: r.passage }));
  }

  // Reads for other modules (the annual report): they do not query the minutes' tables.

  /** The minutes recorded for the meetings, with their items in order. */
  async minutesOf(meetingIds: string[]): Promise<{ minutes: Minutes[]; items: MinuteItem[] }> {
    const db = this.db.manager;
    const minutes = meetingIds.length ? await db.find(Minutes, { where: { meetingId: In(meetingIds) } }) : [];
    const items = minutes.length ? await db.find(MinuteItem, { where: { minutesId: In(minutes.map((m) => m.id)) }, order: { position: 'ASC' } }) : [];
    return { minutes, items };
  }

  /** Whether the meeting's minutes have been approved as a correct record. */
  approved(meetingId: string): Promise<boolean> {
    return this.db.manager.existsBy(Minutes, { meetingId, status: 'approved' });
  }

  /** A minute item of the council, with its meeting. */
  async item(councilId: string, itemId: string): Promise<{ item: MinuteItem; meeting: Meeting }> {
    const item = await this.db.manager.findOneBy(MinuteItem, { id: itemId, councilId });
    if (!item) throw new NotFoundError('Minute item', itemId);
    const minutes = await this.db.manager.findOneByOrFail(Minutes, { id: item.minutesId });
    return { item, meeting: await this.meeting(councilId, minutes.meetingId) };
  }

  private items(manager: EntityManager, minutesId: string): Promise<MinuteItem[]> {
    return manager.find(MinuteItem, { where: { minutesId }, order: { position: 'ASC' } });
  }

  private meeting(councilId: string, id: string): Promise<Meeting> {
    return this.meetings.meeting(councilId, id);
  }
}
