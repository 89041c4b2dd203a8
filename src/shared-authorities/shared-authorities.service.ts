import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { type Actor, actorOf, type Principal } from '../common/auth/principal.js';
import { AuditService, SERVICE_TRAIL } from '../audit/audit.service.js';
import { systemContext } from '../common/auth/council-context.js';
import { OutsiderKinds } from '../common/auth/outsider-kinds.js';
import { TokenKinds } from '../common/auth/token-kinds.js';
import { generateToken, hashToken } from '../common/auth/tokens.js';
import { AppConfig } from '../common/config/app-config.js';
import { newId } from '../common/database/columns.js';
import { rawRead } from '../common/database/raw-sql.js';
import { Transactions } from '../common/database/transactions.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors/domain-errors.js';
import { Clock } from '../common/time/clock.js';
import { dateIn } from '../common/time/dates.js';
import { AuthoritiesService } from '../authorities/authorities.service.js';
import type { AuthorityKind } from '../authorities/authority.dto.js';
import { type Council, CouncilsService } from '../councils/councils.service.js';
import { feedObligation, obligationsCalendar } from '../calendar-feeds/feed.rules.js';
import type { RespondDto } from '../obligations/obligation.dto.js';
import { type Obligation, ObligationsService } from '../obligations/obligations.service.js';
import { SharedAuthority, SharedAuthorityContact } from './shared-authority.entity.js';

/** A shared authority's contact's token: `sca_…`. */
export const SHARED_CONTACT_PREFIX = 'sca_';

const contactRow = rawRead<{ id: string; email: string; name: string; sharedAuthorityId: string }>(
  'SELECT id, email, name, shared_authority_id AS "sharedAuthorityId" FROM shared_authority_contacts WHERE token_hash = ?',
);

const contactPrincipal = (found: { id: string; email: string; name: string; sharedAuthorityId: string }): Principal => ({
  userId: found.id,
  councilId: '',
  role: 'shared-authority',
  authorityId: found.sharedAuthorityId,
  email: found.email,
  name: found.name,
  timeZone: 'Europe/London',
});

/** One council's part of what the body answers for. */
export interface CouncilPart {
  councilId: string;
  councilName: string;
  timeZone: string;
  authorityId: string;
  obligations: Obligation[];
}

/**
 * Bodies registered once for every council they serve, and their contacts' one sign-in: every council's
 * obligations to the body, council by council, answered from one place; each council still sees only
 * its own (its obligations are to its own record of the body).
 */
@Injectable()
export class SharedAuthoritiesService {
  constructor(
    private readonly db: Transactions,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly councils: CouncilsService,
    private readonly authorities: AuthoritiesService,
    private readonly obligations: ObligationsService,
    private readonly audit: AuditService,
    kinds: TokenKinds,
    outsiders: OutsiderKinds,
  ) {
    kinds.register(SHARED_CONTACT_PREFIX, (token) => this.resolve(token));
    outsiders.register('shared-authority', {
      home: '/shared-authority',
      withEmail: async (email) =>
        (await this.db.manager.find(SharedAuthorityContact, { where: { email }, relations: { sharedAuthority: true } })).map((c) => ({ id: c.id, email: c.email, signsInAs: c.sharedAuthority!.name })),
      principal: async (id) => {
        const found = await this.db.manager.findOneBy(SharedAuthorityContact, { id });
        return found ? contactPrincipal(found) : null;
      },
    });
  }

  /** Registers a body (the operator; in the service's own trail). */
  async register(input: { name: string; kind: AuthorityKind }, by: Pick<Actor, 'userId' | 'label'>): Promise<SharedAuthority> {
    return this.db.run(async (manager) => {
      if (await manager.existsBy(SharedAuthority, { name: input.name })) throw new ConflictError(`${input.name} is already registered`);
      const body = manager.create(SharedAuthority, { id: newId(), name: input.name, kind: input.kind, createdAt: this.clock.now() });
      await manager.insert(SharedAuthority, body);
      await this.audit.record(manager, { councilId: SERVICE_TRAIL, ...by }, { action: 'register-shared-authority', entityType: 'shared_authority', entityId: body.id, after: { name: body.name, kind: body.kind } });
      return body;
    });
  }

