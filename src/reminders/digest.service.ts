import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { LessThan, LessThanOrEqual, IsNull } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';
import { newId } from '../common/database/columns.js';
import { jobId } from '../common/queue/queues.js';
import { JOBS, QUEUES } from '../jobs/job-registry.js';
import { Clock } from '../common/time/clock.js';
import { dateIn } from '../common/time/dates.js';
import { DEFAULT_COMMITTEE_NAME } from '../councils/committees.service.js';
import { CommitteesService } from '../councils/committees.service.js';
import { MailService } from '../mail/mail.service.js';
import { type Obligation, ObligationsService } from '../obligations/obligations.service.js';
import { WeeklyDigest } from './digest.entity.js';
import { digestDueAt, thisWeek, weekOf } from './digest.rules.js';
import { type DigestContent, digestMailValues } from './digest-mail.rules.js';
import { MailTemplates } from '../mail/mail-templates.js';
import { Reminder } from './reminder.entity.js';
import { claimForSending, holdClaim, STALE_CLAIM_MS } from '../common/queue/claim.js';
import { persistently } from '../common/database/persistently.js';
import { acceptedBy } from '../mail/delivery.rules.js';
import { QUEUE_TIMEOUT_MS, withTimeout } from '../common/queue/with-timeout.js';
import { CouncilsService } from '../councils/councils.service.js';
import { AuthoritiesService } from '../authorities/authorities.service.js';
import { Transactions } from '../common/database/transactions.js';

