import type { Principal } from './principal.js';

/** A signed-in browser's user, and the token its forms must carry (CSRF). */
export interface SignedIn {
  principal: Principal;
  csrfToken: string;
}

/**
 * The port the auth guard asks to turn a session cookie into its user. The sign-in module, which
 * owns sessions, provides it; `common/` knows no domain.
 */
export abstract class SessionResolver {
  /** The session's user, or null for a session unknown, expired or revoked. */
  abstract resolve(sessionToken: string): Promise<SignedIn | null>;
}
