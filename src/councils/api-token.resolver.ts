import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../common/auth/principal.js';
import { TokenResolver } from '../common/auth/token-resolver.js';
import { hashToken } from '../common/auth/tokens.js';
import { ApiToken } from './api-token.entity.js';
import { rawRead } from '../common/database/raw-sql.js';

/** Raw rows: on every request of a script, the query builder and entities cost more than the query. */
const tokenRow = rawRead<Principal & { councilName: string; suspendedAt: string | null; revision: number | string }>(
  `SELECT u.id AS "userId", u.council_id AS "councilId", u.role AS role, u.authority_id AS "authorityId", u.email AS email, u.name AS name,
          c.time_zone AS "timeZone", c.name AS "councilName", c.suspended_at AS "suspendedAt", c.data_revision AS revision
     FROM api_tokens t JOIN users u ON u.id = t.user_id JOIN councils c ON c.id = u.council_id
    WHERE t.token_hash = ? AND t.revoked_at IS NULL`,
);

/** Bearer tokens, found by their SHA-256 hash (the token itself is never stored). */
@Injectable()
export class ApiTokenResolver extends TokenResolver {
  constructor(@InjectRepository(ApiToken) private readonly tokens: Repository<ApiToken>) {
    super();
  }

  /**
   * One indexed query (the token's hash is unique), joined to its user and council: `findOne` with
   * relations would ask twice (ids first, then rows), on every request. A token that is not found costs
   * the same one query. The council's data revision comes with it, so that a kept plan is checked
   * without a second read.
   */
  async resolve(token: string): Promise<Principal | null> {
    const [found] = await tokenRow(this.tokens.manager, [hashToken(token)]);
    if (!found) return null;
    const { userId, councilId, role, authorityId, email, name, timeZone, councilName, suspendedAt, revision } = found;
    return { userId, councilId, role, authorityId, email, name, timeZone, councilName, councilSuspended: suspendedAt !== null, dataRevision: Number(revision) };
  }
}