  async list(): Promise<{ body: SharedAuthority; councilIds: string[] }[]> {
    const bodies = await this.db.manager.find(SharedAuthority, { order: { name: 'ASC' } });
    return Promise.all(bodies.map(async (body) => ({ body, councilIds: (await this.authorities.linkedTo(body.id)).map((a) => a.councilId) })));
  }

  async body(id: string): Promise<SharedAuthority> {
    const body = await this.db.manager.findOneBy(SharedAuthority, { id });
    if (!body) throw new NotFoundError('Shared authority', id);
    return body;
  }

  /** Links a council to the body (in the council's audit trail, by the operator). */
  async linkCouncil(by: Pick<Actor, 'userId' | 'label'>, id: string, councilId: string): Promise<{ body: SharedAuthority; authorityId: string }> {
    const body = await this.body(id);
    const council = await this.councils.council(councilId);
    const context = systemContext(council.id, council.timeZone, this.clock.now(), { councilId: council.id, ...by });
    const authority = await this.authorities.linkShared(context, { id: body.id, name: body.name, kind: body.kind as AuthorityKind });
    return { body, authorityId: authority.id };
  }

  /** Links the council of a short name (the operator's page types it); an unknown name is a bad field. */
  async linkCouncilBySlug(by: Pick<Actor, 'userId' | 'label'>, id: string, slug: string): Promise<{ body: SharedAuthority; authorityId: string; council: Council }> {
    await this.body(id);
    const council = await this.councils.findBySlug(slug);
    if (!council) throw new InvalidInputError([`councilSlug: no council has the short name ${slug}`]);
    return { ...(await this.linkCouncil(by, id, council.id)), council };
  }

  /** The councils the body is linked to, by name. */
  async linkedCouncils(id: string): Promise<Council[]> {
    const councils = await Promise.all((await this.authorities.linkedTo(id)).map((a) => this.councils.council(a.councilId)));
    return councils.sort((a, b) => a.name.localeCompare(b.name));
  }

  /** A contact of the body, with their token and feed address (each shown once; only hashes kept). */
  async addContact(id: string, input: { email: string; name: string }, by: Pick<Actor, 'userId' | 'label'>): Promise<{ contact: SharedAuthorityContact; token: string; feedUrl: string }> {
    const body = await this.body(id);
    const token = generateToken(SHARED_CONTACT_PREFIX);
    const feedToken = randomBytes(32).toString('base64url');
    const contact = await this.db.run(async (manager) => {
      const email = input.email.toLowerCase();
      if (await manager.existsBy(SharedAuthorityContact, { sharedAuthorityId: id, email })) throw new ConflictError(`${email} is already a contact of this body`);
      const row = manager.create(SharedAuthorityContact, { id: newId(), sharedAuthorityId: id, email, name: input.name, tokenHash: hashToken(token), feedTokenHash: hashToken(feedToken), createdAt: this.clock.now() });
      await manager.insert(SharedAuthorityContact, row);
      await this.audit.record(manager, { councilId: SERVICE_TRAIL, ...by }, { action: 'add-shared-contact', entityType: 'shared_authority', entityId: id, after: { body: body.name, name: row.name, email: row.email } });
      return row;
    });
    return { contact, token, feedUrl: `${this.config.publicBaseUrl}/feeds/shared/${feedToken}.ics` };
  }

  /** The contact of a token (one indexed query), or null. */
  async resolve(token: string): Promise<Principal | null> {
    const [found] = await contactRow(this.db.manager, [hashToken(token)]);
    return found ? contactPrincipal(found) : null;
  }

