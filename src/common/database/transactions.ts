import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { fromReplica, inTransaction, openTransaction, scopeStatementsToOpenTransaction } from './transaction-scope.js';

/** A statement and its parameters. */
export interface Statement {
  sql: string;
  parameters: unknown[];
}

type AfterCommit = () => Promise<unknown>;

/**
 * How a domain module reaches the database: a transaction for its changes, the manager for its reads.
 * Modules take this instead of the DataSource (which only the application and the storage
 * infrastructure hold); what they may name through it is their own entities alone, which the boundary
 * rule checks in CI (docs/architecture.md).
 */
@Injectable()
export class Transactions {
  private readonly logger = new Logger(Transactions.name);
  /** Work to do once a transaction has committed, by the query runner that holds it. */
  private readonly pending = new WeakMap<QueryRunner, AfterCommit[]>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    if (dataSource.options.type === 'postgres') scopeStatementsToOpenTransaction(dataSource);
    const subscriber: EntitySubscriberInterface = {
      // A savepoint released inside a transaction is broadcast too: only the outermost commit counts.
      afterTransactionCommit: ({ queryRunner }) => {
        if (queryRunner.isTransactionActive) return;
        const work = this.pending.get(queryRunner) ?? [];
        this.pending.delete(queryRunner);
        // Begun once the transaction has let go of its connection (SQLite has one, shared through a
        // gate): work that opens a transaction of its own must not wait for the one that is ending.
        // Outside the ended transaction's scope: its work opens transactions and reads of its own.
        if (work.length) openTransaction.exit(() => setImmediate(() => void this.runAll(work)));
      },
      afterTransactionRollback: ({ queryRunner }) => {
        if (!queryRunner.isTransactionActive) this.pending.delete(queryRunner);
      },
    };
    (dataSource.subscribers as EntitySubscriberInterface[]).push(subscriber);
  }

  /** The change stands whatever happens here: what this work does must be owed in the database already. */
  private async runAll(work: AfterCommit[]): Promise<void> {
    for (const step of work) await step().catch((error: Error) => this.logger.warn(`After a commit: ${error.message}`));
  }

  /**
   * Statements that stand or fall together: one alone (atomic on its own: no BEGIN and COMMIT, two
   * round trips fewer on PostgreSQL), more in one transaction.
   */
  async atomically(statements: readonly Statement[]): Promise<void> {
    if (statements.length === 1) await this.manager.query(statements[0]!.sql, statements[0]!.parameters);
    else if (statements.length > 1) await this.run(async (manager) => {
      for (const { sql, parameters } of statements) await manager.query(sql, parameters);
    });
  }

  /** The work in one transaction: all of it stands, or none. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    // Whatever the work reads or writes, by whatever route, is in this transaction (transaction-scope.ts).
    // A transaction is the primary's, even in work that reads from the replica.
    return fromReplica.exit(() => this.dataSource.transaction((manager) => inTransaction(manager.queryRunner!, () => work(manager))));
  }

  /**
   * The work in the caller's transaction when there is one, else in a new one: so that a command that
   * changes several modules' records (a draw-down scheduled into a work plan item and a report
   * request) makes them stand or fall together.
   */
  inside<T>(within: EntityManager | null | undefined, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return within ? work(within) : this.run(work);
  }

  /**
   * Work that may only begin once the manager's transaction has committed (sending what it wrote down
   * as owed), and is forgotten if it rolls back; outside a transaction, at once. It must be a hastening
   * only: what it does is already owed in the committed rows, and a sweep does it if this does not.
   */
  async afterCommit(manager: EntityManager, work: AfterCommit): Promise<void> {
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive) {
      this.pending.set(runner, [...(this.pending.get(runner) ?? []), work]);
      return;
    }
    await work().catch((error: Error) => this.logger.warn(`After a change: ${error.message}`));
  }

  /** Reads, and single statements that need no transaction of their own (inside `run`, they are in its transaction). */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }
}
