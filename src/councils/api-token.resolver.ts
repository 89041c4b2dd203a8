import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
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

  async resolve(token: string): Promise<Principal | null> {
    const found = await this.tokens.findOne({ where: { tokenHash: hashToken(token), revokedAt: IsNull() }, relations: { user: { council: true } } });
    if (!found?.user) return null;
    return principalOf(found.user);
  }
}
