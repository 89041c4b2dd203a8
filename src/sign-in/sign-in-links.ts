import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { type EntityManager, IsNull, MoreThan, Repository } from 'typeorm';
import { generateToken, hashToken } from '../common/auth/tokens.js';
import { AppConfig } from '../common/config/app-config.js';
import { newId } from '../common/database/columns.js';
import { Clock } from '../common/time/clock.js';
import { SignInLink } from './sign-in-link.entity.js';
import { LINK_WINDOW_MINUTES, safeNextPath, SIGN_IN_LINK_MINUTES } from './sign-in.rules.js';

const MINUTE = 60_000;

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

  /** A new link for the user, written in the caller's transaction when given; its address. */
  async issue(userId: string, next = '/', manager: EntityManager = this.links.manager): Promise<string> {
    const now = this.clock.now();
    const token = generateToken();
    await manager.insert(SignInLink, { id: newId(), userId, tokenHash: hashToken(token), createdAt: now, expiresAt: new Date(now.getTime() + SIGN_IN_LINK_MINUTES * MINUTE), usedAt: null });
    const target = safeNextPath(next);
    return `${this.config.publicBaseUrl}/sign-in/link/${token}${target === '/' ? '' : `?next=${encodeURIComponent(target)}`}`;
  }

  /** How many links the user was given in the last window (a mailbox is not flooded). */
  recentlyIssued(userId: string): Promise<number> {
    return this.links.countBy({ userId, createdAt: MoreThan(new Date(this.clock.now().getTime() - LINK_WINDOW_MINUTES * MINUTE)) });
  }

  /** Whether a link can still sign someone in, without spending it. */
  async check(token: string): Promise<'open' | 'not-valid' | 'expired' | 'used'> {
    const link = await this.links.findOneBy({ tokenHash: hashToken(token) });
    if (!link) return 'not-valid';
    if (link.usedAt) return 'used';
    return link.expiresAt <= this.clock.now() ? 'expired' : 'open';
  }

  /** Spends the link once (a second use, or two at once, finds it spent); the user it signs in. */
  async spend(token: string): Promise<{ state: 'spent'; userId: string } | { state: 'not-valid' | 'expired' | 'used' }> {
    const state = await this.check(token);
    if (state !== 'open') return { state };
    const link = (await this.links.findOneBy({ tokenHash: hashToken(token) }))!;
    const spent = await this.links.update({ id: link.id, usedAt: IsNull() }, { usedAt: this.clock.now() });
    return spent.affected ? { state: 'spent', userId: link.userId } : { state: 'used' };
  }
}

/** The links alone (no mail), for the command line as well as the pages. */
@Module({
  imports: [TypeOrmModule.forFeature([SignInLink])],
  providers: [SignInLinks],
  exports: [SignInLinks],
})
export class SignInLinksModule {}
