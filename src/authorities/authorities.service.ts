import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, IsNull, Not, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { newId } from '../common/database/columns.js';
import { ConflictError, NotFoundError } from '../common/errors/domain-errors.js';
import { Page, pageOf } from '../common/http/pagination.js';
import { Clock } from '../common/time/clock.js';
import { AuthorityContact } from './authority-contact.entity.js';
import type { AddContactDto, CreateAuthorityDto } from './authority.dto.js';
import { Authority, type AuthorityKind } from './authority.entity.js';
import { Transactions } from '../common/database/transactions.js';

/** The kinds of authority, for callers of this module. */
export type { AuthorityKind } from './authority.entity.js';

export interface AuthorityWithContacts {
  authority: Authority;
  contacts: AuthorityContact[];
}

/**
 * Told, inside the transaction that adds or corrects a contact, so that what was waiting for a working
 * contact (the reminders) goes again; the authorities do not know those.
 */
export type ContactsChangedListener = (manager: EntityManager, authorityId: string) => Promise<void>;

/** Responsible authorities, co-operating bodies, and their contacts in escalation order. */
@Injectable()
export class AuthoritiesService {
  constructor(
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly db: Transactions,
    @InjectRepository(Authority) private readonly authorities: Repository<Authority>,
    @InjectRepository(AuthorityContact) private readonly contacts: Repository<AuthorityContact>,
  ) {}

  private readonly contactsChanged: ContactsChangedListener[] = [];

  onContactsChanged(listener: ContactsChangedListener): void {
    this.contactsChanged.push(listener);
  }

  async list(councilId: string, statutory: boolean | undefined, limit: number, offset: number): Promise<Page<AuthorityWithContacts>> {
    const where = statutory === undefined ? { councilId } : { councilId, statutory };
    const [authorities, total] = await this.authorities.findAndCount({
      where,
      order: { statutory: 'DESC', name: 'ASC' },
      take: limit,
      skip: offset,
    });
    const contacts = authorities.length
      ? await this.contacts.find({
          where: { authorityId: In(authorities.map((a) => a.id)), retiredAt: IsNull() },
          order: { escalationLevel: 'ASC', name: 'ASC' },
        })
      : [];
    return pageOf(
      authorities.map((authority) => ({ authority, contacts: contacts.filter((c) => c.authorityId === authority.id) })),
      total,
    );
  }

  /** Whether the council has this authority (in the caller's transaction when given). */
  async exists(councilId: string, id: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    return manager.existsBy(Authority, { councilId, id });
  }

  /**
   * The council's authorities, by name: those of `ids` when given (ids of other councils are left out;
   * retired ones included, for the caller to judge), else every one not retired.
   */
  async authoritiesOf(councilId: string, ids?: string[], manager: EntityManager = this.db.manager): Promise<Authority[]> {
    if (ids && ids.length === 0) return [];
    return manager.find(Authority, { where: { councilId, ...(ids ? { id: In(ids) } : { retiredAt: IsNull() }) }, order: { name: 'ASC' } });
  }

  /** Every authority the council has had, retired ones included, in the council's own order (its records name them all). */
  async everyAuthorityOf(councilId: string): Promise<Authority[]> {
    return this.authorities.find({ where: { councilId }, order: { position: 'ASC', name: 'ASC' } });
  }

  /** The council's contacts that the mail server refuses, longest failing first. */
  async failingContacts(councilId: string): Promise<AuthorityContact[]> {
    return this.contacts.find({ where: { authority: { councilId }, failingSince: Not(IsNull()), retiredAt: IsNull() }, order: { failingSince: 'ASC' } });
  }

  /** The mail server refuses this contact's address for good: reminders skip it until it is corrected. */
  async markFailing(authorityId: string, contactId: string, since: Date, reason: string): Promise<void> {
    await this.contacts.update({ id: contactId, authorityId }, { failingSince: since, failingReason: reason });
  }

  /** A contact by its id alone, with its authority (for a signed link that names it); null when there is none. */
  async contactById(contactId: string): Promise<{ contact: AuthorityContact; authority: Authority } | null> {
    const contact = await this.contacts.findOneBy({ id: contactId });
    const authority = contact ? await this.authorities.findOneBy({ id: contact.authorityId }) : null;
    return contact && authority ? { contact, authority } : null;
  }

  async get(councilId: string, id: string): Promise<AuthorityWithContacts> {
    const authority = await this.authorities.findOneBy({ councilId, id });
    if (!authority) throw new NotFoundError('Authority', id);
    // The working ladder: a retired contact is written to no more.
    const contacts = await this.contacts.find({ where: { authorityId: id, retiredAt: IsNull() }, order: { escalationLevel: 'ASC', name: 'ASC' } });
    return { authority, contacts };
  }

  /** Corrects an authority's name, kind or standing; the name stays unique in the council. */
  async update(context: CouncilContext, id: string, input: CreateAuthorityDto): Promise<Authority> {
    const { actor } = context;
    return this.db.run(async (manager) => {
      const before = await manager.findOneBy(Authority, { councilId: actor.councilId, id });
      if (!before) throw new NotFoundError('Authority', id);
      const clash = await manager.findOneBy(Authority, { councilId: actor.councilId, name: input.name });
      if (clash && clash.id !== id) throw new ConflictError(`An authority named "${input.name}" already exists`);
      const after = { ...before, ...input };
      await manager.save(Authority, after);
      await this.audit.record(manager, actor, { action: 'update', entityType: 'authority', entityId: id, before, after });
      return after;
    });
  }