  /** Every council's obligations to the body, council by council (by name); suspended councils left out. Three reads, however many councils. */
  async parts(sharedAuthorityId: string, openOnly = false): Promise<{ body: SharedAuthority; parts: CouncilPart[] }> {
    const body = await this.body(sharedAuthorityId);
    const linked = await this.authorities.linkedTo(sharedAuthorityId);
    const councils = new Map((await this.councils.councilsByIds(linked.map((a) => a.councilId))).map((c) => [c.id, c]));
    const owners = linked.filter((a) => councils.has(a.councilId) && !councils.get(a.councilId)!.suspendedAt);
    const owed = await this.obligations.ofAuthorities(owners.map((a) => ({ councilId: a.councilId, authorityId: a.id })), openOnly);
    const byAuthority = new Map<string, Obligation[]>(owners.map((a) => [a.id, []]));
    for (const o of owed) byAuthority.get(o.authorityId)!.push(o);
    const parts: CouncilPart[] = owners.map((authority) => {
      const council = councils.get(authority.councilId)!;
      return { councilId: council.id, councilName: council.name, timeZone: council.timeZone, authorityId: authority.id, obligations: byAuthority.get(authority.id)! };
    });
    parts.sort((a, b) => a.councilName.localeCompare(b.councilName));
    return { body, parts };
  }

  /** The contact answers one council's obligation: recorded by that council as the body's response. */
  async respond(contact: Principal, obligationId: string, input: RespondDto) {
    const { body, council, scope } = await this.owing(contact, obligationId);
    const context = systemContext(council.id, council.timeZone, this.clock.now(), { councilId: council.id, userId: null, label: `${contact.name} <${contact.email}> (${body.name})` });
    return this.obligations.respond(context, obligationId, input, scope);
  }

  /** One obligation the contact's body owes, with the council it is owed to (for its page). */
  async obligation(contact: Principal, obligationId: string): Promise<{ body: SharedAuthority; council: Council; obligation: Obligation }> {
    const { body, council, scope } = await this.owing(contact, obligationId);
    return { body, council, obligation: await this.obligations.get(scope, obligationId) };
  }

  /** The council whose record of the body the obligation is owed by; none of them (or a suspended one): not the contact's to see. */
  private async owing(contact: Principal, obligationId: string): Promise<{ body: SharedAuthority; council: Council; scope: { councilId: string; authorityId: string } }> {
    const body = await this.body(contact.authorityId!);
    const linked = await this.authorities.linkedTo(body.id);
    const scope = await this.obligations.ownerAmong(obligationId, linked.map((a) => ({ councilId: a.councilId, authorityId: a.id })));
    const council = scope ? await this.councils.council(scope.councilId) : null;
    if (!scope || !council || council.suspendedAt) throw new NotFoundError('Obligation', obligationId);
    return { body, council, scope };
  }

  /** A new secret address for the contact's calendar feed, shown once; the old one stops working (in the service's own trail). */
  async renewFeed(contact: Principal): Promise<string> {
    const feedToken = randomBytes(32).toString('base64url');
    await this.db.run(async (manager) => {
      const changed = await manager.update(SharedAuthorityContact, { id: contact.userId }, { feedTokenHash: hashToken(feedToken) });
      if (!changed.affected) throw new NotFoundError('Shared authority contact', contact.userId);
      await this.audit.record(manager, { ...actorOf(contact), councilId: SERVICE_TRAIL }, { action: 'renew-calendar-address', entityType: 'shared_authority_contact', entityId: contact.userId });
    });
    return `${this.config.publicBaseUrl}/feeds/shared/${feedToken}.ics`;
  }

  /** The body's contacts, by name (for the operator's page). */
  contactsOf(sharedAuthorityId: string): Promise<SharedAuthorityContact[]> {
    return this.db.manager.find(SharedAuthorityContact, { where: { sharedAuthorityId }, order: { name: 'ASC' } });
  }

  /** The calendar of every council's open obligations to the body, or null for an unknown feed. */
  async feed(feedToken: string): Promise<string | null> {
    const contact = await this.db.manager.findOneBy(SharedAuthorityContact, { feedTokenHash: hashToken(feedToken) });
    if (!contact) return null;
    const { body, parts } = await this.parts(contact.sharedAuthorityId, true);
    return obligationsCalendar({
      name: `${body.name} – obligations to the councils it serves`,
      domain: this.config.mailDomain,
      withAuthority: true,
      // Each named with the council it is owed to, where a council's own feed names the authority.
      obligations: parts.flatMap((part) => part.obligations.map((o) => feedObligation(o, part.councilName, dateIn(this.clock.now(), part.timeZone)))),
    });
  }
}
