import { Injectable } from '@nestjs/common';
import type { Principal } from './principal.js';

type Resolve = (token: string) => Promise<Principal | null>;

/**
 * Bearer tokens of other kinds than a council user's (`scr_…`), each known by its prefix and resolved
 * by the module that owns it (operators `sco_…`, shared authorities' contacts `sca_…`): the guard asks
 * one table, the right one, once.
 */
@Injectable()
export class TokenKinds {
  private readonly kinds = new Map<string, Resolve>();

  register(prefix: string, resolve: Resolve): void {
    if (!/^[a-z]{3}_$/.test(prefix)) throw new Error(`A token prefix is three letters and an underscore, not ${prefix}`);
    this.kinds.set(prefix, resolve);
  }

  /** The resolver of the token's kind, or undefined for a council user's token (or an unknown kind). */
  resolverFor(token: string): Resolve | undefined {
    return this.kinds.get(token.slice(0, 4));
  }
}
