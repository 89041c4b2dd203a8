import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CalendarService } from '../calendar/calendar.service.js';
import type { Actor } from '../common/auth/principal.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors/domain-errors.js';
import { dateIn } from '../common/time/dates.js';
import { ObligationsService } from '../obligations/obligations.service.js';
import { WorkPlanService } from '../work-plan/work-plan.service.js';
import type { UndertakingDecisionDto, WorkPlanChangeDecisionDto } from './minutes.dto.js';
import { MinuteItem, type Undertaking } from './minutes.entity.js';
import { MinutesService } from './minutes.service.js';

/**
 * What the minutes propose, decided by the co-ordinator: undertakings become obligations, work plan
 * changes are made in the work plan. Apart from the minutes themselves, which the command line also
 * loads (the demo), because obligations plan reminders on the queue.
 */
@Injectable()
export class MinuteProposalsService {
  constructor(
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly minutes: MinutesService,
    private readonly workPlan: WorkPlanService,
    private readonly obligations: ObligationsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** A confirmed undertaking becomes an obligation (kind undertaking) of the authority that gave it. */
  async decideUndertaking(actor: Actor, itemId: string, index: number, input: UndertakingDecisionDto): Promise<MinuteItem> {
    const { item, meeting } = await this.minutes.item(actor.councilId, itemId);
    const undertaking = item.undertakings[index];
    if (!undertaking) throw new NotFoundError('Undertaking', `${itemId}/${index}`);
    if (undertaking.state !== 'proposed') throw new ConflictError(`The undertaking is already ${undertaking.state}`);
    let decided: Undertaking = { ...undertaking, state: 'dismissed' };
    if (input.decision === 'confirm') {
      const missing = [...(input.authorityId ? [] : ['authorityId: who gave the undertaking']), ...(input.dueOn ? [] : ['dueOn: by when the response is due'])];
      if (missing.length) throw new InvalidInputError(missing.map((m) => `${m} is required to confirm it`));
      const { timeZone } = await this.calendar.context(actor.councilId);
      const obligation = await this.obligations.create(actor, {
        kind: 'undertaking',
        authorityId: input.authorityId!,
        subject: `Undertaking: ${item.title} (minute ${item.number})`,
        details: undertaking.text,
        issuedOn: dateIn(meeting.startsAt, timeZone),
        dueOn: input.dueOn,
        meetingId: meeting.id,
      });
      decided = { ...undertaking, state: 'confirmed', obligationId: obligation.id };
    }
    return this.replaceProposal(actor, item, 'undertakings', index, decided);
  }

  /** A confirmed work plan change is made in the work plan: a new item, or an item deferred or withdrawn, citing the minute. */
  async decideWorkPlanChange(actor: Actor, itemId: string, index: number, input: WorkPlanChangeDecisionDto): Promise<MinuteItem> {
    const { item, meeting } = await this.minutes.item(actor.councilId, itemId);
    const change = item.workPlanChanges[index];
    if (!change) throw new NotFoundError('Work plan change', `${itemId}/${index}`);
    if (change.state !== 'proposed') throw new ConflictError(`The work plan change is already ${change.state}`);
    if (input.decision === 'dismiss') return this.replaceProposal(actor, item, 'workPlanChanges', index, { ...change, state: 'dismissed' });
    const amendment = { reason: change.text, directedBy: 'The committee', agreedAtMeetingId: meeting.id, resolution: `Minute ${item.number}` };
    let workPlanItemId: string;
    if (change.kind === 'add') {
      if (!input.meetingId && !input.season) throw new InvalidInputError(['meetingId or season: where the new item goes']);
      const created = await this.workPlan.create(actor, {
        committeeId: meeting.committeeId,
        title: input.title ?? change.text.slice(0, 300),
        description: `${change.text} (minute ${item.number})`,
        basis: 'discretionary',
        category: 'other',
        meetingId: input.meetingId,
        season: input.season,
      });
      workPlanItemId = created.id;
    } else {
      if (!input.workPlanItemId) throw new InvalidInputError([`workPlanItemId: the work plan item to ${change.kind === 'defer' ? 'defer' : 'withdraw'}`]);
      if (change.kind === 'defer') {
        if (!input.meetingId && !input.season) throw new InvalidInputError(['meetingId or season: where the item is deferred to']);
        await this.workPlan.move(actor, input.workPlanItemId, { ...amendment, meetingId: input.meetingId, season: input.season });
      } else {
        await this.workPlan.cancel(actor, input.workPlanItemId, amendment);
      }
      workPlanItemId = input.workPlanItemId;
    }
    return this.replaceProposal(actor, item, 'workPlanChanges', index, { ...change, state: 'confirmed', workPlanItemId });
  }

  private async replaceProposal<K extends 'undertakings' | 'workPlanChanges'>(actor: Actor, item: MinuteItem, key: K, index: number, value: MinuteItem[K][number]): Promise<MinuteItem> {
    return this.dataSource.transaction(async (manager) => {
      const list = [...item[key]] as MinuteItem[K][number][];
      list[index] = value;
      await manager.update(MinuteItem, { id: item.id }, { [key]: list });
      await this.audit.record(manager, actor, { action: `minute-${key === 'undertakings' ? 'undertaking' : 'work-plan-change'}-${value.state === 'confirmed' ? 'confirm' : 'dismiss'}`, entityType: 'minute_item', entityId: item.id, before: item, after: { ...item, [key]: list } });
      return { ...item, [key]: list };
    });
  }
}
