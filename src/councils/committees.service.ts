import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThanOrEqual, MoreThanOrEqual, Repository, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { newId } from '../common/database/columns.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors/domain-errors.js';
import { Page, pageOf } from '../common/http/pagination.js';
import { Clock } from '../common/time/clock.js';
import type { AddCommitteeMemberDto, UpdateCommitteeMemberDto } from './committee-member.dto.js';
import { roleClash } from './committee-member.rules.js';
import { MunicipalYearsService } from './municipal-years.service.js';
import { CommitteeMember, type CommitteeRole } from './committee-member.entity.js';
import { Committee } from './committee.entity.js';
import { Transactions } from '../common/database/transactions.js';

/** A member's place on the committee, and the committee, for callers of this module. */
export type { CommitteeMember, CommitteeRole } from './committee-member.entity.js';
export type { Committee } from './committee.entity.js';

/** What letters call the committee when the council has not recorded one yet. */
export const DEFAULT_COMMITTEE_NAME = 'Crime and Disorder (Overview and Scrutiny) Committee';

@Injectable()
export class CommitteesService {
  constructor(
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly db: Transactions,
    private readonly years: MunicipalYearsService,
    @InjectRepository(Committee) private readonly committees: Repository<Committee>,
    @InjectRepository(CommitteeMember) private readonly members: Repository<CommitteeMember>,
  ) {}

  async list(councilId: string, limit: number, offset: number): Promise<Page<Committee>> {
    const [items, total] = await this.committees.findAndCount({
      where: { councilId },
      order: { name: 'ASC' },
      take: limit,
      skip: offset,
    });
    return pageOf(items, total);
  }

  /** The council's committee, or NotFound (read in the caller's transaction when given). */
  async get(councilId: string, id: string, manager?: EntityManager): Promise<Committee> {
    const committee = await (manager ?? this.db.manager).findOneBy(Committee, { councilId, id });
    if (!committee) throw new NotFoundError('Committee', id);
    return committee;
  }

  /** Whether the council has this committee. */
  async exists(councilId: string, id: string): Promise<boolean> {
    return this.committees.existsBy({ councilId, id });
  }

  /** The council's committees, oldest first. */
  async committeesOf(councilId: string): Promise<Committee[]> {
    return this.committees.find({ where: { councilId }, order: { createdAt: 'ASC' } });
  }

  async create(context: CouncilContext, name: string): Promise<Committee> {
    const { actor } = context;
    return this.db.run(async (manager) => {
      if (await manager.existsBy(Committee, { councilId: actor.councilId, name })) {
        throw new ConflictError(`A committee named "${name}" already exists`);
      }
      const committee = manager.create(Committee, { id: newId(), councilId: actor.councilId, name, createdAt: this.clock.now() });
      await manager.insert(Committee, committee);
      await this.audit.record(manager, actor, { action: 'create', entityType: 'committee', entityId: committee.id, after: committee });
      return committee;
    });
  }

  /**
   * The council's crime and disorder committee, which letters name and whose chair regs 10 and 11 and
   * the reminder ladder turn to: its first committee (one per council for now).
   */
  scrutinyCommittee(councilId: string): Promise<Committee | null> {
    return this.committees.findOne({ where: { councilId }, order: { createdAt: 'ASC' } });
  }

  /** The members holding their role on the day (a chair's term has a start and, once over, an end). */
  membersOn(committeeId: string, day: string): Promise<CommitteeMember[]> {
    return this.members.find({
      where: [
        { committeeId, from: LessThanOrEqual(day), to: IsNull() },
        { committeeId, from: LessThanOrEqual(day), to: MoreThanOrEqual(day) },
      ],
      order: { name: 'ASC' },
    });
  }

  /** The chair serving on the day, or null when the committee has none recorded for it. */
  async chairOn(committeeId: string, day: string): Promise<CommitteeMember | null> {
    return (await this.membersOn(committeeId, day)).find((m) => m.role === 'chair') ?? null;
  }

  /** Those holding the role at any time between two days (a term overlapping the span), as recorded. */
  async membersDuring(committeeId: string, role: CommitteeRole, from: string, to: string): Promise<CommitteeMember[]> {
    const begun = await this.members.find({ where: { committeeId, role, from: LessThanOrEqual(to) } });
    return begun.filter((m) => !m.to || m.to >= from);
  }

