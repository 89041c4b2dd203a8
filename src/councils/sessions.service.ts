import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { AuditService, SERVICE_TRAIL } from '../audit/audit.service.js';
import { OutsiderKinds, type OutsiderKind, outsiderKindOf } from '../common/auth/outsider-kinds.js';
import { actorOf, type Principal } from '../common/auth/principal.js';
import { SessionResolver, type SignedIn } from '../common/auth/session-resolver.js';
import { generateToken, hashToken } from '../common/auth/tokens.js';
import { newId } from '../common/database/columns.js';
import { Transactions } from '../common/database/transactions.js';
import { Clock } from '../common/time/clock.js';
import { csrfTokenFor } from '../common/web/session-cookie.js';
import { CouncilsService } from './councils.service.js';
import { Session, type SignInMethod } from './session.entity.js';
import { principalOf } from './user.entity.js';
import { SESSION_HOURS, sessionLive, worthTouching } from './session.rules.js';

/** An outsider as the service's own trail records them. */
const outsiderActor = (who: Principal) => ({ ...actorOf(who), councilId: SERVICE_TRAIL });

/** Signed-in browsers: begun by a sign-in, found by the cookie's token, ended by signing out. */
@Injectable()
export class SessionsService extends SessionResolver {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    private readonly councils: CouncilsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly db: Transactions,
    private readonly outsiders: OutsiderKinds,
  ) {
    super();
  }

  /** A new session for a user who has just proved who they are; the token goes into the cookie and only its hash is kept. */
  async start(userId: string, signedInWith: SignInMethod): Promise<{ token: string; expiresAt: Date }> {
    const principal = await this.councils.principal(userId);
    if (!principal) throw new Error(`User ${userId} is no longer registered`);
    const now = this.clock.now();
    const token = generateToken();
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
    await this.db.run(async (manager) => {
      const session = { id: newId(), userId, tokenHash: hashToken(token), signedInWith, createdAt: now, lastSeenAt: now, expiresAt, revokedAt: null };
      await manager.insert(Session, session);
      await this.audit.record(manager, actorOf(principal), { action: 'sign-in', entityType: 'user', entityId: userId, after: { signedInWith, expiresAt } });
    });
    return { token, expiresAt };
  }

  /**
   * A new session for an outsider who has just proved who they are (an operator, a shared body's
   * contact). They belong to no council: the service's own trail records it.
   */
  async startOutsider(kind: OutsiderKind, id: string, signedInWith: SignInMethod): Promise<{ token: string; expiresAt: Date }> {
    const principal = await this.outsiders.of(kind)?.principal(id);
    if (!principal) throw new Error(`The ${kind} ${id} is no longer registered`);
    const now = this.clock.now();
    const token = generateToken();
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
    await this.db.run(async (manager) => {
      await manager.insert(Session, { id: newId(), userId: null, outsiderKind: kind, outsiderId: id, tokenHash: hashToken(token), signedInWith, createdAt: now, lastSeenAt: now, expiresAt, revokedAt: null });
      await this.audit.record(manager, outsiderActor(principal), { action: 'sign-in', entityType: kind, entityId: id, after: { signedInWith, expiresAt } });
    });
    return { token, expiresAt };
  }

  /** The signed-in browser: one indexed query for the session with its user and council, every page (an outsider's: and their door's). */
  async resolve(token: string): Promise<SignedIn | null> {
    const session = await this.sessions
      .createQueryBuilder('session')
      .leftJoinAndSelect('session.user', 'user')
      .leftJoinAndSelect('user.council', 'council')
      .where('session.tokenHash = :hash', { hash: hashToken(token) })
      .getOne();
    const now = this.clock.now();
    if (!session || !sessionLive(session, now)) return null;
    const principal = session.user ? principalOf(session.user) : await this.outsiderOf(session);
    if (!principal) return null;
    if (worthTouching(session.lastSeenAt, now)) await this.sessions.update({ id: session.id }, { lastSeenAt: now });
    return { principal, csrfToken: csrfTokenFor(token) };
  }

  private async outsiderOf(session: Session): Promise<Principal | null> {
    if (!session.outsiderKind || !session.outsiderId) return null;
    return (await this.outsiders.of(session.outsiderKind)?.principal(session.outsiderId)) ?? null;
  }

  /** Signs this browser out. */
  async end(token: string): Promise<void> {
    const session = await this.sessions.findOneBy({ tokenHash: hashToken(token), revokedAt: IsNull() });
    if (!session) return;
    const { userId } = session;
    if (!userId) {
      const outsider = await this.outsiderOf(session);
      await this.db.run(async (manager) => {
        await manager.update(Session, { id: session.id, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
        if (outsider) await this.audit.record(manager, outsiderActor(outsider), { action: 'sign-out', entityType: session.outsiderKind!, entityId: session.outsiderId! });
      });
      return;
    }
    const principal = await this.councils.principal(userId);
    await this.db.run(async (manager) => {
      await manager.update(Session, { id: session.id, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
      if (principal) await this.audit.record(manager, actorOf(principal), { action: 'sign-out', entityType: 'user', entityId: userId });
    });
  }

  /** Signs the user (or outsider) out on every browser (a lost laptop, a shared computer); gives how many sessions ended. */
  async endAll(who: Principal): Promise<number> {
    const kind = outsiderKindOf(who);
    if (kind) {
      return this.db.run(async (manager) => {
        const ended = await manager.update(Session, { outsiderKind: kind, outsiderId: who.userId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
        await this.audit.record(manager, outsiderActor(who), { action: 'sign-out-everywhere', entityType: kind, entityId: who.userId, after: { sessionsEnded: ended.affected ?? 0 } });
        return ended.affected ?? 0;
      });
    }
    const userId = who.userId;
    const principal = await this.councils.principal(userId);
    return this.db.run(async (manager) => {
      const ended = await manager.update(Session, { userId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
      if (principal) await this.audit.record(manager, actorOf(principal), { action: 'sign-out-everywhere', entityType: 'user', entityId: userId, after: { sessionsEnded: ended.affected ?? 0 } });
      return ended.affected ?? 0;
    });
  }
}
