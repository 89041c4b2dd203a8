import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor, Principal, Role } from '../common/auth/principal.js';
import { type CouncilContext, systemContext } from '../common/auth/council-context.js';
import { generateToken, hashToken } from '../common/auth/tokens.js';
import { newId } from '../common/database/columns.js';
import { rawRead } from '../common/database/raw-sql.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors/domain-errors.js';
import { Page, pageOf } from '../common/http/pagination.js';
import { Clock } from '../common/time/clock.js';
import { ApiToken } from './api-token.entity.js';
import { Council } from './council.entity.js';
import { councilNameProblems, councilProblems } from './council.rules.js';
import { principalOf, User } from './user.entity.js';
import { AuthoritiesService } from '../authorities/authorities.service.js';
import { Transactions } from '../common/database/transactions.js';
import { seal, unseal } from '../common/secrets/sealed.js';
import { SecretsService } from '../common/secrets/secrets.service.js';
import { identityProblems, type MailIdentity, NO_IDENTITY, serverShown } from './mail-identity.rules.js';
import { CouncilLogo } from './council-logo.entity.js';
import { type LogoImage, logoDigest, readLogo } from './logo.rules.js';

/** The council, for callers of this module. */
export type { Council } from './council.entity.js';

export const COMMAND_LINE = 'command line';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  authorityId?: string | null;
}

/** Read on every read of a kept work plan: a raw row, as the query builder would cost more than the query. */
const dataStateRow = rawRead<{ revision: number | string; timeZone: string }>('SELECT data_revision AS revision, time_zone AS "timeZone" FROM councils WHERE id = ?');

/** Councils, their users and the users' bearer tokens. */
@Injectable()
export class CouncilsService {
  constructor(
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly db: Transactions,
    @InjectRepository(Council) private readonly councils: Repository<Council>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly authorities: AuthoritiesService,
    private readonly secrets: SecretsService,
  ) {}

  private readonly outwardListeners: ((councilId: string) => void)[] = [];

  /**
   * Hear at once when how a council presents itself outside changes (its mail identity, its logo), to
   * drop what is kept of it: this instance's mail uses the change from the next message (other instances
   * read it again within their own short while).
   */
  onOutwardChange(listener: (councilId: string) => void): void {
    this.outwardListeners.push(listener);
  }

  private outwardChanged(councilId: string): void {
    for (const listener of this.outwardListeners) listener(councilId);
  }

  /**
   * A new council; `by` is who made it (the command line, or an operator). With `coordinator`, its first
   * co-ordinator in the same transaction, without a token: they sign in to the pages with a link sent to
   * their address.
   */
  async createCouncil(slug: string, name: string, timeZone = 'Europe/London', by: Pick<Actor, 'userId' | 'label'> = { userId: null, label: COMMAND_LINE }, coordinator?: { email: string; name: string }): Promise<Council> {
    const problems = councilProblems(slug, name);
    if (problems.length > 0) throw new InvalidInputError(problems);
    return this.db.run(async (manager) => {
      if (await manager.existsBy(Council, { slug })) throw new ConflictError(`A council with slug ${slug} already exists`);
      const council = manager.create(Council, { id: newId(), slug, name: name.trim(), timeZone, createdAt: this.clock.now(), suspendedAt: null, suspendedReason: null });
      await manager.insert(Council, council);
      const actor = { councilId: council.id, ...by };
      await this.audit.record(manager, actor, { action: 'create', entityType: 'council', entityId: council.id, after: council });
      if (coordinator) {
        const user = manager.create(User, { id: newId(), councilId: council.id, email: coordinator.email.toLowerCase(), name: coordinator.name, role: 'coordinator', authorityId: null, createdAt: this.clock.now() });
        await manager.insert(User, user);
        await this.audit.record(manager, actor, { action: 'create', entityType: 'user', entityId: user.id, after: user });
      }
      return council;
    });
  }

  /** Every council, by name, for the operator. */
  async listCouncils(limit: number, offset: number): Promise<Page<Council>> {
    const [items, total] = await this.councils.findAndCount({ order: { name: 'ASC', id: 'ASC' }, take: limit, skip: offset });
    return pageOf(items, total);
  }

