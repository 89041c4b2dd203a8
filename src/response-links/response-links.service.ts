import { Injectable } from '@nestjs/common';
import { type EntityManager, IsNull } from 'typeorm';
import { addDays } from '../calendar/calendar.rules.js';
import { hashToken } from '../common/auth/tokens.js';
import { AppConfig } from '../common/config/app-config.js';
import { newId } from '../common/database/columns.js';
import { ConflictError } from '../common/errors/domain-errors.js';
import { SecretsService } from '../common/secrets/secrets.service.js';
import { Clock } from '../common/time/clock.js';
import { dateIn, endOfDay, type IsoDate } from '../common/time/dates.js';
import { DEFAULT_COMMITTEE_NAME } from '../councils/committees.service.js';
import { CommitteesService } from '../councils/committees.service.js';
import { type Obligation, ObligationsService, type ObligationScope } from '../obligations/obligations.service.js';
import type { FormAnswer } from './response-form.rules.js';
import { type LinkUse, ResponseLink } from './response-link.entity.js';
import { readLinkToken, signLinkToken } from '../common/auth/signed-link.js';
import { asSentOutside, type ObligationKind } from '../obligations/obligation.rules.js';
import { logoPath } from '../councils/logo.rules.js';
import { CouncilsService } from '../councils/councils.service.js';
import { AuthoritiesService } from '../authorities/authorities.service.js';
import { Transactions } from '../common/database/transactions.js';
import { joined } from '../common/auth/council-context.js';

/** How long a link works: to the end of this many days after the day it was meant to be sent. */
export const RESPONSE_LINK_DAYS = 28;

/** What the page a response link opens shows: the request, as an outside body may read it. */
export interface AnswerView {
  council: string;
  /** The council's logo's address, for the page's header; null: none. */
  councilLogo: string | null;
  committee: string;
  authority: string;
  kind: ObligationKind;
  subject: string;
  details: string;
  issuedOn: IsoDate;
  dueOn: IsoDate;
  explanation: string;
  citation: string;
  recommendations: string[] | null;
  acknowledgedOn: IsoDate | null;
  /** An extension request awaiting the co-ordinator's decision. */
  extensionRequested: boolean;
  coordinatorEmail: string | null;
  expiresOn: IsoDate;
}

/** What a token opens: the obligation to answer, or why it cannot be answered through this link. */
export type LinkState =
  | { state: 'invalid' }
  | { state: 'expired'; coordinatorEmail: string | null }
  | { state: 'used'; usedFor: LinkUse; usedOn: IsoDate; coordinatorEmail: string | null }
  | { state: 'answered'; respondedOn: IsoDate; coordinatorEmail: string | null }
  | { state: 'withdrawn'; reason: string; coordinatorEmail: string | null }
  | { state: 'open'; link: ResponseLink; obligation: Obligation; view: AnswerView };

/**
 * Signed, expiring, single-use links that let an authority answer one obligation without an
 * account. Each reminder carries one; answering through it uses it up, acknowledging does not.
 */
@Injectable()
export class ResponseLinksService {
  constructor(
    private readonly authorities: AuthoritiesService,
    private readonly councils: CouncilsService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly secrets: SecretsService,
    private readonly obligations: ObligationsService,
    private readonly committees: CommitteesService,
    private readonly db: Transactions,
  ) {}

  /**
   * The link with this id (a reminder's id gives the same link each time the reminder is sent, so a
   * re-sent message is the same message). It works to the end of RESPONSE_LINK_DAYS after `from`.
   */
  async issue(obligation: Pick<Obligation, 'id' | 'councilId'>, linkId: string, from: IsoDate, timeZone: string): Promise<{ url: string; expiresOn: IsoDate }> {
    const [link] = await this.issueAll([{ obligation, linkId, from, timeZone }]);
    return link;
  }

  /** Several links at once (a page of reminders'), in one statement; each as `issue` makes it. */
  async issueAll(asked: readonly { obligation: Pick<Obligation, 'id' | 'councilId'>; linkId: string; from: IsoDate; timeZone: string }[]): Promise<{ url: string; expiresOn: IsoDate }[]> {
    if (asked.length === 0) return [];
    const key = await this.secrets.linkKey();
    const now = this.clock.now();
    const made = asked.map(({ obligation, linkId, from, timeZone }) => {
      const expiresOn = addDays(from, RESPONSE_LINK_DAYS);
      const expiresAt = endOfDay(expiresOn, timeZone);
      const token = signLinkToken(key, { linkId, expiresAt });
      const row = { id: linkId, councilId: obligation.councilId, obligationId: obligation.id, tokenHash: hashToken(token), expiresAt, acknowledgedAt: null, usedAt: null, usedFor: null, createdAt: now };
      return { row, link: { url: `${this.config.publicBaseUrl}/respond/${token}`, expiresOn } };
    });
    // A link already made (the same reminder sent again) stays as it is: the same token, the same message.
    await this.db.manager.createQueryBuilder().insert().into(ResponseLink).values(made.map((m) => m.row)).orIgnore().updateEntity(false).execute();
    return made.map((m) => m.link);
  }

