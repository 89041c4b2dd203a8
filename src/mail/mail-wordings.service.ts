import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { newId } from '../common/database/columns.js';
import { Transactions } from '../common/database/transactions.js';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-errors.js';
import { projectDir } from '../common/files/project-dir.js';
import { Clock } from '../common/time/clock.js';
import { MailWording } from './mail-wording.entity.js';
import { type StandardWording, standardWordingOf, wordingProblems } from './wording.rules.js';

/** One message the app sends, as it ships. */
export interface StandardMessage {
  /** "reminders/reminder.mail.njk" */
  template: string;
  /** The module that sends it: "reminders". */
  module: string;
  /** What the message is, from the comment that opens its template. */
  description: string;
  wording: string;
  uses: StandardWording;
}

/** A message as the council sends it: the standard, and its own wording if it has one. */
export interface CouncilMessage extends StandardMessage {
  own: { wording: string; changedBy: string; changedAt: Date; id: string } | null;
}

/** How long another process may send a wording a co-ordinator has just replaced (this process forgets at once). */
const REREAD_AFTER_MS = 30_000;

const COMMENT = /^\s*\{#\s*([\s\S]*?)\s*#\}/;

/**
 * The door to the councils' own wordings of the app's messages (table `mail_wordings`). The
 * standard messages are the `*.mail.njk` files beside the modules that send them, read once; a
 * council's wording of one is checked by wording.rules.ts (only the plain parts of the template
 * language, only the values the message has) before it is kept, and every change is audited.
 */
@Injectable()
export class MailWordings {
  private readonly standard: Map<string, StandardMessage>;
  private readonly cache = new Map<string, { readAt: number; wordings: ReadonlyMap<string, string> }>();
  /** The read under way for each council: the messages of a page, rendered at once, share one. */
  private readonly reading = new Map<string, Promise<ReadonlyMap<string, string>>>();

  constructor(
    private readonly db: Transactions,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    this.standard = readStandardMessages(join(projectDir(), 'src'));
  }

  /** Every message the app sends, by module and template name. */
  messages(): StandardMessage[] {
    return [...this.standard.values()];
  }

  /**
   * The council's own wordings, by template name: read again at most every 30 seconds of real time
   * (a cache's age, not the council's clock), and the same map until one changes.
   */
  async wordingsOf(councilId: string): Promise<ReadonlyMap<string, string>> {
    const cached = this.cache.get(councilId);
    if (cached && Date.now() - cached.readAt < REREAD_AFTER_MS) return cached.wordings;
    const underWay = this.reading.get(councilId);
    if (underWay) return underWay;
    const reading: Promise<ReadonlyMap<string, string>> = this.read(councilId, cached?.wordings)
      .then((wordings) => {
        // A wording changed while this read was under way is not cached: the next message reads again.
        if (this.reading.get(councilId) === reading) this.cache.set(councilId, { readAt: Date.now(), wordings });
        return wordings;
      })
      .finally(() => {
        if (this.reading.get(councilId) === reading) this.reading.delete(councilId);
      });
    this.reading.set(councilId, reading);
    return reading;
  }

  /** The council's wordings as stored: the map read before when none has changed. */
  private async read(councilId: string, before: ReadonlyMap<string, string> | undefined): Promise<ReadonlyMap<string, string>> {
    const rows = await this.db.manager.find(MailWording, { where: { councilId }, select: { template: true, wording: true } });
    const read = new Map(rows.map((row) => [row.template, row.wording]));
    return before && before.size === read.size && [...read].every(([template, wording]) => before.get(template) === wording) ? before : read;
  }

  /** A wording of the council changed: this process forgets what it had read, and any read under way. */
  private forget(councilId: string): void {
    this.cache.delete(councilId);
    this.reading.delete(councilId);
  }

  async list(councilId: string): Promise<CouncilMessage[]> {
    const own = new Map((await this.db.manager.find(MailWording, { where: { councilId } })).map((row) => [row.template, row]));
    return this.messages().map((message) => ({ ...message, own: ownOf(own.get(message.template)) }));
  }

  async message(councilId: string, template: string): Promise<CouncilMessage> {
    const message = this.standardMessage(template);
    const own = await this.db.manager.findOne(MailWording, { where: { councilId, template } });
    return { ...message, own: ownOf(own) };
  }

  /** Keeps the council's wording of a message, once it is shown to be safe and to use only the message's values. */
  async save(context: CouncilContext, template: string, wording: string): Promise<CouncilMessage> {
    const { actor } = context;
    const message = this.standardMessage(template);
    const problems = wordingProblems(wording, message.uses);
    if (problems.length) throw new InvalidInputError(problems.map((problem) => `wording: ${problem}`));
    await this.db.run(async (manager) => {
      const before = await manager.findOne(MailWording, { where: { councilId: actor.councilId, template } });
      const row = { id: before?.id ?? newId(), councilId: actor.councilId, template, wording, changedBy: actor.label, changedAt: this.clock.now() };
      if (before) await manager.update(MailWording, { id: before.id }, row);
      else await manager.insert(MailWording, row);
      await this.audit.record(manager, actor, {
        action: 'change-mail-wording',
        entityType: 'mail_wording',
        entityId: wordingKey(template),
        before: { template, wording: before?.wording ?? message.wording },
        after: { template, wording },
      });
    });
    this.forget(actor.councilId);
    return this.message(actor.councilId, template);
  }

  /** Goes back to the standard wording of a message (nothing to do if the council never changed it). */
  async restore(context: CouncilContext, template: string): Promise<CouncilMessage> {
    const { actor } = context;
    const message = this.standardMessage(template);
    await this.db.run(async (manager) => {
      const before = await manager.findOne(MailWording, { where: { councilId: actor.councilId, template } });
      if (!before) return;
      await manager.delete(MailWording, { id: before.id });
      await this.audit.record(manager, actor, {
        action: 'restore-mail-wording',
        entityType: 'mail_wording',
        entityId: wordingKey(template),
        before: { template, wording: before.wording },
        after: { template, wording: message.wording },
      });
    });
    this.forget(actor.councilId);
    return this.message(actor.councilId, template);
  }

  private standardMessage(template: string): StandardMessage {
    const message = this.standard.get(template);
    if (!message) throw new NotFoundError('Message', template);
    return message;
  }
}

/** The audit trail's key of a message, the same whoever changes it and however often: "reminders.reminder". */
export const wordingKey = (template: string): string => template.replace(/\.mail\.njk$/, '').replace('/', '.');

const ownOf = (row: MailWording | null | undefined): CouncilMessage['own'] =>
  row ? { id: row.id, wording: row.wording, changedBy: row.changedBy, changedAt: row.changedAt } : null;

/** The `*.mail.njk` files under src/, each with what its opening comment says it is and what it uses. */
function readStandardMessages(src: string): Map<string, StandardMessage> {
  const read = (name: string) => {
    const path = resolve(src, name);
    return path.startsWith(src + '/') && existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  };
  const names = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mail.njk'))
    .sort();
  return new Map(
    names.map((template) => {
      const wording = read(template)!;
      return [
        template,
        {
          template,
          module: template.split('/')[0]!,
          description: COMMENT.exec(wording)?.[1]?.replace(/\s+/g, ' ') ?? template,
          wording,
          uses: standardWordingOf(wording, read),
        },
      ];
    }),
  );
}