  /**
   * Suspends or reinstates a council (the operator's decision): while suspended its people are refused
   * and its sweeps send nothing; its public record stays published. 409 when it already is as asked.
   */
  async setSuspended(id: string, suspended: { reason: string } | null, by: Pick<Actor, 'userId' | 'label'>): Promise<Council> {
    return this.db.run(async (manager) => {
      const before = await this.council(id, manager);
      if (suspended && before.suspendedAt) throw new ConflictError(`${before.name} is already suspended`);
      if (!suspended && !before.suspendedAt) throw new ConflictError(`${before.name} is not suspended`);
      const change = suspended ? { suspendedAt: this.clock.now(), suspendedReason: suspended.reason } : { suspendedAt: null, suspendedReason: null };
      await manager.update(Council, { id }, change);
      const after = { ...before, ...change };
      await this.audit.record(manager, { councilId: id, ...by }, { action: suspended ? 'suspend' : 'reinstate', entityType: 'council', entityId: id, before, after });
      return after;
    });
  }

  /** Renames the council (a reorganisation, a new style): its pages, e-mails and reports carry the new name. In its audit trail. */
  async rename(id: string, name: string, by: Pick<Actor, 'userId' | 'label'>): Promise<Council> {
    const problems = councilNameProblems(name);
    if (problems.length) throw new InvalidInputError(problems);
    const renamed = await this.db.run(async (manager) => {
      const before = await this.council(id, manager);
      await manager.update(Council, { id }, { name: name.trim() });
      await this.audit.record(manager, { councilId: id, ...by }, { action: 'rename', entityType: 'council', entityId: id, before: { name: before.name }, after: { name: name.trim() } });
      return { ...before, name: name.trim() };
    });
    this.outwardChanged(id);
    return renamed;
  }

  /**
   * Sets (replaces) the name, domain, reply-to and mail server the council's e-mail goes out with (the
   * operator). The mail server's address, which may hold a password, is kept sealed and never shown.
   */
  async setMailIdentity(id: string, identity: MailIdentity, by: Pick<Actor, 'userId' | 'label'>): Promise<MailIdentity> {
    const problems = identityProblems(identity);
    if (problems.length) throw new InvalidInputError(problems);
    const unset = Object.values(identity).every((value) => value === null);
    const stored = unset ? null : { senderName: identity.senderName?.trim() ?? null, replyTo: identity.replyTo, sendingDomain: identity.sendingDomain?.toLowerCase() ?? null, smtpUrlSealed: identity.smtpUrl ? seal(identity.smtpUrl, await this.mailKey()) : null };
    const changed = await this.db.run(async (manager) => {
      const before = await this.council(id, manager);
      await manager.update(Council, { id }, { mailIdentity: stored });
      const shown = (kept: typeof stored) => kept && { ...kept, smtpUrlSealed: undefined, smtpServer: kept.smtpUrlSealed ? serverShown(identity.smtpUrl) : null };
      await this.audit.record(manager, { councilId: id, ...by }, { action: 'set-mail-identity', entityType: 'council', entityId: id, before: { mailIdentity: before.mailIdentity && { ...before.mailIdentity, smtpUrlSealed: undefined } }, after: { mailIdentity: shown(stored) } });
      return this.unsealed(stored);
    });
    this.outwardChanged(id);
    return changed;
  }

  /** What the council's e-mail goes out with (nothing set: the service's). */
  async mailIdentityOf(id: string): Promise<MailIdentity> {
    return this.unsealed((await this.council(id)).mailIdentity);
  }

  private async unsealed(stored: Council['mailIdentity']): Promise<MailIdentity> {
    if (!stored) return NO_IDENTITY;
    const { smtpUrlSealed, ...rest } = stored;
    const smtpUrl = smtpUrlSealed ? unseal(smtpUrlSealed, await this.mailKey()) : null;
    return { ...rest, smtpUrl, ...(smtpUrlSealed && smtpUrl === null ? { serverUnreadable: true } : {}) };
  }

  private mailKey(): Promise<string> {
    return this.secrets.secret('council-mail-servers');
  }

  /** Sets the council's logo (a PNG or JPEG, checked from its bytes); in its audit trail. */
  async setLogo(id: string, bytes: Buffer, by: Pick<Actor, 'userId' | 'label'>): Promise<Council> {
    const read = readLogo(bytes);
    if (read.problems) throw new InvalidInputError(read.problems);
    const digest = logoDigest(bytes);
    const changed = await this.db.run(async (manager) => {
      const before = await this.council(id, manager);
      await manager.upsert(CouncilLogo, { councilId: id, mediaType: read.image.mediaType, image: bytes.toString('base64'), width: read.image.width, height: read.image.height, updatedAt: this.clock.now() }, ['councilId']);
      await manager.update(Council, { id }, { logoDigest: digest });
      await this.audit.record(manager, { councilId: id, ...by }, { action: 'set-logo', entityType: 'council', entityId: id, before: { logoDigest: before.logoDigest }, after: { logoDigest: digest, ...read.image, bytes: bytes.length } });
      return { ...before, logoDigest: digest };
    });
    this.outwardChanged(id);
    return changed;
  }