/** The weekly e-mail to each council's co-ordinators: overdue, due this week, and delivery problems. */
@Injectable()
export class DigestService {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    private readonly obligations: ObligationsService,
    private readonly authorities: AuthoritiesService,
    private readonly councils: CouncilsService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly templates: MailTemplates,
    private readonly committees: CommitteesService,
    private readonly db: Transactions,
    @InjectQueue(QUEUES.deliveries) private readonly queue: Queue,
  ) {}

  /** What the digest says today (also what a co-ordinator sees in `GET /api/v1/reminders/digest`). */
  async content(councilId: string): Promise<DigestContent> {
    const db = this.db.manager;
    const council = await this.councils.council(councilId);
    const today = dateIn(this.clock.now(), council.timeZone);
    const week = thisWeek(today);
    const [committee, authorities, overdue, dueThisWeek, failed, failing, extensions] = await Promise.all([
      this.committees.scrutinyCommittee(councilId),
      this.authorities.authoritiesOf(councilId),
      this.obligations.open(councilId, { dueBefore: today }),
      this.obligations.open(councilId, { dueFrom: week.from, dueTo: week.to }),
      db.find(Reminder, { where: { councilId, status: 'failed' }, order: { dueAt: 'ASC' } }),
      this.authorities.failingContacts(councilId),
      this.obligations.pendingExtensions(councilId),
    ]);
    const related = await this.obligations.byIds(councilId, [...new Set([...failed.map((r) => r.obligationId), ...extensions.map((x) => x.obligationId)])]);
    const authorityName = (id: string) => authorities.find((a) => a.id === id)?.name ?? 'Unknown authority';
    const obligation = (id: string) => related.find((o) => o.id === id)!;
    const item = (o: Obligation) => ({ id: o.id, authority: authorityName(o.authorityId), kind: o.kind, subject: o.subject, dueOn: o.dueOn, acknowledged: o.acknowledgedAt !== null });
    return {
      council: council.name,
      committee: committee?.name ?? DEFAULT_COMMITTEE_NAME,
      weekOf: weekOf(today),
      today,
      overdue: overdue.map(item),
      dueThisWeek: dueThisWeek.map(item),
      failedDeliveries: failed
        .filter((r) => obligation(r.obligationId)?.status === 'open')
        .map((r) => ({ obligationId: r.obligationId, authority: authorityName(obligation(r.obligationId).authorityId), subject: obligation(r.obligationId).subject, stage: r.stage, error: r.lastError ?? 'not delivered' })),
      failingContacts: failing.map((c) => ({
        authorityId: c.authorityId,
        authority: authorityName(c.authorityId),
        name: c.name,
        email: c.email,
        reason: c.failingReason ?? 'refused',
        since: dateIn(c.failingSince!, council.timeZone),
      })),
      extensionRequests: extensions.map((x) => ({ obligationId: x.obligationId, authority: authorityName(obligation(x.obligationId).authorityId), subject: obligation(x.obligationId).subject, newDueOn: x.newDueOn, reason: x.reason })),
    };
  }


  /**
   * Makes the row of this week's digest once Monday 08:00 has passed (a late start still sends it),
   * then enqueues the council's unsent digests with deterministic job ids.
   */
  async sweep(councilId: string): Promise<number> {
    const now = this.clock.now();
    const council = await this.councils.council(councilId);
    const monday = weekOf(dateIn(now, council.timeZone));
    const dueAt = digestDueAt(monday, council.timeZone);
    if (dueAt <= now) {
      await this.db.manager
        .createQueryBuilder()
        .insert()
        .into(WeeklyDigest)
        .values({ id: newId(), councilId, weekOf: monday, dueAt, status: 'pending', attempts: 0, claimedAt: null, sentAt: null, messageId: null, recipients: null, lastError: null, recipientOutcomes: null, retryAt: null })
        .orIgnore()
        .execute();
    }
    const due = await this.db.manager.find(WeeklyDigest, {
      where: [
        { councilId, status: 'pending', dueAt: LessThanOrEqual(now), retryAt: IsNull() },
        { councilId, status: 'pending', dueAt: LessThanOrEqual(now), retryAt: LessThanOrEqual(now) },
        { councilId, status: 'sending', claimedAt: LessThan(new Date(now.getTime() - STALE_CLAIM_MS)) },
      ],
    });
    if (due.length === 0) return 0;
    await withTimeout(
      this.queue.addBulk(
        due.map((digest) => ({
          name: JOBS.sendDigest.name,
          data: { digestId: digest.id },
          opts: { ...JOBS.sendDigest.options, jobId: jobId(JOBS.sendDigest.name, digest.id, `a${digest.attempts}`) },
        })),
      ),
      QUEUE_TIMEOUT_MS,
    );
    return due.length;
  }

  async send(digestId: string): Promise<'sent' | 'deferred' | 'failed' | 'skipped'> {
    const now = this.clock.now();
    if (!(await claimForSending(this.db.manager, WeeklyDigest, digestId, now))) return 'skipped';
    const claim = holdClaim(this.db.manager, WeeklyDigest, digestId, now, this.clock);
    try {
      const db = this.db.manager;
      const digest = await db.findOneByOrFail(WeeklyDigest, { id: digestId });
      const coordinators = await this.councils.coordinators(digest.councilId);
      if (coordinators.length === 0) {
        await db.update(WeeklyDigest, { id: digestId }, { status: 'sent', sentAt: now, recipients: [], lastError: 'no co-ordinator to write to' });
        return 'skipped';
      }
      const messageId = `<digest.${digest.id}@${this.config.mailDomain}>`;
      const to = coordinators.map((u) => u.email);
      const message = await this.templates.render('reminders/digest.mail.njk', digestMailValues(await this.content(digest.councilId)), { councilId: digest.councilId, audience: 'council' });
      const { outcomes, settlement } = await this.mail.offer({ councilId: digest.councilId, to, ...message, messageId }, digest.recipientOutcomes ?? [], digest.attempts);
      const taken = acceptedBy(outcomes);
      await persistently(() =>
        db.update(WeeklyDigest, { id: digestId }, {
          status: settlement.status,
          retryAt: settlement.retryAt,
          lastError: settlement.lastError,
          recipientOutcomes: outcomes,
          recipients: taken,
          sentAt: digest.sentAt ?? (taken.length ? now : null),
          messageId: taken.length ? messageId : null,
        }),
      );
      if (settlement.status !== 'sent') this.logger.warn(`Digest ${digestId} ${settlement.status === 'pending' ? 'to be tried again' : 'refused'}: ${settlement.lastError}`);
      return settlement.status === 'pending' ? 'deferred' : settlement.status;
    } finally {
      claim.release();
    }
  }
}
