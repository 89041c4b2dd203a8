import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { AppConfig } from '../common/config/app-config.js';
import { Metrics } from '../common/observability/metrics.service.js';
import { Clock } from '../common/time/clock.js';
import { dateIn } from '../common/time/dates.js';
import { DEFAULT_COMMITTEE_NAME } from '../councils/committees.service.js';
import { CommitteesService } from '../councils/committees.service.js';
import { MailOutbox } from '../mail/mail-outbox.service.js';
import { MailTemplates } from '../mail/mail-templates.js';
import type { RenderedMail } from '../mail/template.rules.js';
import { MailService } from '../mail/mail.service.js';
import { acceptedBy, giveUpLongDeferred, recordAttempt, settle, stillOwed } from '../mail/delivery.rules.js';
import { holdClaim } from '../common/queue/claim.js';
import { updateStatements } from '../common/database/update-rows.js';
import type { Obligation } from '../obligations/obligations.service.js';
import { persistently } from '../common/database/persistently.js';
import { ObligationsService } from '../obligations/obligations.service.js';
import { ResponseLinksService } from '../response-links/response-links.service.js';
import { Reminder } from './reminder.entity.js';
import { ACKNOWLEDGEMENT_STAGE, acknowledgeBy, recipientsFor, REQUEST_STAGE } from './reminder.rules.js';
import { KIND_LABELS, obligationThread } from '../obligations/obligation.rules.js';
import { copiedBecause, escalation, lead, type RefusedContact, reminderState, sentBefore, type SentEarlier, stageLabel } from './reminder-mail.rules.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { ContactCorrectionLinks } from './contact-correction-links.js';
import { RemindersService } from './reminders.service.js';
import { CouncilsService } from '../councils/councils.service.js';
import { AuthoritiesService } from '../authorities/authorities.service.js';
import { Transactions } from '../common/database/transactions.js';

/** A bound on the rounds of one attempt, whatever the ladder holds: no loop sends without one. */
const MAX_ROUNDS = 10;
/**
 * Obligations of a page whose messages are composed and handed to the mail pool at once (a page holds
 * up to REMINDERS_PER_JOB), so that the pool's connections always have the next message waiting
 * (measured: 10 at once left them idle between messages, ×0.8 of the throughput).
 */
const SENDS_AT_ONCE = 25;

/** What became of a page of reminders. */
export interface PageOutcome {
  sent: number;
  deferred: number;
  /** Claimed elsewhere, sent already, or no longer owed. */
  skipped: number;
  failed: number;
}

/** One reminder's attempt: what to record of it (with the page's), and what to do once recorded. */
interface Attempted {
  id: string;
  outcome: keyof PageOutcome;
  record: Partial<Reminder>;
  afterwards?: () => Promise<void>;
}

/**
 * What a page's reminders share, each read once for the page however many reminders need it: the
 * council's rows (council, co-ordinators, committee, reminder policy, calendar, chair) and each
 * authority with its ladder of contacts.
 */
class PageReads {
  private readonly made = new Map<string, Promise<unknown>>();

  once<T>(key: string, read: () => Promise<T>): Promise<T> {
    let found = this.made.get(key) as Promise<T> | undefined;
    if (!found) {
      found = read();
      this.made.set(key, found);
    }
    return found;
  }
}

/** Answered or withdrawn: nothing more to ask. Acknowledged: no need to chase the acknowledgement. */
function stillAsked(reminder: Reminder, obligation: Obligation): boolean {
  return obligation.status === 'open' && !(reminder.stage === ACKNOWLEDGEMENT_STAGE && obligation.acknowledgedAt);
}

/** Sends claimed reminders, a page at a time, and records their delivery. */
@Injectable()
export class ReminderDeliveryService {
  private readonly logger = new Logger(ReminderDeliveryService.name);

  constructor(
    private readonly obligations: ObligationsService,
    private readonly authorities: AuthoritiesService,
    private readonly councils: CouncilsService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly outbox: MailOutbox,
    private readonly templates: MailTemplates,
    private readonly reminders: RemindersService,
    private readonly links: ResponseLinksService,
    private readonly committees: CommitteesService,
    private readonly db: Transactions,
    private readonly calendar: CalendarService,
    private readonly corrections: ContactCorrectionLinks,
    private readonly metrics: Metrics,
  ) {}

  /** One reminder (a job enqueued before reminders went by the page): a page of one. */
  async send(reminderId: string): Promise<'sent' | 'deferred' | 'skipped'> {
    const outcome = await this.sendPage([reminderId]);
    if (outcome.failed) throw new UnrecoverableError('not delivered: see the reminder');
    return outcome.sent ? 'sent' : outcome.deferred ? 'deferred' : 'skipped';
  }

