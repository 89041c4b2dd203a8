import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/auth/principal.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { hashToken } from '../common/auth/tokens.js';
import { AppConfig } from '../common/config/app-config.js';
import { newId } from '../common/database/columns.js';
import { ConflictError, InvalidInputError, NotFoundError, ServiceUnavailableError } from '../common/errors/domain-errors.js';
import { SecretsService } from '../common/secrets/secrets.service.js';
import { Clock } from '../common/time/clock.js';
import { dateIn } from '../common/time/dates.js';
import { CommitteesService } from '../councils/committees.service.js';
import type { Council } from '../councils/councils.service.js';
import { MailTemplates } from '../mail/mail-templates.js';
import { MailService } from '../mail/mail.service.js';
import { readLinkToken, signLinkToken } from '../common/auth/signed-link.js';
import { KeyDecision } from './key-decision.entity.js';
import { ForwardPlanNotice } from './notice.entity.js';
import { URGENCY_ROLE_LABELS, type UrgencyRole, UrgencyRequest } from './urgency-request.entity.js';
import { CouncilsService } from '../councils/councils.service.js';
import { Transactions } from '../common/database/transactions.js';

/** A link to agree works for this long: urgency is measured in days. */
const LINK_DAYS = 7;

export type UrgencyLinkState =
  | { state: 'invalid' }
  | { state: 'expired' }
  | { state: 'answered'; answer: string; answeredOn: string }
  | { state: 'open'; request: UrgencyRequest; decision: KeyDecision; council: Council };

/**
 * Reg 11 special urgency: asks the scrutiny chair (then, when the chair is unable to act, the council
 * chair, then its vice-chair) to agree by a signed single-use link; records who agreed and when.
 */
@Injectable()
export class UrgencyService {
  constructor(
    private readonly councils: CouncilsService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly templates: MailTemplates,
    private readonly secrets: SecretsService,
    private readonly committees: CommitteesService,
    private readonly db: Transactions,
  ) {}

  async request(
    context: CouncilContext,
    noticeId: string,
    decisionId: string,
    input: { reasons: string; fallback: { role: 'council_chair' | 'council_vice_chair'; name: string; email: string }[] },
  ): Promise<UrgencyRequest> {
    const { actor } = context;
    const db = this.db.manager;
    if (!(await db.existsBy(ForwardPlanNotice, { id: noticeId, councilId: actor.councilId }))) throw new NotFoundError('Notice', noticeId);
    const decision = await db.findOneBy(KeyDecision, { id: decisionId, noticeId, councilId: actor.councilId });
    if (!decision) throw new NotFoundError('Key decision', decisionId);
    if (decision.exception !== 'special_urgency') throw new ConflictError('The decision is not planned under special urgency');
    if (decision.urgencyAgreedAt) throw new ConflictError('Agreement was already recorded');
    if (await db.existsBy(UrgencyRequest, { decisionId, answer: 'pending' })) throw new ConflictError('A request for agreement is already awaiting an answer');
    const council = await this.councils.council(actor.councilId);
    const committee = await this.committees.scrutinyCommittee(actor.councilId);
    const chair = committee ? await this.committees.chairOn(committee.id, context.today) : null;
    const first = chair ? { role: 'scrutiny_chair' as const, name: chair.name, email: chair.email } : input.fallback[0];
    if (!first) throw new InvalidInputError(['councilChair: the scrutiny committee has no chair recorded, so the chairman of the council must be named']);
    // The reasons and the people to fall back on are kept with the request, once the mail server has it.
    const kept = { exceptionReasons: input.reasons, urgencyFallback: input.fallback };
    return this.ask(actor, { ...decision, ...kept }, council, first, kept);
  }

