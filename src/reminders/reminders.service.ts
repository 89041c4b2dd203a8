import { createHash } from 'node:crypto';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { type EntityManager, In, IsNull, Not, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { rawRead } from '../common/database/raw-sql.js';
import { newId } from '../common/database/columns.js';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-errors.js';
import { jobId } from '../common/queue/queues.js';
import { JOBS, QUEUES } from '../jobs/job-registry.js';
import { Metrics } from '../common/observability/metrics.service.js';
import { Clock } from '../common/time/clock.js';
import type { IsoDate } from '../common/time/dates.js';
import { type Obligation, ObligationsService, type ThreadMessage } from '../obligations/obligations.service.js';
import { messageName } from './reminder-mail.rules.js';
import { AuthoritiesService } from '../authorities/authorities.service.js';
import { claimAllForSending, STALE_CLAIM_MS } from '../common/queue/claim.js';
import { QUEUE_TIMEOUT_MS, withTimeout } from '../common/queue/with-timeout.js';
import { ReminderPolicy } from './reminder-policy.entity.js';
import { Reminder } from './reminder.entity.js';
import {
  DEFAULT_REMINDER_POLICY,
  ISSUE_STAGES,
  planAcknowledgementChase,
  type PlannedReminder,
  planReminders,
  planRequest,
  policyProblems,
  REQUEST_STAGE,
  type ReminderStage,
} from './reminder.rules.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { Transactions } from '../common/database/transactions.js';
import { insertRows } from '../common/database/insert-rows.js';

/**
 * Due reminders read by one statement of the sweep (a page of it; REMINDERS_PER_JOB to a job): few
 * statements for thousands due, and a page in memory is a few hundred kilobytes.
 */
export const SWEEP_BATCH = 5_000;
/**
 * Due reminders sent by one job: few jobs a sweep, yet enough of them for every worker to take some. A
 * page costs the database about ten statements whatever its size (the claim, the reads, the links, the
 * record): measured on PostgreSQL, its server's CPU a message fell from 0.25–0.31 ms with pages of 25 to
 * 0.16–0.18 with pages of 100.
 */
export const REMINDERS_PER_JOB = 100;

/** Where a page of the sweep ended: the next begins after this due instant and id. */
export interface DuePosition {
  dueAt: string;
  id: string;
}

/** A due reminder as the sweep reads it: what its job's id is made of. */
export interface DueReminder {
  id: string;
  attempts: number;
}

/** A page of the sweep, and where the next begins (null after the last). */
export interface DuePage {
  due: DueReminder[];
  next: DuePosition | null;
}

/** A council's reminder policy: its ladder of stages and whether requests ask for acknowledgement. */
export interface Policy {
  stages: ReminderStage[];
  acknowledgeWithinWorkingDays: number | null;
}

/** The rows of planned reminders, not yet sent. */
function reminderRows(obligation: Obligation, planned: PlannedReminder[]): Partial<Reminder>[] {
  return planned.map((p) => ({
    id: newId(),
    councilId: obligation.councilId,
    obligationId: obligation.id,
    stage: p.stage,
    level: p.level,
    copyCoordinator: p.copyCoordinator,
    copyChair: p.copyChair,
    dueAt: p.dueAt,
    status: 'pending',
    attempts: 0,
    claimedAt: null,
    sentAt: null,
    messageId: null,
    recipients: null,
    lastError: null,
    recipientOutcomes: null,
    retryAt: null,
  }));
}

/** Reminder policies, the reminder rows of each obligation, and the sweep that enqueues the due ones. */
/** The sweep's page of due reminders, for each status and for the first page or those after it: along the (council_id, status, due_at, id) index. */
function duePageStatement(status: 'pending' | 'sending', after: boolean) {
  const condition = status === 'pending' ? '(retry_at IS NULL OR retry_at <= ?)' : 'claimed_at < ?';
  return rawRead<DueReminder & { dueAt: string | Date }>(
    `SELECT id, attempts, due_at AS "dueAt" FROM reminders
      WHERE council_id = ? AND status = '${status}' AND due_at <= ? AND ${condition}${after ? ' AND (due_at, id) > (?, ?)' : ''}
      ORDER BY due_at, id LIMIT ${SWEEP_BATCH}`,
  );
}
const DUE_PAGES = {
  pending: { first: duePageStatement('pending', false), after: duePageStatement('pending', true) },
  sending: { first: duePageStatement('sending', false), after: duePageStatement('sending', true) },
};

@Injectable()
export class RemindersService {
  private readonly logger = new Logger(RemindersService.name);

  constructor(
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly db: Transactions,
    @InjectRepository(Reminder) private readonly reminders: Repository<Reminder>,
    @InjectQueue(QUEUES.deliveries) private readonly queue: Queue,
    authorities: AuthoritiesService,
    private readonly obligations: ObligationsService,
    private readonly calendar: CalendarService,
    private readonly metrics: Metrics,
  ) {
    authorities.onContactsChanged((manager, authorityId) => this.retryStranded(manager, authorityId));
    // Every obligation's reminders are planned, re-planned and cancelled with it, in its transaction.
    obligations.follow({
      issued: (manager, issued, timeZone, from) => this.plan(manager, issued, timeZone, from),
      dueDateMoved: (manager, obligation, timeZone, from) => this.replan(manager, obligation, timeZone, from),
      closed: (manager, obligationId) => this.cancel(manager, obligationId),
      messagesOf: async (councilId, obligationId) => (await this.deliveries(councilId, obligationId)).map(threadMessage),
    });
  }

  /** A contact was added or corrected: reminders stranded for want of a working contact go again at the next sweep. */
  private async retryStranded(manager: EntityManager, authorityId: string): Promise<void> {
    const open = await this.obligations.openIdsOf(authorityId, manager);
    if (open.length) await manager.update(Reminder, { status: 'failed', obligationId: In(open) }, { status: 'pending', lastError: null });
  }

  async policy(councilId: string, manager: EntityManager = this.db.manager): Promise<Policy> {
    const stored = await manager.findOneBy(ReminderPolicy, { councilId });
    return { stages: stored?.stages ?? DEFAULT_REMINDER_POLICY, acknowledgeWithinWorkingDays: stored?.acknowledgeWithinWorkingDays ?? null };
  }

  async updatePolicy(context: CouncilContext, input: { stages: ReminderStage[]; acknowledgeWithinWorkingDays?: number | null }): Promise<Policy> {
    const { actor } = context;
    const problems = policyProblems(input.stages);
    if (problems.length > 0) throw new InvalidInputError(problems);
    const after: Policy = { stages: [...input.stages].sort((a, b) => a.offsetDays - b.offsetDays), acknowledgeWithinWorkingDays: input.acknowledgeWithinWorkingDays ?? null };
    return this.db.run(async (manager) => {
      const before = await this.policy(actor.councilId, manager);
      await manager.upsert(ReminderPolicy, { councilId: actor.councilId, ...after }, ['councilId']);
      await this.audit.record(manager, actor, { action: 'update-reminder-policy', entityType: 'council', entityId: actor.councilId, before, after });
      return after;
    });
  }

  /**
   * Writes the messages of new obligations, in the caller's transaction: the request itself (sent as
   * soon as the transaction commits), the chase of its acknowledgement when the council asks for one,
   * and the reminders of the council's ladder.
   */
  async plan(manager: EntityManager, obligations: Obligation[], timeZone: string, from: IsoDate): Promise<void> {
    if (obligations.length === 0) return;
    const { councilId } = obligations[0];
    const [policy, { holidays }] = await Promise.all([this.policy(councilId, manager), this.calendar.context(councilId, manager)]);
    const issuedAt = this.clock.now();
    const rows = obligations.flatMap((obligation) => {
      const chase = policy.acknowledgeWithinWorkingDays
        ? planAcknowledgementChase({ ...obligation, workingDays: policy.acknowledgeWithinWorkingDays, stages: policy.stages }, holidays, timeZone, from)
        : null;
      return reminderRows(obligation, [planRequest(issuedAt, obligation.issuedOn), ...(chase ? [chase] : []), ...planReminders(obligation.dueOn, policy.stages, timeZone, from)]);
    });
    const requests = rows.filter((r) => r.stage === REQUEST_STAGE).map((r) => ({ id: r.id!, obligationId: r.obligationId!, stage: REQUEST_STAGE, attempts: 0 }));
    await insertRows(manager, Reminder, rows);
    // The requests go now, not at the next sweep; if the queue cannot take them, the sweep sends them.
    await this.db.afterCommit(manager, () => this.enqueue(requests));
  }

  /**
   * After the due date moved: unsent reminders are planned again from the new date; sent ones (even
   * to some of their recipients) stay, and so do the request and its acknowledgement chase, which
   * count from the day of issue.
   */
  async replan(manager: EntityManager, obligation: Obligation, timeZone: string, from: IsoDate): Promise<void> {
    const unsent = { obligationId: obligation.id, status: In(['pending', 'cancelled']), sentAt: IsNull(), stage: Not(In(ISSUE_STAGES)) };
    const sent = await manager.find(Reminder, { where: [{ obligationId: obligation.id, status: Not(In(['pending', 'cancelled'])) }, { obligationId: obligation.id, sentAt: Not(IsNull()) }] });
    await manager.delete(Reminder, unsent);
    const { stages } = await this.policy(obligation.councilId, manager);
    const keep = new Set(sent.map((r) => r.stage));
    const fresh = planReminders(obligation.dueOn, stages, timeZone, from).filter((p) => !keep.has(p.stage));
    await insertRows(manager, Reminder, reminderRows(obligation, fresh));
  }

  /** The obligation was answered or withdrawn: nothing more is sent. */
  async cancel(manager: EntityManager, obligationId: string): Promise<void> {
    await manager.update(Reminder, { obligationId, status: 'pending' }, { status: 'cancelled' });
  }


  /**
   * Enqueues every reminder of the council that is due (and every claim left stale by a process that
   * died). The query walks the (council_id, status, due_at, id) index from where the last page ended
   * (a row-value comparison), so its cost follows the rows due, not the rows stored, even when
   * thousands share one due instant. Job ids are deterministic: sweeping twice, or from two instances, adds one job.
   */
  async sweep(councilId: string): Promise<number> {
    const timed = this.metrics.sweepSeconds.startTimer();
    const now = this.clock.now();
    let enqueued = 0;
    // Pending rows that are due, then claims left stale; each walked in pages along the index.
    // A page's jobs go to Redis while the next page is read: one page in flight at most, and a failure
    // to add them fails the sweep as before.
    let adding: Promise<void> = Promise.resolve();
    try {
      for (const status of ['pending', 'sending'] as const) {
        let after: DuePosition | null = null;
        do {
          // A turn of the event loop first, so that the page in flight reaches Redis before the next
          // is read: SQLite reads on this thread, and would hold its commands back until done.
          await new Promise((resolve) => setImmediate(resolve));
          const page = await this.duePage(councilId, status, now, after);
          await adding;
          if (page.due.length === 0) break;
          adding = this.enqueue(page.due);
          adding.catch(() => undefined); // awaited below or at the next page; not unhandled meanwhile
          enqueued += page.due.length;
          after = page.next;
        } while (after);
      }
    } finally {
      // Whatever happened, nothing is left in flight when the sweep answers.
      await adding.catch(() => undefined);
    }
    await adding;
    if (enqueued > 0) this.logger.log(`Swept council ${councilId}: ${enqueued} reminder(s) enqueued`);
    timed();
    return enqueued;
  }

  /**
   * One page of the sweep: up to SWEEP_BATCH reminders of the council in this status that are due at
   * `now` (pending ones whose retry time has come; claims gone stale), in (due_at, id) order after
   * `after`, and where the next page begins (null when this one was not full).
   */
  async duePage(councilId: string, status: 'pending' | 'sending', now: Date, after: DuePosition | null): Promise<DuePage> {
    const at = now.toISOString();
    // A reminder some recipient deferred waits for its retry time; a claim is taken over once stale.
    const parameters: unknown[] = status === 'pending' ? [councilId, at, at] : [councilId, at, new Date(now.getTime() - STALE_CLAIM_MS).toISOString()];
    if (after) parameters.push(after.dueAt, after.id);
    // Raw rows of a statement written once, as they come: the sweep reads thousands, and making
    // entities (or dates) of them cost as much as the query. Only the last row's instant is needed.
    const due = await DUE_PAGES[status][after ? 'after' : 'first'](this.db.manager, parameters);
    const last = due.length === SWEEP_BATCH ? due[due.length - 1] : null;
    return { due, next: last ? { dueAt: new Date(last.dueAt).toISOString(), id: last.id } : null };
  }

  /**
   * One job per REMINDERS_PER_JOB due reminders, its id made from its reminders and their attempts: the
   * same rows in the same states make the same job, so that sweeping twice, or from two instances,
   * adds it once; after an attempt the counts have moved on, and the next sweep adds a fresh job even
   * if Redis still keeps the old one. A reminder in two jobs (pages cut differently) is sent once: its claim decides.
   */
  private async enqueue(due: DueReminder[]): Promise<void> {
    const jobs = [];
    for (let at = 0; at < due.length; at += REMINDERS_PER_JOB) {
      const page = due.slice(at, at + REMINDERS_PER_JOB);
      const digest = createHash('sha256').update(page.map((r) => `${r.id}.${r.attempts}`).join(' ')).digest('hex').slice(0, 32);
      jobs.push({ name: JOBS.sendReminders.name, data: { reminderIds: page.map((r) => r.id) }, opts: { ...JOBS.sendReminders.options, jobId: jobId(JOBS.sendReminders.name, digest) } });
    }
    // While Redis is down the command waits in ioredis's offline queue: answer the caller after a few
    // seconds instead. The rows stay due, and the waiting command (same job ids) may still land later.
    await withTimeout(this.queue.addBulk(jobs), QUEUE_TIMEOUT_MS);
  }

  /**
   * Claims a page of reminders for sending in one statement: only one worker wins each, whatever the
   * queue did. A claim left by a process that died is taken over once it is stale.
   */
  async claimAll(reminderIds: readonly string[], now = this.clock.now()): Promise<string[]> {
    return claimAllForSending(this.db.manager, Reminder, reminderIds, now);
  }

  /** Every reminder of an obligation of the council, sent or not: the delivery log. */
  async deliveries(councilId: string, obligationId: string): Promise<Reminder[]> {
    if (!(await this.obligations.exists(councilId, obligationId))) throw new NotFoundError('Obligation', obligationId);
    return this.reminders.find({ where: { councilId, obligationId }, order: { dueAt: 'ASC' } });
  }
}

/** A reminder row as a message of the obligation's thread. */
function threadMessage(r: Reminder): ThreadMessage {
  return {
    what: messageName(r.stage),
    status: r.status === 'pending' ? 'planned' : r.status,
    dueAt: r.dueAt,
    sentAt: r.sentAt,
    to: r.recipients?.to ?? [],
    cc: r.recipients?.cc ?? [],
    problems: (r.recipientOutcomes ?? []).filter((o) => o.state !== 'accepted' && o.reply).map((o) => ({ address: o.address, reply: o.reply! })),
    error: r.lastError,
  };
}