  /**
   * One attempt at each reminder of a page (a sweep's page, a job). They are claimed in one statement
   * (those claimed elsewhere or sent already are skipped), what they share is read once, the messages
   * go to the mail pool several at a time, and what became of each is recorded in one transaction.
   * Each address is offered a message at most once per attempt; an address that took it earlier is
   * never offered it again; one that deferred it (a 4xx reply) is offered it again at the next attempt,
   * after a backoff, with the same Message-ID. A reminder whose attempt fails unexpectedly stays
   * claimed until its claim goes stale, when the sweep takes it up again; the page's job then fails
   * too, so that the failure is seen.
   */
  async sendPage(reminderIds: readonly string[]): Promise<PageOutcome> {
    // The time of the attempt, taken before sending: a message may be read before its row is updated.
    const attemptedAt = this.clock.now();
    const tally: PageOutcome = { sent: 0, deferred: 0, skipped: 0, failed: 0 };
    const claimed = await this.reminders.claimAll(reminderIds, attemptedAt);
    tally.skipped += reminderIds.length - claimed.length;
    if (claimed.length === 0) return tally;
    const claim = holdClaim(this.db.manager, Reminder, claimed, attemptedAt, this.clock);
    try {
      const db = this.db.manager;
      // The page's reminders and the messages their obligations were sent before, in one read.
      const ofTheirObligations = await db
        .createQueryBuilder(Reminder, 'r')
        .where('r.obligationId IN (SELECT obligation_id FROM reminders WHERE id IN (:...claimed))', { claimed })
        .andWhere('(r.id IN (:...claimed) OR r.sentAt IS NOT NULL)')
        .orderBy('r.sentAt', 'ASC')
        .getMany();
      const isClaimed = new Set(claimed);
      const reminders = ofTheirObligations.filter((r) => isClaimed.has(r.id));
      const byCouncil = new Map<string, Reminder[]>();
      for (const r of reminders) byCouncil.set(r.councilId, [...(byCouncil.get(r.councilId) ?? []), r]);
      const obligations = new Map<string, Obligation>();
      for (const [councilId, theirs] of byCouncil) {
        for (const o of await this.obligations.byIds(councilId, [...new Set(theirs.map((r) => r.obligationId))])) obligations.set(o.id, o);
      }
      const sent = ofTheirObligations.filter((r) => r.sentAt && obligations.has(r.obligationId));
      const reads = new PageReads();
      // Each message's own link, the page's made in one statement: the same link (and so the same
      // message) if a send is repeated. A request's works for its usual time after the due date, so
      // that it serves until the first reminder.
      const owed = reminders.filter((r) => obligations.has(r.obligationId) && stillAsked(r, obligations.get(r.obligationId)!));
      const zones = await Promise.all(owed.map((r) => reads.once(`council ${r.councilId}`, () => this.councils.council(r.councilId)).then((c) => c.timeZone)));
      const issued = await this.links.issueAll(
        owed.map((r, i) => {
          const obligation = obligations.get(r.obligationId)!;
          const sendDay = dateIn(r.dueAt, zones[i]);
          return { obligation, linkId: r.id, from: r.stage === REQUEST_STAGE && obligation.dueOn > sendDay ? obligation.dueOn : sendDay, timeZone: zones[i] };
        }),
      );
      const links = new Map(owed.map((r, i) => [r.id, issued[i]]));
      const problems: unknown[] = [];
      const attempted: Attempted[] = [];
      // An obligation's reminders due together (its request and a stage, say) go one after the other,
      // each knowing what the one before it sent; different obligations' go at once.
      const byObligation = new Map<string, Reminder[]>();
      for (const r of [...reminders].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())) byObligation.set(r.obligationId, [...(byObligation.get(r.obligationId) ?? []), r]);
      const queue = [...byObligation.values()];
      // SENDS_AT_ONCE lanes, each taking the page's next obligation until none is left.
      await Promise.all(
        Array.from({ length: Math.min(SENDS_AT_ONCE, queue.length) }, async () => {
          for (let theirs = queue.shift(); theirs; theirs = queue.shift()) {
            const obligation = obligations.get(theirs[0].obligationId);
            const before = sent.filter((r) => r.obligationId === theirs[0].obligationId);
            for (const reminder of theirs) {
              try {
                if (!obligation) throw new Error(`the obligation ${reminder.obligationId} of reminder ${reminder.id} is not found`);
                const done = await this.attempt(reads, reminder, obligation, before, links.get(reminder.id), attemptedAt);
                attempted.push(done);
                if (done.record.sentAt && !before.some((r) => r.id === reminder.id)) before.push({ ...reminder, ...done.record } as Reminder);
              } catch (error) {
                this.logger.error(`Reminder ${reminder.id}: ${(error as Error).message}`);
                problems.push(error);
              }
            }
          }
        }),
      );
      // Messages the server has taken are recorded however long the database takes to come back.
      // Usually one statement (every record of the page changes the same columns).
      const records = updateStatements(this.db.manager, Reminder, attempted.map((a) => ({ id: a.id, values: a.record })));
      await persistently(() => this.db.atomically(records));
      for (const a of attempted) {
        tally[a.outcome]++;
        this.metrics.reminders.inc({ outcome: a.outcome });
        await a.afterwards?.().catch((error: Error) => this.logger.warn(`Reminder ${a.id}: ${error.message}`));
      }
      if (problems.length) throw problems[0];
      return tally;
    } finally {
      claim.release();
    }
  }

  private async attempt(reads: PageReads, reminder: Reminder, obligation: Obligation, sent: Reminder[], link: { url: string; expiresOn: string } | undefined, attemptedAt: Date): Promise<Attempted> {
    const reminderId = reminder.id;
    const { councilId } = reminder;
    if (!stillAsked(reminder, obligation)) return { id: reminderId, outcome: 'skipped', record: { status: 'cancelled', retryAt: null } };
    if (!link) throw new Error(`no link was made for reminder ${reminderId}`);
    // Every lookup is scoped by the reminder's council: its reminders can never reach another's contacts.
    const [council, { authority, contacts }, coordinators, committee] = await Promise.all([
      reads.once(`council ${councilId}`, () => this.councils.council(councilId)),
      reads.once(`authority ${councilId} ${obligation.authorityId}`, () => this.authorities.get(councilId, obligation.authorityId)),
      reads.once(`coordinators ${councilId}`, () => this.councils.coordinators(councilId)),
      reads.once(`committee ${councilId}`, () => this.committees.scrutinyCommittee(councilId)),
    ]);
    const { timeZone } = council;
    const today = dateIn(attemptedAt, timeZone);
    const chair = reminder.copyChair && committee ? await reads.once(`chair ${committee.id} ${today}`, () => this.committees.chairOn(committee.id, today)) : null;

    const committeeName = committee?.name ?? DEFAULT_COMMITTEE_NAME;
    const domain = this.config.mailDomain;
    const thread = obligationThread(obligation.id, domain);
    // The request opens the obligation's thread; every later message replies to it.
    const isRequest = reminder.stage === REQUEST_STAGE;
    const messageId = isRequest ? thread : `<reminder.${reminder.id}@${domain}>`;
    const earlier: SentEarlier[] = sent
      .filter((r) => r.id !== reminder.id)
      .map((r) => ({ stage: r.stage, level: r.level, sentAt: r.sentAt!, to: r.recipients?.to ?? [] }));
    const coordinator = coordinators[0] ? { name: coordinators[0].name, email: coordinators[0].email } : null;
    // Only the request and its chase name the day to acknowledge by: the ladder's reminders skip these reads.
    const asksAcknowledgement = isRequest || reminder.stage === ACKNOWLEDGEMENT_STAGE;
    const acknowledgeWithin = asksAcknowledgement ? (await reads.once(`policy ${councilId}`, () => this.reminders.policy(councilId))).acknowledgeWithinWorkingDays : null;
    const holidays = acknowledgeWithin ? (await reads.once(`calendar ${councilId}`, () => this.calendar.context(councilId))).holidays : null;
    // To an outside body: the mail door withholds an exempt obligation's text (and its recommendations).
    const content = await this.templates.render(
      isRequest ? 'reminders/request.mail.njk' : reminder.stage === ACKNOWLEDGEMENT_STAGE ? 'reminders/unacknowledged.mail.njk' : 'reminders/reminder.mail.njk',
      {
        committee: committeeName,
        council: council.name,
        authority: authority.name,
        kindLabel: KIND_LABELS[obligation.kind] ?? obligation.kind,
        state: reminderState(reminder.stage),
        lead: lead(reminder.stage, obligation.dueOn),
        obligation: {
          subject: obligation.subject,
          details: obligation.details,
          recommendations: obligation.recommendations,
          issuedOn: obligation.issuedOn,
          dueOn: obligation.dueOn,
          exemptParagraph: obligation.exemptParagraph,
        },
        explanation: obligation.dueExplanation,
        citation: obligation.dueCitation,
        sentBefore: sentBefore(earlier, timeZone),
        escalation: escalation(reminder.level, earlier, obligation, timeZone),
        copied: copiedBecause({ coordinator: reminder.copyCoordinator, chair, dueOn: obligation.dueOn, today, committee: committeeName }),
        acknowledgeBy: acknowledgeWithin && holidays ? acknowledgeBy(obligation.issuedOn, acknowledgeWithin, holidays) : null,
        requestSentOn: dateIn(earlier.find((e) => e.stage === REQUEST_STAGE)?.sentAt ?? obligation.createdAt, timeZone),
        coordinator,
        answerUrl: link.url,
        answerBy: link.expiresOn,
      },
      { councilId: reminder.councilId, audience: 'outside' },
    );
    const notice = async (refused: RefusedContact[], sentTo: string[]) =>
      this.tellCoordinators(
        reminder.councilId,
        coordinators.map((u) => u.email),
        await this.templates.render(
          'reminders/refusal-notice.mail.njk',
          {
            committee: committeeName,
            authority: authority.name,
            subject: obligation.subject,
            stage: stageLabel(reminder.stage),
            // Each refused contact with its own link to the page that corrects it.
            refused: await Promise.all(refused.map(async (c) => ({ ...c, correctUrl: await this.corrections.issue(c.id, today, timeZone) }))),
            sentTo,
          },
          { councilId: reminder.councilId, audience: 'council' },
        ),
      );

    const ladder = contacts.map((c) => ({ ...c, email: c.email.toLowerCase(), failing: c.failingSince !== null }));
    const refused: RefusedContact[] = [];
    /** A contact that refuses for good (5xx, or a deferral given up) is marked failing: the stage moves up the ladder. */
    const markFailing = async (address: string, reply: string) => {
      const contact = ladder.find((c) => c.email === address && !c.failing);
      if (!contact) return false;
      contact.failing = true;
      refused.push({ ...contact, reply });
      await this.authorities.markFailing(authority.id, contact.id, this.clock.now(), reply);
      return true;
    };
    const copies = [...(reminder.copyCoordinator ? coordinators.map((u) => u.email.toLowerCase()) : []), ...(chair ? [chair.email.toLowerCase()] : [])];

    let { outcomes, gaveUp } = giveUpLongDeferred(reminder.recipientOutcomes ?? [], attemptedAt);
    for (const o of gaveUp) await markFailing(o.address, o.reply!);
    // Each round offers the message to the addresses still owed it; a round after the first happens
    // only when a contact refused for good, which marks it failing, so there are at most as many
    // rounds as contacts (and never more than MAX_ROUNDS). No address is offered it twice.
    const offered = new Set<string>();
    let to: string[] = [];
    for (let round = 0; round < MAX_ROUNDS; round++) {
      to = recipientsFor(reminder.level, ladder).map((c) => c.email);
      if (to.length === 0) {
        const reason = refused.length || ladder.length ? `no working contact is left at ${authority.name}` : `${authority.name} has no contact to write to`;
        const told = refused.length ? refused : ladder.filter((c) => c.failing).map((c) => ({ ...c, reply: c.failingReason ?? 'refused' }));
        return { id: reminderId, outcome: 'failed', record: { status: 'failed', lastError: reason, retryAt: null, recipientOutcomes: outcomes }, afterwards: () => notice(told, []) };
      }
      const cc = copies.filter((email) => !to.includes(email));
      const owed = stillOwed([...to, ...cc], outcomes).filter((address) => !offered.has(address));
      if (owed.length === 0) break;
      owed.forEach((address) => offered.add(address));
      const threading = isRequest ? {} : { inReplyTo: thread, references: [thread] };
      const result = await this.mail.deliver({ councilId: reminder.councilId, to, cc, replyTo: coordinators[0]?.email, ...content, messageId, ...threading, envelopeTo: owed });
      outcomes = recordAttempt(outcomes, result, this.clock.now());
      let moved = false;
      for (const r of result.refused) if (to.includes(r.address) && (await markFailing(r.address, r.reply))) moved = true;
      if (result.refused.length || result.deferred.length) {
        this.logger.warn(`Reminder ${reminderId} (${reminder.stage}): ${[...result.refused, ...result.deferred].map((r) => `${r.address}: ${r.reply}`).join('; ')}`);
      }
      if (!moved) break;
    }

    const settlement = settle(outcomes, reminder.attempts, this.clock.now());
    const taken = acceptedBy(outcomes);
    const record: Partial<Reminder> = {
      status: settlement.status,
      retryAt: settlement.retryAt,
      sentAt: reminder.sentAt ?? (taken.length ? attemptedAt : null),
      messageId: taken.length ? messageId : null,
      recipients: { to: taken.filter((a) => !copies.includes(a)), cc: taken.filter((a) => copies.includes(a)) },
      recipientOutcomes: outcomes,
      lastError: settlement.lastError,
    };
    const outcome = settlement.status === 'failed' ? 'failed' : settlement.status === 'pending' ? 'deferred' : 'sent';
    return { id: reminderId, outcome, record, afterwards: refused.length > 0 ? () => notice(refused, taken.filter((a) => to.includes(a))) : undefined };
  }

  /** Through the outbox: the refusal reaches the co-ordinators even when the mail server is refusing now. */
  private async tellCoordinators(councilId: string, emails: string[], content: RenderedMail): Promise<void> {
    const id = await this.db.run((manager) => this.outbox.post(manager, councilId, { to: emails, ...content }));
    await this.outbox.deliver([id]);
  }
}