  /** Sends one request; recorded (with any change to the decision) only once the mail server has taken it. */
  private async ask(
    actor: Actor,
    decision: KeyDecision,
    council: Council,
    who: { role: UrgencyRole; name: string; email: string },
    decisionChange?: Pick<KeyDecision, 'exceptionReasons' | 'urgencyFallback'>,
  ): Promise<UrgencyRequest> {
    const now = this.clock.now();
    const request = this.db.manager.create(UrgencyRequest, {
      id: newId(),
      councilId: council.id,
      decisionId: decision.id,
      role: who.role,
      name: who.name,
      email: who.email,
      tokenHash: '',
      expiresAt: new Date(now.getTime() + LINK_DAYS * 86_400_000),
      answer: 'pending',
      answeredAt: null,
      createdAt: now,
    });
    const token = signLinkToken(await this.secrets.linkKey(), { linkId: request.id, expiresAt: request.expiresAt });
    request.tokenHash = hashToken(token);
    const url = `${this.config.publicBaseUrl}/urgency/${token}`;
    try {
      await this.mail.send({
        councilId: council.id,
        to: who.email,
        ...(await this.templates.render(
          'forward-plan/urgency-request.mail.njk',
          { council: council.name, name: who.name, role: URGENCY_ROLE_LABELS[who.role], title: decision.title, decisionDueOn: decision.decisionDueOn, reasons: decision.exceptionReasons ?? '', url, expiresOn: dateIn(request.expiresAt, council.timeZone) },
          { councilId: council.id, audience: 'council' },
        )),
      });
    } catch (error) {
      throw new ServiceUnavailableError(`The request could not be sent (${(error as Error).message}); nothing was recorded: try again`);
    }
    await this.db.run(async (manager) => {
      if (decisionChange) await manager.update(KeyDecision, { id: decision.id }, decisionChange);
      await manager.insert(UrgencyRequest, request);
      await this.audit.record(manager, actor, { action: 'ask-urgency', entityType: 'key_decision', entityId: decision.id, after: { ...request, ...decisionChange } });
    });
    return request;
  }

  async open(token: string): Promise<UrgencyLinkState> {
    const claims = readLinkToken(await this.secrets.linkKey(), token);
    if (typeof claims === 'string') return { state: 'invalid' };
    const db = this.db.manager;
    const request = await db.findOneBy(UrgencyRequest, { id: claims.linkId });
    if (!request || request.tokenHash !== hashToken(token)) return { state: 'invalid' };
    const council = await this.councils.council(request.councilId);
    if (request.answer !== 'pending') return { state: 'answered', answer: request.answer, answeredOn: dateIn(request.answeredAt!, council.timeZone) };
    if (claims.expiresAt <= this.clock.now()) return { state: 'expired' };
    const decision = await db.findOneByOrFail(KeyDecision, { id: request.decisionId, councilId: request.councilId });
    return { state: 'open', request, decision, council };
  }

  /**
   * Records the answer, once. Agreement makes the decision lawful under reg 11; "unable to act" asks
   * the next person in order; either way the co-ordinators are told.
   */
  async answer(open: Extract<UrgencyLinkState, { state: 'open' }>, answer: 'agreed' | 'declined' | 'unable'): Promise<{ next: UrgencyRequest | null }> {
    const { request, decision, council } = open;
    const actor: Actor = { councilId: council.id, userId: null, label: `${request.name} <${request.email}> (${URGENCY_ROLE_LABELS[request.role]}, through the agreement link)` };
    const now = this.clock.now();
    await this.db.run(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(UrgencyRequest)
        .set({ answer, answeredAt: now })
        .where("id = :id AND answer = 'pending'", { id: request.id })
        .execute();
      if ((result.affected ?? 0) !== 1) throw new ConflictError('This link has already been used');
      if (answer === 'agreed') {
        await manager.update(KeyDecision, { id: decision.id }, { urgencyAgreedBy: `${request.name} (${URGENCY_ROLE_LABELS[request.role]})`, urgencyAgreedAt: now });
      }
      await this.audit.record(manager, actor, { action: `urgency-${answer}`, entityType: 'key_decision', entityId: decision.id, before: decision });
    });
    let next: UrgencyRequest | null = null;
    if (answer === 'unable') {
      const order: UrgencyRole[] = ['scrutiny_chair', 'council_chair', 'council_vice_chair'];
      const after = (decision.urgencyFallback ?? []).find((f) => order.indexOf(f.role) > order.indexOf(request.role));
      if (after) next = await this.ask(actor, decision, council, after);
    }
    await this.tellCoordinators(council, decision, request, answer, next);
    return { next };
  }

  private async tellCoordinators(council: Council, decision: KeyDecision, request: UrgencyRequest, answer: string, next: UrgencyRequest | null): Promise<void> {
    const coordinators = await this.councils.coordinators(council.id);
    if (coordinators.length === 0) return;
    try {
      await this.mail.send({
        councilId: council.id,
        to: coordinators.map((u) => u.email),
        ...(await this.templates.render(
          'forward-plan/urgency-answer.mail.njk',
          { name: request.name, role: URGENCY_ROLE_LABELS[request.role], title: decision.title, answer, next: next ? { name: next.name, role: URGENCY_ROLE_LABELS[next.role] } : null },
          { councilId: council.id, audience: 'council' },
        )),
      });
    } catch {
      // The answer is recorded; the notice is a courtesy the co-ordinator can see in the notice itself.
    }
  }
}
