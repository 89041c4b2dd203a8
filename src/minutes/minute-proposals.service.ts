import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { type CouncilContext, joined } from '../common/auth/council-context.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors/domain-errors.js';
import { dateIn } from '../common/time/dates.js';
import { ObligationsService } from '../obligations/obligations.service.js';
import { WorkPlanService } from '../work-plan/work-plan.service.js';
import type { UndertakingDecisionDto, WorkPlanChangeDecisionDto } from './minutes.dto.js';
import { MinuteItem } from './minutes.entity.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { workPlanChangeProblem } from './minutes.rules.js';
import { MinutesService } from './minutes.service.js';
import { Transactions } from '../common/database/transactions.js';

/**
 * What the minutes propose, decided by the co-ordinator: undertakings become obligations, work plan
 * changes are made in the work plan. Apart from the minutes themselves, which the command line also
 * loads (the demo), because obligations plan reminders on the queue.
 */
@Injectable()
export class MinuteProposalsService {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
    private readonly minutes: MinutesService,
    private readonly workPlan: WorkPlanService,
    private readonly obligations: ObligationsService,
    private readonly db: Transactions,
  ) {}

  /** A confirmed undertaking becomes an obligation (kind undertaking) of the authority that gave it, in the same transaction. */
  async decideUndertaking(context: CouncilContext, itemId: string, index: number, input: UndertakingDecisionDto): Promise<MinuteItem> {
    const { actor } = context;
    const { meeting } = await this.minutes.item(actor.councilId, itemId);
    if (input.decision === 'confirm') {
      const missing = [...(input.authorityId ? [] : ['authorityId: who gave the undertaking']), ...(input.dueOn ? [] : ['dueOn: by when the response is due'])];
      if (missing.length) throw new InvalidInputError(missing.map((m) => `${m} is required to confirm it`));
    }
    const { timeZone } = context;
    return this.decide(context, itemId, 'undertakings', index, async (manager, item, undertaking) => {
      if (input.decision === 'dismiss') return { ...undertaking, state: 'dismissed' };
      const exemptParagraph = await this.exemptParagraphOf(manager, item, input.exemptParagraph);
      const obligation = await this.obligations.create(
        joined(context, manager),
        { kind: 'undertaking', authorityId: input.authorityId!, subject: `Undertaking: ${item.title} (minute ${item.number})`, details: undertaking.text, issuedOn: dateIn(meeting.startsAt, timeZone), dueOn: input.dueOn, meetingId: meeting.id, exemptParagraph },
      );
      return { ...undertaking, state: 'confirmed', obligationId: obligation.id };
    });
  }

  /** A confirmed work plan change is made in the work plan, in the same transaction: a new item, or an item deferred or withdrawn, citing the minute. */
  async decideWorkPlanChange(context: CouncilContext, itemId: string, index: number, input: WorkPlanChangeDecisionDto): Promise<MinuteItem> {
    const { actor } = context;
    const { meeting } = await this.minutes.item(actor.councilId, itemId);
    return this.decide(context, itemId, 'workPlanChanges', index, async (manager, item, change) => {
      if (input.decision === 'dismiss') return { ...change, state: 'dismissed' };
      const problem = workPlanChangeProblem(change.kind, input);
      if (problem) throw new InvalidInputError([problem]);
      // What an exempt minute makes is exempt: the new item, or the reason of the deferral or withdrawal.
      const exemptParagraph = await this.exemptParagraphOf(manager, item, input.exemptParagraph);
      const amendment = { reason: change.text, directedBy: 'The committee', agreedAtMeetingId: meeting.id, resolution: `Minute ${item.number}`, exemptParagraph };
      const place = { meetingId: input.meetingId, season: input.season };
      const workPlanItemId =
        change.kind === 'add'
          ? (await this.workPlan.create(joined(context, manager), { committeeId: meeting.committeeId, title: input.title ?? change.text.slice(0, 300), description: `${change.text} (minute ${item.number})`, basis: 'discretionary', category: 'other', exemptParagraph, ...place })).id
          : change.kind === 'defer'
            ? (await this.workPlan.move(joined(context, manager), input.workPlanItemId!, { ...amendment, ...place })).id
            : (await this.workPlan.cancel(joined(context, manager), input.workPlanItemId!, amendment)).id;
      return { ...change, state: 'confirmed', workPlanItemId };
    });
  }

  /**
   * The Schedule 12A paragraph of what a minute item makes: none for an item taken in public; for one
   * taken in closed session, the paragraph given, else that of its agenda item; else the co-ordinator
   * must say (nothing exempt may be made without one, or it would be published).
   */
  private async exemptParagraphOf(manager: EntityManager, item: MinuteItem, given: number | undefined): Promise<number | undefined> {
    if (!item.exempt) return given;
    const agendaItem = item.agendaItemId ? await this.meetings.agendaItem(item.agendaItemId, manager) : null;
    const paragraph = given ?? agendaItem?.exemptParagraph ?? undefined;
    if (paragraph === undefined) {
      throw new InvalidInputError([`exemptParagraph: minute ${item.number} was taken in closed session; give the Schedule 12A paragraph (1-7) of what it makes, so that it is never published`]);
    }
    return paragraph;
  }

  /**
   * Decides one proposal of a minute item in one transaction with what it makes: the proposal is read
   * again inside it, so a second decision (or a concurrent one) finds it decided and makes nothing.
   */
  private async decide<K extends 'undertakings' | 'workPlanChanges'>(
    { actor }: CouncilContext,
    itemId: string,
    key: K,
    index: number,
    make: (manager: EntityManager, item: MinuteItem, proposal: MinuteItem[K][number]) => Promise<MinuteItem[K][number]>,
  ): Promise<MinuteItem> {
    return this.db.run(async (manager) => {
      const item = await manager.findOneByOrFail(MinuteItem, { id: itemId });
      const proposal = item[key][index];
      if (!proposal) throw new NotFoundError(key === 'undertakings' ? 'Undertaking' : 'Work plan change', `${itemId}/${index}`);
      if (proposal.state !== 'proposed') throw new ConflictError(`The ${key === 'undertakings' ? 'undertaking' : 'work plan change'} is already ${proposal.state}`);
      const decided = await make(manager, item, proposal);
      const list = [...item[key]] as MinuteItem[K][number][];
      list[index] = decided;
      await manager.update(MinuteItem, { id: item.id }, { [key]: list });
      await this.audit.record(manager, actor, { action: `minute-${key === 'undertakings' ? 'undertaking' : 'work-plan-change'}-${decided.state === 'confirmed' ? 'confirm' : 'dismiss'}`, entityType: 'minute_item', entityId: item.id, before: item, after: { ...item, [key]: list } });
      return { ...item, [key]: list };
    });
  }
}
