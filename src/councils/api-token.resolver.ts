import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../common/auth/principal.js';
import { TokenResolver } from '../common/auth/token-resolver.js';
import { hashToken } from '../common/auth/tokens.js';
import { ApiToken } from './api-token.entity.js';
import { principalOf } from './user.entity.js';

/** Bearer tokens, found by their SHA-256 hash (the token itself is never stored). */
@Injectable()
export class ApiTokenResolver extends TokenResolver {
  constructor(@InjectRepository(ApiToken) private readonly tokens: Repository<ApiToken>) {
    super();
  }

  /**
   * One indexed query (the token's hash is unique), joined to its user and council: `findOne` with
   * relations would ask twice (ids first, then rows), on every request. A token that is not found costs
   * the same one query.
   */
  async resolve(token: string): Promise<Principal | null> {
    const found = await this.tokens
      .createQueryBuilder('token')
      .innerJoinAndSelect('token.user', 'user')
      .innerJoinAndSelect('user.council', 'council')
      .where('token.tokenHash = :hash AND token.revokedAt IS NULL', { hash: hashToken(token) })
      .getOne();
    if (!found?.user) return null;
    return principalOf(found.user);
  }
}
