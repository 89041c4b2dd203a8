import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../common/auth/principal.js';
import { Page, pageOf } from '../common/http/pagination.js';
import { Clock } from '../common/time/clock.js';
import { AuditEntry } from './audit-entry.entity.js';

export interface Change {
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
}

/**
 * The service's own trail, kept under no council: what is done outside every council (an operator's or
 * a shared body's contact's sign-in, a shared body registered, its contacts added). The operator reads it.
 */
export const SERVICE_TRAIL = '';

@Injectable()
export class AuditService {
  constructor(
    private readonly clock: Clock,
    @InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>,
  ) {}

  /** Records a change inside the caller's transaction, so the change and its record stand or fall together. */
  async record(manager: EntityManager, actor: Actor, change: Change): Promise<void> {
    await manager.insert(AuditEntry, {
      councilId: actor.councilId,
      actorUserId: actor.userId,
      actor: actor.label,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      before: change.before ? plain(change.before) : null,
      after: change.after ? plain(change.after) : null,
      at: this.clock.now(),
    });
  }

  /** The service's own trail (SERVICE_TRAIL), newest first. */
  async serviceTrail(limit: number, offset: number): Promise<Page<AuditEntry>> {
    const [items, total] = await this.entries.findAndCount({ where: { councilId: SERVICE_TRAIL }, order: { id: 'DESC' }, take: limit, skip: offset });
    return pageOf(items, total);
  }

  async trail(councilId: string, entityType: string, entityId: string, limit: number, offset: number): Promise<Page<AuditEntry>> {
    const [items, total] = await this.entries.findAndCount({
      where: { councilId, entityType, entityId },
      order: { id: 'ASC' },
      take: limit,
      skip: offset,
    });
    return pageOf(items, total);
  }
}

/** A JSON copy without relations or secrets. */
function plain(value: object): object {
  return JSON.parse(
    JSON.stringify(value, (key, v) => (key === 'tokenHash' || key === 'council' || key === 'user' ? undefined : v)),
  );
}
