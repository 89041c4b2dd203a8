import { hash, randomBytes } from 'node:crypto';

const PREFIX = 'scr_';
/** An operator's token: another prefix, so that the guard asks the right table, once. */
export const OPERATOR_PREFIX = 'sco_';

/** A new bearer token: 256 random bits, prefixed so that leaked tokens are easy to recognise. */
export function generateToken(prefix = PREFIX): string {
  return prefix + randomBytes(32).toString('base64url');
}

/**
 * What is stored instead of the token. The token is random and long, so a fast hash is enough
 * (no dictionary to attack) and lets a request find its token by an indexed lookup. One-shot `hash`:
 * a Hash object for 47 bytes cost several times the digest, on every request.
 */
export function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}

export function looksLikeToken(value: string): boolean {
  return value.startsWith(PREFIX) && value.length === PREFIX.length + 43;
}