  /** Takes the council's logo away (its name alone heads its pages again); in its audit trail. */
  async removeLogo(id: string, by: Pick<Actor, 'userId' | 'label'>): Promise<Council> {
    const changed = await this.db.run(async (manager) => {
      const before = await this.council(id, manager);
      await manager.delete(CouncilLogo, { councilId: id });
      await manager.update(Council, { id }, { logoDigest: null });
      if (before.logoDigest) await this.audit.record(manager, { councilId: id, ...by }, { action: 'remove-logo', entityType: 'council', entityId: id, before: { logoDigest: before.logoDigest }, after: { logoDigest: null } });
      return { ...before, logoDigest: null };
    });
    this.outwardChanged(id);
    return changed;
  }

  /** The council's logo (the image itself), or null when it has none. */
  async logoOf(id: string): Promise<(LogoImage & { bytes: Buffer; digest: string }) | null> {
    const logo = await this.db.manager.findOneBy(CouncilLogo, { councilId: id });
    if (!logo) return null;
    const bytes = Buffer.from(logo.image, 'base64');
    return { mediaType: logo.mediaType, width: logo.width, height: logo.height, bytes, digest: logoDigest(bytes) };
  }

  /** Notes in the council's audit trail that its records were exported, and by whom. */
  async noteExport(id: string, by: Pick<Actor, 'userId' | 'label'>, tables: Record<string, number>): Promise<void> {
    await this.db.run((manager) => this.audit.record(manager, { councilId: id, ...by }, { action: 'export', entityType: 'council', entityId: id, after: { tables } }));
  }

  async councilBySlug(slug: string): Promise<Council> {
    const council = await this.councils.findOneBy({ slug });
    if (!council) throw new NotFoundError('Council', slug);
    return council;
  }

  /** The council of a public address, or null (a public route answers 404 for it). */
  async findBySlug(slug: string): Promise<Council | null> {
    return this.councils.findOneBy({ slug });
  }

  /** Every council's id, in a fixed order: the scheduled sweeps add one job per council. */
  /** The councils the scheduled sweeps work for: every one not suspended. */
  async councilIds(): Promise<string[]> {
    return (await this.db.manager.find(Council, { select: { id: true }, where: { suspendedAt: IsNull() }, order: { id: 'ASC' } })).map((c) => c.id);
  }

  /** The system acting for the council now (a scheduled job, a consultation on submission), or `actor` (the command line). */
  async systemContext(councilId: string, actor?: Actor): Promise<CouncilContext> {
    return systemContext(councilId, (await this.council(councilId)).timeZone, this.clock.now(), actor);
  }

  /**
   * The council's data revision (moved by the database on every change of its committees, municipal
   * years, meetings and work plan items) and its time zone: what a reader compares to know that what it
   * kept of them is still true. One small indexed read.
   */
  async dataState(id: string): Promise<{ revision: number; timeZone: string }> {
    const [found] = await dataStateRow(this.db.manager, [id]);
    if (!found) throw new NotFoundError('Council', id);
    return { revision: Number(found.revision), timeZone: found.timeZone };
  }

  /** The council (read in the caller's transaction when given). */
  async council(id: string, manager?: EntityManager): Promise<Council> {
    const council = await (manager ?? this.db.manager).findOneBy(Council, { id });
    if (!council) throw new NotFoundError('Council', id);
    return council;
  }

  /** Councils by id, in one read (ids not found are left out). */
  async councilsByIds(ids: string[]): Promise<Council[]> {
    return ids.length ? this.db.manager.findBy(Council, { id: In(ids) }) : [];
  }

