import type { Principal } from './principal.js';

/**
 * The port the auth guard asks to turn a bearer token into its user. The councils module, which owns
 * users and their tokens, provides it; `common/` knows no domain.
 */
export abstract class TokenResolver {
  /** The principal of a token, or null for a token unknown or revoked. */
  abstract resolve(token: string): Promise<Principal | null>;
}