  /** The authority is no longer one of the council's bodies: nothing new is issued to it; what it owes is still chased. */
  async retire(context: CouncilContext, id: string, reason: string): Promise<Authority> {
    const { actor } = context;
    return this.db.run(async (manager) => {
      const before = await manager.findOneBy(Authority, { councilId: actor.councilId, id });
      if (!before) throw new NotFoundError('Authority', id);
      if (before.retiredAt) throw new ConflictError(`${before.name} was already retired`);
      const after = { ...before, retiredAt: this.clock.now(), retiredReason: reason };
      await manager.save(Authority, after);
      await this.audit.record(manager, actor, { action: 'retire', entityType: 'authority', entityId: id, before, after });
      return after;
    });
  }

  /** The contact has left: reminders write to the rest of the ladder; what was sent to them stays on record. */
  async retireContact(context: CouncilContext, authorityId: string, contactId: string, reason: string): Promise<AuthorityContact> {
    const { actor } = context;
    await this.get(actor.councilId, authorityId);
    return this.db.run(async (manager) => {
      const before = await manager.findOneBy(AuthorityContact, { id: contactId, authorityId });
      if (!before) throw new NotFoundError('Contact', contactId);
      if (before.retiredAt) throw new ConflictError(`${before.name} was already retired`);
      const after = { ...before, retiredAt: this.clock.now(), retiredReason: reason };
      await manager.save(AuthorityContact, after);
      await this.audit.record(manager, actor, { action: 'retire-contact', entityType: 'authority', entityId: authorityId, before, after });
      for (const listener of this.contactsChanged) await listener(manager, authorityId);
      return after;
    });
  }

  /**
   * Links the council to a body registered once for every council it serves: the council's authority of
   * that name is linked (made if it has none), keeping the council's own contacts and ladder. Its id.
   */
  async linkShared(context: CouncilContext, shared: { id: string; name: string; kind: AuthorityKind }): Promise<Authority> {
    const { actor } = context;
    return this.db.run(async (manager) => {
      const linked = await manager.findOneBy(Authority, { councilId: actor.councilId, sharedAuthorityId: shared.id });
      if (linked) throw new ConflictError(`${shared.name} is already linked to this council`);
      const named = await manager.findOneBy(Authority, { councilId: actor.councilId, name: shared.name });
      if (named?.sharedAuthorityId) throw new ConflictError(`The council's "${shared.name}" is linked to another registered body`);
      if (named) {
        const after = { ...named, sharedAuthorityId: shared.id };
        await manager.update(Authority, { id: named.id }, { sharedAuthorityId: shared.id });
        await this.audit.record(manager, actor, { action: 'link-shared', entityType: 'authority', entityId: named.id, before: named, after });
        return after;
      }
      const position = await manager.count(Authority, { where: { councilId: actor.councilId } });
      const authority = manager.create(Authority, { id: newId(), councilId: actor.councilId, name: shared.name, kind: shared.kind, statutory: true, position, createdAt: this.clock.now(), retiredAt: null, retiredReason: null, sharedAuthorityId: shared.id });
      await manager.insert(Authority, authority);
      await this.audit.record(manager, actor, { action: 'create', entityType: 'authority', entityId: authority.id, after: authority });
      return authority;
    });
  }

  /** Each council's authority linked to the registered body: whom its contacts answer for, council by council. */
  async linkedTo(sharedAuthorityId: string): Promise<Authority[]> {
    return this.db.manager.find(Authority, { where: { sharedAuthorityId }, order: { councilId: 'ASC' } });
  }

  async create(context: CouncilContext, input: CreateAuthorityDto): Promise<Authority> {
    const { actor } = context;
    return this.db.run(async (manager) => {
      if (await manager.existsBy(Authority, { councilId: actor.councilId, name: input.name })) {
        throw new ConflictError(`An authority named "${input.name}" already exists`);
      }
      const position = await manager.count(Authority, { where: { councilId: actor.councilId } });
      const authority = manager.create(Authority, { id: newId(), councilId: actor.councilId, ...input, position, createdAt: this.clock.now(), retiredAt: null, retiredReason: null, sharedAuthorityId: null });
      await manager.insert(Authority, authority);
      await this.audit.record(manager, actor, { action: 'create', entityType: 'authority', entityId: authority.id, after: authority });
      return authority;
    });
  }

  async addContact(context: CouncilContext, authorityId: string, input: AddContactDto): Promise<AuthorityContact> {
    const { actor } = context;
    await this.get(actor.councilId, authorityId);
    return this.db.run(async (manager) => {
      const contact = manager.create(AuthorityContact, {
        id: newId(),
        authorityId,
        ...input,
        email: input.email.toLowerCase(),
        failingSince: null,
        failingReason: null,
        retiredAt: null,
        retiredReason: null,
      });
      await manager.insert(AuthorityContact, contact);
      await this.audit.record(manager, actor, { action: 'add-contact', entityType: 'authority', entityId: authorityId, after: contact });
      for (const listener of this.contactsChanged) await listener(manager, authorityId);
      return contact;
    });
  }

  /** Corrects a contact; a corrected contact is no longer failing, so reminders write to it again. */
  async updateContact(context: CouncilContext, authorityId: string, contactId: string, input: AddContactDto): Promise<AuthorityContact> {
    const { actor } = context;
    await this.get(actor.councilId, authorityId);
    return this.db.run(async (manager) => {
      const before = await manager.findOneBy(AuthorityContact, { id: contactId, authorityId, retiredAt: IsNull() });
      if (!before) throw new NotFoundError('Contact', contactId);
      const after = { ...before, ...input, email: input.email.toLowerCase(), failingSince: null, failingReason: null };
      await manager.save(AuthorityContact, after);
      await this.audit.record(manager, actor, { action: 'update-contact', entityType: 'authority', entityId: authorityId, before, after });
      for (const listener of this.contactsChanged) await listener(manager, authorityId);
      return after;
    });
  }
}
