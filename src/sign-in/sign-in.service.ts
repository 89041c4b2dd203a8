import { Injectable, Logger } from '@nestjs/common';
import { OutsiderKinds } from '../common/auth/outsider-kinds.js';
import { Transactions } from '../common/database/transactions.js';
import { Clock } from '../common/time/clock.js';
import { CouncilsService } from '../councils/councils.service.js';
import { SessionsService } from '../councils/sessions.service.js';
import { MailOutbox } from '../mail/mail-outbox.service.js';
import { MailTemplates } from '../mail/mail-templates.js';
import { type LinkSubject, SignInLinks } from './sign-in-links.js';
import { LINK_WINDOW_MINUTES, LINKS_PER_ADDRESS, SIGN_IN_LINK_MINUTES } from './sign-in.rules.js';

/** What became of a sign-in link that was opened. */
export type LinkUse = { state: 'signed-in'; token: string; lifetimeSeconds: number; home: string } | { state: 'not-valid' | 'expired' | 'used' };

/** Signing in by a single-use link e-mailed to the user's registered address. */
@Injectable()
export class SignInService {
  private readonly logger = new Logger(SignInService.name);

  constructor(
    private readonly links: SignInLinks,
    private readonly councils: CouncilsService,
    private readonly sessions: SessionsService,
    private readonly templates: MailTemplates,
    private readonly outbox: MailOutbox,
    private readonly clock: Clock,
    private readonly db: Transactions,
    private readonly outsiders: OutsiderKinds,
  ) {}

  /**
   * E-mails a link to each registration of the address (one per council it is registered with, and one
   * for each outsider's role it has: an operator, a shared body's contact). The visitor is told the same
   * whether or not the address is known, so the page reveals no one's address; an address is sent no
   * more than a few links an hour.
   */
  async sendLinks(email: string, next: string): Promise<void> {
    for (const user of await this.councils.usersWithEmail(email)) {
      await this.sendLink({ userId: user.id }, user.email, next, user.councilId, { councilName: user.council!.name }, user.role === 'authority' ? 'outside' : 'council');
    }
    for (const [kind, door] of this.outsiders.all()) {
      for (const outsider of await door.withEmail(email)) {
        // Theirs is the service's mail (no council's name, server or wording).
        await this.sendLink({ outsiderKind: kind, outsiderId: outsider.id }, outsider.email, next, '', { councilName: outsider.signsInAs }, 'outside');
      }
    }
  }

  private async sendLink(subject: LinkSubject, to: string, next: string, councilId: string, names: { councilName: string }, audience: 'council' | 'outside'): Promise<void> {
    const recent = await this.links.recentlyIssued(subject);
    if (recent >= LINKS_PER_ADDRESS) {
      this.logger.warn(`No sign-in link sent to ${JSON.stringify(subject)}: ${recent} sent in the last ${LINK_WINDOW_MINUTES} minutes`);
      return;
    }
    const posted = await this.db.run(async (manager) => {
      const url = await this.links.issue(subject, next, manager);
      const message = await this.templates.render('sign-in/sign-in-link.mail.njk', { ...names, url, minutes: SIGN_IN_LINK_MINUTES }, { councilId, audience });
      return this.outbox.post(manager, councilId, { to, ...message });
    });
    await this.outbox.deliver([posted]);
  }

  /** Whether a link can still sign someone in (the page that asks them to confirm), without spending it. */
  check(token: string): Promise<'open' | 'not-valid' | 'expired' | 'used'> {
    return this.links.check(token);
  }

  /** Spends the link and begins a session. */
  async use(token: string): Promise<LinkUse> {
    const spent = await this.links.spend(token);
    if (spent.state !== 'spent') return spent;
    const { subject } = spent;
    const session = 'userId' in subject ? await this.sessions.start(subject.userId, 'link') : await this.sessions.startOutsider(subject.outsiderKind, subject.outsiderId, 'link');
    const home = 'userId' in subject ? '/' : (this.outsiders.of(subject.outsiderKind)?.home ?? '/');
    return { state: 'signed-in', token: session.token, lifetimeSeconds: (session.expiresAt.getTime() - this.clock.now().getTime()) / 1000, home };
  }
}