  /** A new link made by a co-ordinator, e.g. to send by hand to a new contact. */
  async create(councilId: string, obligationId: string): Promise<{ url: string; expiresOn: IsoDate }> {
    const obligation = await this.obligations.get({ councilId, authorityId: null }, obligationId);
    const council = await this.councils.council(councilId);
    return this.issue(obligation, newId(), dateIn(this.clock.now(), council.timeZone), council.timeZone);
  }

  async open(token: string): Promise<LinkState> {
    const claims = readLinkToken(await this.secrets.linkKey(), token);
    if (typeof claims === 'string') return { state: 'invalid' };
    const db = this.db.manager;
    const link = await db.findOneBy(ResponseLink, { id: claims.linkId });
    if (!link || link.tokenHash !== hashToken(token)) return { state: 'invalid' };
    const [obligation, council, coordinator] = await Promise.all([
      this.obligations.get({ councilId: link.councilId, authorityId: null }, link.obligationId),
      this.councils.council(link.councilId),
      this.councils.coordinators(link.councilId).then((all) => all[0] ?? null),
    ]);
    const coordinatorEmail = coordinator?.email ?? null;
    const day = (instant: Date) => dateIn(instant, council.timeZone);
    if (obligation.status === 'withdrawn') return { state: 'withdrawn', reason: obligation.withdrawnReason ?? '', coordinatorEmail };
    if (obligation.status === 'responded') return { state: 'answered', respondedOn: day(obligation.respondedAt!), coordinatorEmail };
    if (link.usedAt) return { state: 'used', usedFor: link.usedFor!, usedOn: day(link.usedAt), coordinatorEmail };
    if (claims.expiresAt <= this.clock.now()) return { state: 'expired', coordinatorEmail };

    const [authority, committee, pendingExtension] = await Promise.all([
      this.authorities.get(link.councilId, obligation.authorityId).then((found) => found.authority),
      this.committees.scrutinyCommittee(link.councilId),
      this.obligations.hasPendingExtension(obligation.id),
    ]);
    // The page is seen outside the council: an exempt obligation's text is withheld.
    const sent = asSentOutside(obligation);
    const view: AnswerView = {
      council: council.name,
      councilLogo: council.logoDigest ? logoPath(council.slug, council.logoDigest) : null,
      committee: committee?.name ?? DEFAULT_COMMITTEE_NAME,
      authority: authority.name,
      kind: obligation.kind,
      subject: sent.subject,
      details: sent.details,
      issuedOn: obligation.issuedOn,
      dueOn: obligation.dueOn,
      explanation: obligation.dueExplanation,
      citation: obligation.dueCitation,
      recommendations: sent.recommendations,
      acknowledgedOn: obligation.acknowledgedAt ? day(obligation.acknowledgedAt) : null,
      extensionRequested: pendingExtension,
      coordinatorEmail,
      expiresOn: day(new Date(claims.expiresAt.getTime() - 1)),
    };
    return { state: 'open', link, obligation, view };
  }

  /** Applies what the form asked, as the authority, in one transaction with the link's use. */
  async answer(open: Extract<LinkState, { state: 'open' }>, answer: FormAnswer): Promise<void> {
    const { link, obligation, view } = open;
    // The holder of the link acts for its authority, on that authority's obligation alone.
    const holder = await this.councils.systemContext(link.councilId, { councilId: link.councilId, userId: null, label: `${view.authority} (through its response link)` });
    const scope: ObligationScope = { councilId: link.councilId, authorityId: obligation.authorityId };
    await this.db.run(async (manager) => {
      const acting = joined(holder, manager);
      switch (answer.action) {
        case 'acknowledge':
          await this.acknowledged(manager, link.id);
          await this.obligations.acknowledge(acting, obligation.id, scope);
          return;
        case 'respond':
          await this.useUp(manager, link.id, 'response');
          await this.obligations.respond(acting, obligation.id, { text: answer.text, positions: answer.positions }, scope);
          return;
        case 'extend':
          await this.useUp(manager, link.id, 'extension');
          await this.obligations.requestExtension(acting, obligation.id, { newDueOn: answer.newDueOn ?? undefined, reason: answer.reason }, scope);
          return;
      }
    });
  }

  private async acknowledged(manager: EntityManager, linkId: string): Promise<void> {
    await manager.update(ResponseLink, { id: linkId, acknowledgedAt: IsNull() }, { acknowledgedAt: this.clock.now() });
  }

  /** Marks the link used, once: a second answer racing the first finds it used and changes nothing. */
  private async useUp(manager: EntityManager, linkId: string, usedFor: LinkUse): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(ResponseLink)
      .set({ usedAt: this.clock.now(), usedFor })
      .where('id = :linkId AND used_at IS NULL', { linkId })
      .execute();
    if ((result.affected ?? 0) !== 1) throw new ConflictError('This link has already been used to answer');
  }

}
