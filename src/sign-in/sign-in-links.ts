import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { type EntityManager, IsNull, MoreThan, Repository } from 'typeorm';
import { generateToken, hashToken } from '../common/auth/tokens.js';
import { AppConfig } from '../common/config/app-config.js';
import { newId } from '../common/database/columns.js';
import { Clock } from '../common/time/clock.js';
import type { OutsiderKind } from '../common/auth/outsider-kinds.js';
import { SignInLink } from './sign-in-link.entity.js';
import { LINK_WINDOW_MINUTES, safeNextPath, SIGN_IN_LINK_MINUTES } from './sign-in.rules.js';

const MINUTE = 60_000;

/** Whom a link signs in: a council's user, or an outsider of a kind (an operator, a shared body's contact). */
export type LinkSubject = { userId: string } | { outsiderKind: OutsiderKind; outsiderId: string };

const columnsOf = (subject: LinkSubject) =>
  'userId' in subject ? { userId: subject.userId, outsiderKind: null, outsiderId: null } : { userId: null, outsiderKind: subject.outsiderKind, outsiderId: subject.outsiderId };

/**
 * The single-use sign-in links themselves: made (hashed at rest), checked, spent. The pages e-mail
 * them; the command line prints one for an operator letting the first co-ordinator in.
 */
@Injectable()
export class SignInLinks {
  constructor(
    @InjectRepository(SignInLink) private readonly links: Repository<SignInLink>,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** A new link for the user (or outsider), written in the caller's transaction when given; its address. */
  async issue(subject: LinkSubject, next = '/', manager: EntityManager = this.links.manager): Promise<string> {
    const now = this.clock.now();
    const token = generateToken();
    await manager.insert(SignInLink, { id: newId(), ...columnsOf(subject), tokenHash: hashToken(token), createdAt: now, expiresAt: new Date(now.getTime() + SIGN_IN_LINK_MINUTES * MINUTE), usedAt: null });
    const target = safeNextPath(next);
    return `${this.config.publicBaseUrl}/sign-in/link/${token}${target === '/' ? '' : `?next=${encodeURIComponent(target)}`}`;
  }

  /** How many links the user (or outsider) was given in the last window (a mailbox is not flooded). */
  recentlyIssued(subject: LinkSubject): Promise<number> {
    const { userId, outsiderId } = columnsOf(subject);
    return this.links.countBy({ ...(userId ? { userId } : { outsiderId: outsiderId! }), createdAt: MoreThan(new Date(this.clock.now().getTime() - LINK_WINDOW_MINUTES * MINUTE)) });
  }

  /** Whether a link can still sign someone in, without spending it. */
  async check(token: string): Promise<'open' | 'not-valid' | 'expired' | 'used'> {
    const link = await this.links.findOneBy({ tokenHash: hashToken(token) });
    if (!link) return 'not-valid';
    if (link.usedAt) return 'used';
    return link.expiresAt <= this.clock.now() ? 'expired' : 'open';
  }

  /** Spends the link once (a second use, or two at once, finds it spent); whom it signs in. */
  async spend(token: string): Promise<{ state: 'spent'; subject: LinkSubject } | { state: 'not-valid' | 'expired' | 'used' }> {
    const state = await this.check(token);
    if (state !== 'open') return { state };
    const link = (await this.links.findOneBy({ tokenHash: hashToken(token) }))!;
    const spent = await this.links.update({ id: link.id, usedAt: IsNull() }, { usedAt: this.clock.now() });
    if (!spent.affected) return { state: 'used' };
    return { state: 'spent', subject: link.userId ? { userId: link.userId } : { outsiderKind: link.outsiderKind!, outsiderId: link.outsiderId! } };
  }
}

/** The links alone (no mail), for the command line as well as the pages. */
@Module({
  imports: [TypeOrmModule.forFeature([SignInLink])],
  providers: [SignInLinks],
  exports: [SignInLinks],
})
export class SignInLinksModule {}
