import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { AuthorityContact } from '../authorities/authority-contact.entity.js';
import { Authority } from '../authorities/authority.entity.js';
import { AppConfig } from '../common/config/app-config.js';
import { Clock } from '../common/time/clock.js';
import { dateIn } from '../common/time/dates.js';
import { DEFAULT_COMMITTEE_NAME } from '../councils/committee.entity.js';
import { CommitteesService } from '../councils/committees.service.js';
import { Council } from '../councils/council.entity.js';
import { User } from '../councils/user.entity.js';
import { MailOutbox } from '../mail/mail-outbox.service.js';
import { MailService, type Rejection, rejectionsOf } from '../mail/mail.service.js';
import { Obligation } from '../obligations/obligation.entity.js';
import { ResponseLinksService } from '../response-links/response-links.service.js';
import { Reminder } from './reminder.entity.js';
import { recipientsFor } from './reminder.rules.js';
import { composeRefusalNotice, composeReminder, type RefusedContact } from './reminder.template.js';
import { RemindersService } from './reminders.service.js';

/** Sends one claimed reminder and records its delivery. */
@Injectable()
export class ReminderDeliveryService {
  private readonly logger = new Logger(ReminderDeliveryService.name);

  constructor(
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly outbox: MailOutbox,
    private readonly reminders: RemindersService,
    private readonly links: ResponseLinksService,
    private readonly committees: CommitteesService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async send(reminderId: string): Promise<'sent' | 'skipped'> {
    // The time of the attempt, taken before sending: the message may be read before the row is updated.
    const attemptedAt = this.clock.now();
    if (!(await this.reminders.claim(reminderId))) return 'skipped';
    const db = this.dataSource.manager;
    const reminder = await db.findOneByOrFail(Reminder, { id: reminderId });
    const obligation = await db.findOneByOrFail(Obligation, { id: reminder.obligationId, councilId: reminder.councilId });
    if (obligation.status !== 'open') {
      await db.update(Reminder, { id: reminderId }, { status: 'cancelled' });
      return 'skipped';
    }
    // Every lookup is scoped by the reminder's council: its reminders can never reach another's contacts.
    const [council, authority, contacts, coordinators, committee, earlier] = await Promise.all([
      db.findOneByOrFail(Council, { id: reminder.councilId }),
      db.findOneByOrFail(Authority, { id: obligation.authorityId, councilId: reminder.councilId }),
      db.find(AuthorityContact, { where: { authorityId: obligation.authorityId }, order: { escalationLevel: 'ASC', name: 'ASC' } }),
      db.find(User, { where: { councilId: reminder.councilId, role: 'coordinator' }, order: { createdAt: 'ASC' } }),
      this.committees.scrutinyCommittee(reminder.councilId),
      db.find(Reminder, { where: { obligationId: obligation.id, status: 'sent' }, order: { sentAt: 'ASC' } }),
    ]);
    const chair = reminder.copyChair && committee
      ? ((await this.committees.membersOn(committee.id, dateIn(attemptedAt, council.timeZone))).find((m) => m.role === 'chair') ?? null)
      : null;

    const committeeName = committee?.name ?? DEFAULT_COMMITTEE_NAME;
    const domain = this.config.mailDomain;
    const thread = `<obligation.${obligation.id}@${domain}>`;
    const messageId = `<reminder.${reminder.id}@${domain}>`;
    // The reminder's own link: the same link (and so the same message) if this send is repeated.
    const link = await this.links.issue(obligation, reminder.id, dateIn(reminder.dueAt, council.timeZone), council.timeZone);
    const content = composeReminder({
      committee: committeeName,
      council: council.name,
      authority: authority.name,
      kind: obligation.kind,
      subject: obligation.subject,
      details: obligation.details,
      issuedOn: obligation.issuedOn,
      dueOn: obligation.dueOn,
      explanation: obligation.dueExplanation,
      citation: obligation.dueCitation,
      stage: reminder.stage,
      sentBefore: earlier.filter((r) => r.id !== reminder.id).map((r) => ({ stage: r.stage, sentOn: dateIn(r.sentAt!, council.timeZone) })),
      coordinatorEmail: coordinators[0]?.email ?? null,
      answerUrl: link.url,
      answerBy: link.expiresOn,
    });
    const notice = (refused: RefusedContact[], sentTo: string[]) =>
      this.tellCoordinators(reminder.councilId, coordinators.map((u) => u.email), composeRefusalNotice({
        committee: committeeName,
        authority: authority.name,
        authorityId: authority.id,
        subject: obligation.subject,
        stage: reminder.stage,
        refused,
        sentTo,
      }));

    // A contact the server refuses for good is marked failing, and the stage goes at once to the next
    // working contact on the ladder; each round marks at least one more, so the loop ends.
    const ladder = contacts.map((c) => ({ ...c, failing: c.failingSince !== null }));
    const refused: RefusedContact[] = [];
    for (;;) {
      const to = recipientsFor(reminder.level, ladder).map((c) => c.email);
      if (to.length === 0) {
        const reason = refused.length || ladder.length ? `no working contact is left at ${authority.name}` : `${authority.name} has no contact to write to`;
        await db.update(Reminder, { id: reminderId }, { status: 'failed', lastError: reason });
        await notice(refused.length ? refused : ladder.filter((c) => c.failing).map((c) => ({ ...c, reply: c.failingReason ?? 'refused' })), []);
        throw new UnrecoverableError(reason);
      }
      const cc = [
        ...(reminder.copyCoordinator ? coordinators.map((u) => u.email) : []),
        ...(chair ? [chair.email] : []),
      ].filter((email) => !to.includes(email));

      let rejections: Rejection[];
      try {
        ({ rejections } = await this.mail.send({ to, cc, replyTo: coordinators[0]?.email, ...content, messageId, inReplyTo: thread, references: [thread] }));
      } catch (error) {
        rejections = rejectionsOf(error);
        if (!rejections.some((r) => r.permanent && to.includes(r.address))) {
          // Anything else (server down, a temporary refusal) waits: the claim is released and retried.
          const message = (error as Error).message;
          await db.update(Reminder, { id: reminderId }, { status: 'pending', lastError: message });
          this.logger.warn(`Reminder ${reminderId} (${reminder.stage}) not sent: ${message}`);
          throw error;
        }
      }
      const refusedNow = rejections.filter((r) => r.permanent && to.includes(r.address));
      if (refusedNow.length > 0) {
        const failingSince = this.clock.now();
        for (const rejection of refusedNow) {
          const contact = ladder.find((c) => c.email === rejection.address)!;
          contact.failing = true;
          refused.push({ ...contact, reply: rejection.reply });
          await db.update(AuthorityContact, { id: contact.id, authorityId: authority.id }, { failingSince, failingReason: rejection.reply });
        }
        this.logger.warn(`Reminder ${reminderId}: ${refusedNow.map((r) => `${r.address} refused (${r.reply})`).join('; ')}`);
      }
      const delivered = to.filter((email) => !rejections.some((r) => r.address === email));
      if (delivered.length === 0) continue;

      await db.update(Reminder, { id: reminderId }, {
        status: 'sent',
        sentAt: attemptedAt,
        messageId,
        recipients: { to: delivered, cc },
        lastError: refused.length ? refused.map((c) => `${c.email} refused: ${c.reply}`).join('; ') : null,
      });
      if (refused.length > 0) await notice(refused, delivered);
      return 'sent';
    }
  }

  /** Through the outbox: the refusal reaches the co-ordinators even when the mail server is refusing now. */
  private async tellCoordinators(councilId: string, emails: string[], content: { subject: string; text: string }): Promise<void> {
    const id = await this.dataSource.transaction((manager) => this.outbox.post(manager, councilId, { to: emails, ...content }));
    await this.outbox.deliver([id]);
  }
}
