import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { addDays } from '../calendar/calendar.rules.js';
import { readLinkToken, signLinkToken } from '../common/auth/signed-link.js';
import { hashToken } from '../common/auth/tokens.js';
import { AppConfig } from '../common/config/app-config.js';
import { newId } from '../common/database/columns.js';
import { SecretsService } from '../common/secrets/secrets.service.js';
import { Clock } from '../common/time/clock.js';
import { endOfDay, type IsoDate } from '../common/time/dates.js';
import { ApprovalLink } from './approval-link.entity.js';

/** How long after the decision day an approver's link still works. */
export const APPROVAL_LINK_DAYS_AFTER_DECISION_DAY = 28;

/** The approvers' signed links to decide a draw-down request (see ApprovalLink). */
@Injectable()
export class ApprovalLinks {
  constructor(
    private readonly secrets: SecretsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @InjectRepository(ApprovalLink) private readonly links: Repository<ApprovalLink>,
  ) {}

  /** A new link for the approver, written in the caller's transaction with the message that carries it. */
  async issue(manager: EntityManager, request: { id: string; councilId: string; decisionDueOn: IsoDate }, approverId: string, timeZone: string): Promise<{ url: string; expiresOn: IsoDate }> {
    const expiresOn = addDays(request.decisionDueOn, APPROVAL_LINK_DAYS_AFTER_DECISION_DAY);
    const link = { id: newId(), councilId: request.councilId, requestId: request.id, approverId, tokenHash: '', expiresAt: endOfDay(expiresOn, timeZone), createdAt: this.clock.now() };
    const token = signLinkToken(await this.secrets.linkKey(), { linkId: link.id, expiresAt: link.expiresAt });
    await manager.insert(ApprovalLink, { ...link, tokenHash: hashToken(token) });
    return { url: `${this.config.publicBaseUrl}/approve/${token}`, expiresOn };
  }

  /** The link a token is, if it is one of ours and unchanged; whether it has expired is for the caller to say. */
  async find(token: string): Promise<{ link: ApprovalLink; expired: boolean } | null> {
    const claims = readLinkToken(await this.secrets.linkKey(), token);
    if (typeof claims === 'string') return null;
    const link = await this.links.findOneBy({ id: claims.linkId });
    if (!link || link.tokenHash !== hashToken(token)) return null;
    return { link, expired: link.expiresAt <= this.clock.now() };
  }
}
