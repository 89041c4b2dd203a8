import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { IsNull, Not } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';
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

/** Sends one claimed reminder and records its delivery. */
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
  ) {}

  /**
   * One attempt at a reminder. Each address is offered the message at most once per attempt; an
   * address that took it earlier is never offered it again; one that deferred it (a 4xx reply) is
   * offered it again at the next attempt, after a backoff, with the same Message-ID.
   */
  async send(reminderId: string): Promise<'sent' | 'deferred' | 'skipped'> {
    // The time of the attempt, taken before sending: the message may be read before the row is updated.
    const attemptedAt = this.clock.now();
    if (!(await this.reminders.claim(reminderId, attemptedAt))) return 'skipped';
    const claim = holdClaim(this.db.manager, Reminder, reminderId, attemptedAt, this.clock);
    try {
      return await this.attempt(reminderId, attemptedAt);
    } finally {
      claim.release();
    }
  }

  private async attempt(reminderId: string, attemptedAt: Date): Promise<'sent' | 'deferred' | 'skipped'> {
    const db = this.db.manager;
    const reminder = await db.findOneByOrFail(Reminder, { id: reminderId });
    const obligation = await this.obligations.get({ councilId: reminder.councilId, authorityId: null }, reminder.obligationId);
    // Answered or withdrawn: nothing more to ask. Acknowledged: no need to chase the acknowledgement.
    if (obligation.status !== 'open' || (reminder.stage === ACKNOWLEDGEMENT_STAGE && obligation.acknowledgedAt)) {
      await db.update(Reminder, { id: reminderId }, { status: 'cancelled', retryAt: null });
      return 'skipped';
    }
    // Every lookup is scoped by the reminder's council: its reminders can never reach another's contacts.
    const [council, { authority, contacts }, coordinators, committee, sent] = await Promise.all([
      this.councils.council(reminder.councilId),
      this.authorities.get(reminder.councilId, obligation.authorityId),
      this.councils.coordinators(reminder.councilId),
      this.committees.scrutinyCommittee(reminder.councilId),
      db.find(Reminder, { where: { obligationId: obligation.id, sentAt: Not(IsNull()) }, order: { sentAt: 'ASC' } }),
    ]);
    const { timeZone } = council;
    const today = dateIn(attemptedAt, timeZone);
    const chair = reminder.copyChair && committee ? await this.committees.chairOn(committee.id, today) : null;

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
    const acknowledgeWithin = asksAcknowledgement ? (await this.reminders.policy(reminder.councilId)).acknowledgeWithinWorkingDays : null;
    const holidays = acknowledgeWithin ? (await this.calendar.context(reminder.councilId)).holidays : null;
    // The message's own link: the same link (and so the same message) if this send is repeated. The
    // request's works for its usual time after the due date, so that it serves until the first reminder.
    const sendDay = dateIn(reminder.dueAt, timeZone);
    const linkFrom = isRequest && obligation.dueOn > sendDay ? obligation.dueOn : sendDay;
    const link = await this.links.issue(obligation, reminder.id, linkFrom, timeZone);
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
        await persistently(() => db.update(Reminder, { id: reminderId }, { status: 'failed', lastError: reason, retryAt: null, recipientOutcomes: outcomes }));
        await notice(refused.length ? refused : ladder.filter((c) => c.failing).map((c) => ({ ...c, reply: c.failingReason ?? 'refused' })), []);
        throw new UnrecoverableError(reason);
      }
      const cc = copies.filter((email) => !to.includes(email));
      const owed = stillOwed([...to, ...cc], outcomes).filter((address) => !offered.has(address));
      if (owed.length === 0) break;
      owed.forEach((address) => offered.add(address));
      const threading = isRequest ? {} : { inReplyTo: thread, references: [thread] };
      const result = await this.mail.deliver({ to, cc, replyTo: coordinators[0]?.email, ...content, messageId, ...threading, envelopeTo: owed });
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
    await persistently(() =>
      db.update(Reminder, { id: reminderId }, {
        status: settlement.status,
        retryAt: settlement.retryAt,
        sentAt: reminder.sentAt ?? (taken.length ? attemptedAt : null),
        messageId: taken.length ? messageId : null,
        recipients: { to: taken.filter((a) => !copies.includes(a)), cc: taken.filter((a) => copies.includes(a)) },
        recipientOutcomes: outcomes,
        lastError: settlement.lastError,
      }),
    );
    if (refused.length > 0) await notice(refused, taken.filter((a) => to.includes(a)));
    if (settlement.status === 'failed') throw new UnrecoverableError(settlement.lastError ?? 'not delivered');
    return settlement.status === 'pending' ? 'deferred' : 'sent';
  }

  /** Through the outbox: the refusal reaches the co-ordinators even when the mail server is refusing now. */
  private async tellCoordinators(councilId: string, emails: string[], content: RenderedMail): Promise<void> {
    const id = await this.db.run((manager) => this.outbox.post(manager, councilId, { to: emails, ...content }));
    await this.outbox.deliver([id]);
  }
}
