import { Injectable, Logger } from '@nestjs/common';
import { Brackets, type EntityManager, In } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';
import { newId } from '../common/database/columns.js';
import { claimForSending, holdClaim, STALE_CLAIM_MS } from '../common/queue/claim.js';
import { persistently } from '../common/database/persistently.js';
import { Clock } from '../common/time/clock.js';
import { MailService, type OutgoingMail } from './mail.service.js';
import { Metrics } from '../common/observability/metrics.service.js';
import { OutboxMail } from './outbox-mail.entity.js';
import { Transactions } from '../common/database/transactions.js';

/**
 * Notices that must reach people but need not hold up the request that causes them. `post` writes
 * the message inside the caller's transaction; `deliver` tries it once that transaction is committed;
 * the scheduled sweep (`deliverDue`) sends whatever the mail server refused or a crash left behind.
 */
@Injectable()
export class MailOutbox {
  private readonly logger = new Logger(MailOutbox.name);

  constructor(
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly db: Transactions,
    metrics: Metrics,
  ) {
    metrics.gauge('scrutineer_mail_outbox_backlog', 'Messages kept in the outbox not yet taken by every recipient (all councils)', [], async () => [
      { labels: {}, value: await this.db.manager.countBy(OutboxMail, { status: In(['pending', 'sending']) }) },
    ]);
  }

  /** Keeps the message with the change (same transaction); returns its id for `deliver`. Nobody to write to → nothing kept. */
  async post(manager: EntityManager, councilId: string, message: OutgoingMail): Promise<string | null> {
    if ([message.to].flat().length === 0) return null;
    const id = newId();
    await manager.insert(OutboxMail, {
      id,
      councilId,
      message: { ...message, messageId: message.messageId ?? `<outbox-${id}@${this.config.mailDomain}>` },
      status: 'pending',
      attempts: 0,
      claimedAt: null,
      sentAt: null,
      lastError: null,
      recipientOutcomes: null,
      retryAt: null,
      createdAt: this.clock.now(),
    });
    return id;
  }

  /** Tries the messages now; one the server refuses stays pending for the sweep. Never throws. */
  async deliver(ids: (string | null)[]): Promise<void> {
    for (const id of ids) {
      if (!id) continue;
      // What failed here (the database, say) is left to the sweep: the message is kept, and the change that posted it stands.
      await this.send(id).catch((error: Error) => this.logger.warn(`Outbox message ${id} left for the sweep: ${error.message}`));
    }
  }

  /** The sweep: every message owed to someone whose retry time has come (or whose sender died), oldest first. */
  async deliverDue(): Promise<number> {
    const now = this.clock.now();
    const due = await this.db.manager
      .createQueryBuilder(OutboxMail, 'm')
      .select('m.id')
      .where(
        new Brackets((where) =>
          where
            .where("m.status = 'pending' AND (m.retryAt IS NULL OR m.retryAt <= :now)", { now: now.toISOString() })
            .orWhere("m.status = 'sending' AND m.claimedAt < :stale", { stale: new Date(now.getTime() - STALE_CLAIM_MS).toISOString() }),
        ),
      )
      .orderBy('m.createdAt', 'ASC')
      .limit(500)
      .getMany();
    let sent = 0;
    for (const { id } of due) if (await this.send(id)) sent++;
    return sent;
  }

  /** What is still waiting for the mail server, for a council (the digest and the tests read it). */
  waiting(councilId: string): Promise<OutboxMail[]> {
    return this.db.manager.find(OutboxMail, { where: { councilId, status: In(['pending', 'sending']) }, order: { createdAt: 'ASC' } });
  }

  /** One attempt: offered to whoever is still owed the message; true once everyone has taken or refused it. */
  private async send(id: string): Promise<boolean> {
    const claimedAt = this.clock.now();
    if (!(await claimForSending(this.db.manager, OutboxMail, id, claimedAt))) return false;
    const claim = holdClaim(this.db.manager, OutboxMail, id, claimedAt, this.clock);
    try {
      const row = await this.db.manager.findOneByOrFail(OutboxMail, { id });
      const { outcomes, settlement } = await this.mail.offer({ ...row.message, councilId: row.councilId }, row.recipientOutcomes ?? [], row.attempts);
      const taken = outcomes.some((o) => o.state === 'accepted');
      await persistently(() =>
        this.db.manager.update(OutboxMail, { id }, {
          status: settlement.status,
          retryAt: settlement.retryAt,
          lastError: settlement.lastError,
          recipientOutcomes: outcomes,
          sentAt: row.sentAt ?? (taken ? this.clock.now() : null),
        }),
      );
      if (settlement.status === 'pending') this.logger.warn(`"${row.message.subject}" not delivered to everyone yet (${settlement.lastError}); tried again from ${settlement.retryAt!.toISOString()}`);
      if (settlement.status === 'failed') this.logger.error(`"${row.message.subject}" refused by every recipient: ${settlement.lastError}`);
      return settlement.status !== 'pending';
    } finally {
      claim.release();
    }
  }
}
