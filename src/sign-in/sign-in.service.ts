import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, Repository } from 'typeorm';
import { generateToken, hashToken } from '../common/auth/tokens.js';
import { AppConfig } from '../common/config/app-config.js';
import { newId } from '../common/database/columns.js';
import { Transactions } from '../common/database/transactions.js';
import { Clock } from '../common/time/clock.js';
import { CouncilsService } from '../councils/councils.service.js';
import { SessionsService } from '../councils/sessions.service.js';
import { MailOutbox } from '../mail/mail-outbox.service.js';
import { MailTemplates } from '../mail/mail-templates.js';
import { SignInLink } from './sign-in-link.entity.js';
import { LINK_WINDOW_MINUTES, LINKS_PER_ADDRESS, SIGN_IN_LINK_MINUTES, safeNextPath } from './sign-in.rules.js';

const MINUTE = 60_000;

/** What became of a sign-in link that was opened. */
export type LinkUse = { state: 'signed-in'; token: string; lifetimeSeconds: number } | { state: 'not-valid' | 'expired' | 'used' };

/** Signing in by a single-use link e-mailed to the user's registered address. */
@Injectable()
export class SignInService {
  private readonly logger = new Logger(SignInService.name);

  constructor(
    @InjectRepository(SignInLink) private readonly links: Repository<SignInLink>,
    private readonly councils: CouncilsService,
    private readonly sessions: SessionsService,
    private readonly templates: MailTemplates,
    private readonly outbox: MailOutbox,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly db: Transactions,
  ) {}

  /**
   * E-mails a link to each registration of the address (one per council it is registered with). The
   * visitor is told the same whether or not the address is known, so the page reveals no one's
   * address; an address is sent no more than a few links an hour.
   */
  async sendLinks(email: string, next: string): Promise<void> {
    const now = this.clock.now();
    for (const user of await this.councils.usersWithEmail(email)) {
      const recent = await this.links.countBy({ userId: user.id, createdAt: MoreThan(new Date(now.getTime() - LINK_WINDOW_MINUTES * MINUTE)) });
      if (recent >= LINKS_PER_ADDRESS) {
        this.logger.warn(`No sign-in link sent to user ${user.id}: ${recent} sent in the last ${LINK_WINDOW_MINUTES} minutes`);
        continue;
      }
      const token = generateToken();
      const url = `${this.config.publicBaseUrl}/sign-in/link/${token}${next === '/' ? '' : `?next=${encodeURIComponent(safeNextPath(next))}`}`;
      const message = await this.templates.render('sign-in/sign-in-link.mail.njk', { councilName: user.council!.name, url, minutes: SIGN_IN_LINK_MINUTES }, {
        councilId: user.councilId,
        audience: user.role === 'authority' ? 'outside' : 'council',
      });
      const posted = await this.db.run(async (manager) => {
        await manager.insert(SignInLink, { id: newId(), userId: user.id, tokenHash: hashToken(token), createdAt: now, expiresAt: new Date(now.getTime() + SIGN_IN_LINK_MINUTES * MINUTE), usedAt: null });
        return this.outbox.post(manager, user.councilId, { to: user.email, ...message });
      });
      await this.outbox.deliver([posted]);
    }
  }

  /** Whether a link can still sign someone in (the page that asks them to confirm), without spending it. */
  async check(token: string): Promise<'open' | 'not-valid' | 'expired' | 'used'> {
    const link = await this.links.findOneBy({ tokenHash: hashToken(token) });
    if (!link) return 'not-valid';
    if (link.usedAt) return 'used';
    return link.expiresAt <= this.clock.now() ? 'expired' : 'open';
  }

  /** Spends the link (once: a second use, or two at once, finds it spent) and begins a session. */
  async use(token: string): Promise<LinkUse> {
    const state = await this.check(token);
    if (state !== 'open') return { state };
    const now = this.clock.now();
    const link = (await this.links.findOneBy({ tokenHash: hashToken(token) }))!;
    const spent = await this.links.update({ id: link.id, usedAt: IsNull() }, { usedAt: now });
    if (!spent.affected) return { state: 'used' };
    const session = await this.sessions.start(link.userId, 'link');
    return { state: 'signed-in', token: session.token, lifetimeSeconds: (session.expiresAt.getTime() - now.getTime()) / 1000 };
  }
}
