import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { Clock } from '../time/clock.js';
import { AppSecret } from './app-secret.entity.js';

/** Secrets the app generates once and shares through the database: the first instance to ask makes it. */
@Injectable()
export class SecretsService {
  private readonly cache = new Map<string, string>();

  constructor(
    private readonly clock: Clock,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The key that signs the links the app e-mails (response and agreement links): LINK_SECRET, else one kept in the database. */
  linkKey(): Promise<string> {
    return this.config.LINK_SECRET ? Promise.resolve(this.config.LINK_SECRET) : this.secret('response-links');
  }

  async secret(name: string): Promise<string> {
    const cached = this.cache.get(name);
    if (cached) return cached;
    const repository = this.dataSource.getRepository(AppSecret);
    // Two instances may race to make it: the primary key keeps the first, and both read that one.
    await repository
      .createQueryBuilder()
      .insert()
      .values({ name, value: randomBytes(48).toString('base64url'), createdAt: this.clock.now() })
      .orIgnore()
      .execute();
    const { value } = await repository.findOneByOrFail({ name });
    this.cache.set(name, value);
    return value;
  }
}
