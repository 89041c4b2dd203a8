import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { type FindOptionsWhere, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { type Principal } from '../common/auth/principal.js';
import { type CouncilContext, personActing } from '../common/auth/council-context.js';
import { hashToken } from '../common/auth/tokens.js';
import { AppConfig } from '../common/config/app-config.js';
import { newId } from '../common/database/columns.js';
import { ConflictError, NotFoundError } from '../common/errors/domain-errors.js';
import { Clock } from '../common/time/clock.js';
import { dateIn } from '../common/time/dates.js';
import { ObligationsService } from '../obligations/obligations.service.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import { feedObligation, obligationsCalendar } from './feed.rules.js';
import { CouncilsService } from '../councils/councils.service.js';
import { AuthoritiesService } from '../authorities/authorities.service.js';
import { Transactions } from '../common/database/transactions.js';

/** Secret, revocable iCalendar feeds of open obligations: an authority's own, or the council's. */
@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly obligations: ObligationsService,
    private readonly authorities: AuthoritiesService,
    private readonly councils: CouncilsService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly db: Transactions,
  ) {}

  /**
   * A new feed. An authority contact gets its own authority's; a co-ordinator the council's, or one
   * authority's to pass on. The URL holds the secret and is shown only now.
   */
  async create(context: CouncilContext, authorityId: string | undefined): Promise<{ feed: CalendarFeed; url: string }> {
    const user = personActing(context);
    const scope = user.role === 'authority' ? user.authorityId : (authorityId ?? null);
    if (user.role === 'authority' && authorityId && authorityId !== user.authorityId) throw new NotFoundError('Authority', authorityId);
    if (scope && !(await this.authorities.exists(user.councilId, scope))) throw new NotFoundError('Authority', scope);
    const token = randomBytes(32).toString('base64url');
    const actor = context.actor;
    const feed = await this.db.run(async (manager) => {
      const created = manager.create(CalendarFeed, {
        id: newId(),
        councilId: user.councilId,
        authorityId: scope,
        tokenHash: hashToken(token),
        createdBy: actor.label,
        createdAt: this.clock.now(),
        revokedAt: null,
      });
      await manager.insert(CalendarFeed, created);
      await this.audit.record(manager, actor, { action: 'create', entityType: 'calendar_feed', entityId: created.id, after: created });
      return created;
    });
    return { feed, url: `${this.config.publicBaseUrl}/feeds/${token}.ics` };
  }

  async list(context: CouncilContext): Promise<CalendarFeed[]> {
    const user = personActing(context);
    return this.db.manager.find(CalendarFeed, { where: this.visible(user), order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async revoke(context: CouncilContext, id: string): Promise<CalendarFeed> {
    const user = personActing(context);
    return this.db.run(async (manager) => {
      const feed = await manager.findOneBy(CalendarFeed, { ...this.visible(user), id });
      if (!feed) throw new NotFoundError('Calendar feed', id);
      if (feed.revokedAt) throw new ConflictError('The feed is already revoked');
      const after = { ...feed, revokedAt: this.clock.now() };
      await manager.update(CalendarFeed, { id }, { revokedAt: after.revokedAt });
      await this.audit.record(manager, context.actor, { action: 'revoke', entityType: 'calendar_feed', entityId: id, before: feed, after });
      return after;
    });
  }

  /** The calendar behind a feed token, or null for an unknown or revoked one. */
  async render(token: string): Promise<string | null> {
    const db = this.db.manager;
    const feed = await db.findOneBy(CalendarFeed, { tokenHash: hashToken(token), revokedAt: IsNull() });
    if (!feed) return null;
    const council = await this.councils.council(feed.councilId);
    const obligations = await this.obligations.open(feed.councilId, feed.authorityId ? { authorityId: feed.authorityId } : {});
    const authorities = await this.authorities.authoritiesOf(feed.councilId, [...new Set(obligations.map((o) => o.authorityId))]);
    const nameOf = (id: string) => authorities.find((a) => a.id === id)?.name ?? '';
    const own = feed.authorityId ? ((await this.authorities.authoritiesOf(feed.councilId, [feed.authorityId]))[0] ?? null) : null;
    const today = dateIn(this.clock.now(), council.timeZone);
    const domain = this.config.mailDomain;
    return obligationsCalendar({
      name: own ? `${own.name} – obligations to ${council.name}` : `${council.name} – obligations of the responsible authorities`,
      domain,
      withAuthority: !feed.authorityId,
      obligations: obligations.map((o) => feedObligation(o, nameOf(o.authorityId), today)),
    });
  }

  /** The feeds a user may see and revoke: the council's for a co-ordinator, its own authority's for a contact. */
  private visible(user: Principal): FindOptionsWhere<CalendarFeed> {
    return user.role === 'authority' ? { councilId: user.councilId, authorityId: user.authorityId ?? '' } : { councilId: user.councilId };
  }
}
