/** How long an e-mailed sign-in link works. */
export const SIGN_IN_LINK_MINUTES = 20;
/** Links sent to one address in the window below, beyond which more are not sent (a mailbox is not flooded). */
export const LINKS_PER_ADDRESS = 5;
export const LINK_WINDOW_MINUTES = 60;
/**
 * Where to go after signing in: only a path of this site (`/obligations/…`), never another site
 * (`//evil.example`, `https://…`, `/\evil`), so a sign-in link cannot be made to send people away.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || next.length > 500) return '/';
  if (!/^\/(?![/\\])[\x21-\x7e]*$/.test(next)) return '/';
  return next;
}

/** An e-mail address as typed, tidied for comparison (registered addresses are compared case-blind). */
export function normaliseEmail(typed: unknown): string | null {
  if (typeof typed !== 'string') return null;
  const email = typed.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254 ? email : null;
}

/**
 * The address an identity provider vouches for: `email`, or, from Microsoft Entra ID (which often
 * leaves `email` out), the sign-in name `preferred_username` or `upn` when it is an address.
 */
export function emailOfClaims(claims: Record<string, unknown>): string | null {
  for (const claim of ['email', 'preferred_username', 'upn']) {
    const email = normaliseEmail(claims[claim]);
    if (email) return email;
  }
  return null;
}