  /**
   * Members by role order, then the start of their term; `on` keeps those holding their role that day,
   * `municipalYear` those holding it on some day of the year (its label, e.g. 2016-17).
   */
  async listMembers(councilId: string, committeeId: string, filter: { on?: string; municipalYear?: string }, limit: number, offset: number): Promise<Page<CommitteeMember>> {
    await this.get(councilId, committeeId);
    if (filter.on && filter.municipalYear) throw new InvalidInputError(['on, municipalYear: give one or the other']);
    let rows: CommitteeMember[];
    if (filter.on) rows = await this.membersOn(committeeId, filter.on);
    else if (filter.municipalYear) {
      const year = await this.years.byLabel(councilId, filter.municipalYear);
      if (!year) throw new NotFoundError('Municipal year', filter.municipalYear);
      const begun = await this.members.find({ where: { committeeId, from: LessThanOrEqual(year.endsOn) }, order: { name: 'ASC' } });
      rows = begun.filter((m) => !m.to || m.to >= year.startsOn);
    } else rows = await this.members.find({ where: { committeeId }, order: { name: 'ASC' } });
    const total = rows.length;
    const rank = ['chair', 'vice_chair', 'member', 'co_opted', 'standing_invitee'];
    const sorted = rows.sort((a, b) => rank.indexOf(a.role) - rank.indexOf(b.role) || a.from.localeCompare(b.from));
    return pageOf(sorted.slice(offset, offset + limit), total);
  }

  async addMember(context: CouncilContext, committeeId: string, input: AddCommitteeMemberDto): Promise<CommitteeMember> {
    const { actor } = context;
    await this.get(actor.councilId, committeeId);
    if (input.to && input.to < input.from) throw new InvalidInputError(['to must be on or after from']);
    return this.db.inside(context.manager, async (manager) => {
      const member = manager.create(CommitteeMember, {
        id: newId(),
        committeeId,
        name: input.name,
        email: input.email.toLowerCase(),
        role: input.role,
        from: input.from,
        to: input.to ?? null,
        description: input.description ?? null,
      });
      await this.refuseClash(manager, member);
      await manager.insert(CommitteeMember, member);
      await this.audit.record(manager, actor, { action: 'create', entityType: 'committee_member', entityId: member.id, after: member });
      return member;
    });
  }

  /** Corrects a membership (a name, an address, a role, its dates) or ends it (`to`), with its audit entry. */
  async updateMember(context: CouncilContext, committeeId: string, memberId: string, input: UpdateCommitteeMemberDto): Promise<CommitteeMember> {
    const { actor } = context;
    await this.get(actor.councilId, committeeId);
    return this.db.inside(context.manager, async (manager) => {
      const before = await manager.findOneBy(CommitteeMember, { id: memberId, committeeId });
      if (!before) throw new NotFoundError('Committee member', memberId);
      const after: CommitteeMember = {
        ...before,
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.email !== undefined ? { email: input.email.toLowerCase() } : {}),
        ...(input.role !== undefined ? { role: input.role } : {}),
        ...(input.from !== undefined ? { from: input.from } : {}),
        ...(input.to !== undefined ? { to: input.to } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
      };
      if (after.to && after.to < after.from) throw new InvalidInputError([`to must be on or after from (${after.from})`]);
      await this.refuseClash(manager, after);
      const { committee: _committee, ...row } = after;
      await manager.update(CommitteeMember, { id: memberId }, row);
      await this.audit.record(manager, actor, { action: 'update', entityType: 'committee_member', entityId: memberId, before, after: row });
      return row;
    });
  }

  /** One chair and one vice-chair on any day: a term that would make a second is refused, naming the holder. */
  private async refuseClash(manager: EntityManager, member: CommitteeMember): Promise<void> {
    const others = await manager.find(CommitteeMember, { where: { committeeId: member.committeeId, role: member.role } });
    const clash = roleClash(member, others);
    if (clash) {
      const term = clash.to ? `from ${clash.from} to ${clash.to}` : `from ${clash.from}, with no end date`;
      throw new ConflictError(`${clash.name} is ${member.role === 'chair' ? 'chair' : 'vice-chair'} ${term}: a committee has one at a time. End or correct their term first (PUT /api/v1/committees/${member.committeeId}/members/${clash.id})`);
    }
  }
}
