import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, LessThan } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';
import { newId } from '../common/database/columns.js';
import { claimForSending, STALE_CLAIM_MS } from '../common/queue/claim.js';
import { Clock } from '../common/time/clock.js';
import { MailService, type OutgoingMail } from './mail.service.js';
import { OutboxMail } from './outbox-mail.entity.js';

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
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

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
      createdAt: this.clock.now(),
    });
    return id;
  }

  /** Tries the messages now; one the server refuses stays pending for the sweep. Never throws. */
  async deliver(ids: (string | null)[]): Promise<void> {
    for (const id of ids) if (id) await this.send(id);
  }

  /** The sweep: every message not yet taken (or whose sender died), oldest first. */
  async deliverDue(): Promise<number> {
    const stale = new Date(this.clock.now().getTime() - STALE_CLAIM_MS);
    const due = await this.dataSource.manager.find(OutboxMail, {
      where: [{ status: 'pending' }, { status: 'sending', claimedAt: LessThan(stale) }],
      order: { createdAt: 'ASC' },
      select: { id: true },
      take: 500,
    });
    let sent = 0;
    for (const { id } of due) if (await this.send(id)) sent++;
    return sent;
  }

  /** What is still waiting for the mail server, for a council (the digest and the tests read it). */
  waiting(councilId: string): Promise<OutboxMail[]> {
    return this.dataSource.manager.find(OutboxMail, { where: { councilId, status: In(['pending', 'sending']) }, order: { createdAt: 'ASC' } });
  }

  private async send(id: string): Promise<boolean> {
    if (!(await claimForSending(this.dataSource, OutboxMail, id, this.clock.now()))) return false;
    const row = await this.dataSource.manager.findOneByOrFail(OutboxMail, { id });
    try {
      await this.mail.send(row.message);
      await this.dataSource.manager.update(OutboxMail, { id }, { status: 'sent', sentAt: this.clock.now(), lastError: null });
      return true;
    } catch (error) {
      await this.dataSource.manager.update(OutboxMail, { id }, { status: 'pending', lastError: (error as Error).message });
      this.logger.warn(`"${row.message.subject}" not sent yet (${(error as Error).message}); it will be tried again`);
      return false;
    }
  }
}
