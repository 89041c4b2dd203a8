import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { openTransaction } from '../database/transaction-scope.js';
import { Clock } from '../time/clock.js';
import { AppSecret } from './app-secret.entity.js';

/** Secrets the app generates once and shares through the database: the first instance to ask makes it. */
@Injectable()
export class SecretsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SecretsService.name);
  private readonly cache = new Map<string, Promise<string>>();

  constructor(
    private readonly clock: Clock,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * The link key is read before the first request: it is asked for inside transactions (a link is
   * issued with the change that e-mails it), and reading it there would take a second connection from
   * the pool while holding one — with every connection so held, requests waited out the pool's timeout.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.LINK_SECRET) return;
    // The database away at start: the key is read at first use instead.
    await this.linkKey().catch((error: Error) => this.logger.warn(`The link key will be read at first use: ${error.message}`));
  }

  /** The key that signs the links the app e-mails (response and agreement links): LINK_SECRET, else one kept in the database. */
  linkKey(): Promise<string> {
    return this.config.LINK_SECRET ? Promise.resolve(this.config.LINK_SECRET) : this.secret('response-links');
  }

  /** One read for everyone asking at once; a read that failed is tried again by the next to ask. */
  secret(name: string): Promise<string> {
    let value = this.cache.get(name);
    if (!value) {
      // Outside any transaction of the caller's: a key made in one that then rolled back would be lost.
      value = openTransaction.exit(() => this.read(name));
      this.cache.set(name, value);
      value.catch(() => this.cache.delete(name));
    }
    return value;
  }

  /** Made by the first instance to ask, outside any caller's transaction (it must stand whatever that does). */
  private async read(name: string): Promise<string> {
    const repository = this.dataSource.getRepository(AppSecret);
    // Two instances may race to make it: the primary key keeps the first, and both read that one.
    await repository
      .createQueryBuilder()
      .insert()
      .values({ name, value: randomBytes(48).toString('base64url'), createdAt: this.clock.now() })
      .orIgnore()
      .execute();
    return (await repository.findOneByOrFail({ name })).value;
  }
}