  /** The council's co-ordinators, longest-serving first (the first is the one reminders name to reply to). */
  async coordinators(councilId: string, manager?: EntityManager): Promise<User[]> {
    return (manager ?? this.db.manager).find(User, { where: { councilId, role: 'coordinator' }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Users of the council by id, of a role when given; ids of other councils are left out. */
  async usersOf(councilId: string, ids: string[], role?: Role): Promise<User[]> {
    if (ids.length === 0) return [];
    return this.users.findBy({ councilId, id: In(ids), ...(role ? { role } : {}) });
  }

  /** Every user registered with this address, in any council, with their council (sign-in by e-mailed link). */
  async usersWithEmail(email: string): Promise<User[]> {
    return this.users.find({ where: { email: email.toLowerCase() }, relations: { council: true }, order: { createdAt: 'ASC' } });
  }

  /** Who a user is when they act (a signed-in session), or null for a user no longer there. */
  async principal(userId: string): Promise<Principal | null> {
    const user = await this.users.findOne({ where: { id: userId }, relations: { council: true } });
    return user ? principalOf(user) : null;
  }

  /** A user of the council, or null. */
  async userOf(councilId: string, id: string): Promise<User | null> {
    return this.users.findOneBy({ councilId, id });
  }

  /** Keeps the council's own calendar settings (the calendar module decides what they mean), in the caller's transaction. */
  async storeCalendarSettings(manager: EntityManager, id: string, settings: Council['calendarSettings']): Promise<void> {
    await manager.update(Council, { id }, { calendarSettings: settings });
  }

  /** A new user of the actor's council with a first token; the token is returned once and only its hash kept. */
  async createUser(context: CouncilContext, input: NewUser): Promise<{ user: User; token: string }> {
    const { actor } = context;
    return this.db.run(async (manager) => {
      await this.checkAuthority(manager, actor.councilId, input);
      const email = input.email.toLowerCase();
      if (await manager.existsBy(User, { councilId: actor.councilId, email })) {
        throw new ConflictError(`A user with e-mail ${email} already exists in this council`);
      }
      const user = manager.create(User, {
        id: newId(),
        councilId: actor.councilId,
        email,
        name: input.name,
        role: input.role,
        authorityId: input.authorityId ?? null,
        createdAt: this.clock.now(),
      });
      await manager.insert(User, user);
      await this.audit.record(manager, actor, { action: 'create', entityType: 'user', entityId: user.id, after: user });
      const token = await this.issueToken(manager, actor, user);
      return { user, token };
    });
  }

  /**
   * A token for the user with this e-mail, creating the user when there is none (the command line's
   * `token:create`). An existing user keeps their role: asking for another is a conflict.
   */
  async tokenFor(context: CouncilContext, input: NewUser): Promise<string> {
    const { actor } = context;
    const existing = await this.users.findOneBy({ councilId: actor.councilId, email: input.email.toLowerCase() });
    if (!existing) return (await this.createUser(context, input)).token;
    if (existing.role !== input.role || (existing.authorityId ?? null) !== (input.authorityId ?? null)) {
      throw new ConflictError(`${existing.email} is already a user with role ${existing.role}`);
    }
    return this.db.run((manager) => this.issueToken(manager, actor, existing));
  }

  async listUsers(councilId: string, limit: number, offset: number): Promise<Page<User>> {
    const [items, total] = await this.users.findAndCount({
      where: { councilId },
      order: { name: 'ASC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
    return pageOf(items, total);
  }

  async user(councilId: string, id: string): Promise<User> {
    const user = await this.users.findOneBy({ councilId, id });
    if (!user) throw new NotFoundError('User', id);
    return user;
  }

  /** A further token for a user of the actor's council (e.g. to rotate one). */
  async newToken(context: CouncilContext, userId: string): Promise<string> {
    const { actor } = context;
    const user = await this.user(actor.councilId, userId);
    return this.db.run((manager) => this.issueToken(manager, actor, user));
  }

  /** Revokes every live token of a user: the user keeps their record, but no token works any more. */
  async revokeTokens(context: CouncilContext, userId: string): Promise<number> {
    const { actor } = context;
    await this.user(actor.councilId, userId);
    return this.db.run(async (manager) => {
      const live = await manager.findBy(ApiToken, { userId, revokedAt: IsNull() });
      if (live.length === 0) return 0;
      const revokedAt = this.clock.now();
      await manager.update(ApiToken, { id: In(live.map((t) => t.id)) }, { revokedAt });
      await this.audit.record(manager, actor, {
        action: 'revoke-tokens',
        entityType: 'user',
        entityId: userId,
        after: { tokenIds: live.map((t) => t.id), revokedAt },
      });
      return live.length;
    });
  }

  private async issueToken(manager: EntityManager, actor: Actor, user: User): Promise<string> {
    const token = generateToken();
    const row = { id: newId(), userId: user.id, tokenHash: hashToken(token), createdAt: this.clock.now(), revokedAt: null };
    await manager.insert(ApiToken, row);
    await this.audit.record(manager, actor, {
      action: 'issue-token',
      entityType: 'user',
      entityId: user.id,
      after: { tokenId: row.id, createdAt: row.createdAt },
    });
    return token;
  }

  private async checkAuthority(manager: EntityManager, councilId: string, input: NewUser): Promise<void> {
    if (input.role === 'authority' && !input.authorityId) {
      throw new InvalidInputError(['authorityId is required for the authority role']);
    }
    if (input.role !== 'authority' && input.authorityId) {
      throw new InvalidInputError(['authorityId is only for the authority role']);
    }
    if (input.authorityId && !(await this.authorities.exists(councilId, input.authorityId, manager))) {
      throw new NotFoundError('Authority', input.authorityId);
    }
  }
}
