import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * How a domain module reaches the database: a transaction for its changes, the manager for its reads.
 * Modules take this instead of the DataSource (which only the application and the storage
 * infrastructure hold); what they may name through it is their own entities alone, which the boundary
 * rule checks in CI (docs/architecture.md).
 */
@Injectable()
export class Transactions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The work in one transaction: all of it stands, or none. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * The work in the caller's transaction when there is one, else in a new one: so that a command that
   * changes several modules' records (a draw-down scheduled into a work plan item and a report
   * request) makes them stand or fall together.
   */
  inside<T>(within: EntityManager | null | undefined, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return within ? work(within) : this.dataSource.transaction(work);
  }

  /** Reads, and single statements that need no transaction of their own. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }
}
