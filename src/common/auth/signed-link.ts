import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A signed link's token (an authority's response link, a chair's agreement, a co-ordinator's decision): `<link id>.<expiry in epoch seconds>.<HMAC-SHA256 of both>`, base64url.
 * The signature lets a tampered token be refused before the database is asked; the expiry is
 * inside what is signed, so it cannot be extended by hand. Single use is kept by the link's row.
 */
export interface LinkClaims {
  linkId: string;
  expiresAt: Date;
}

export type TokenProblem = 'malformed' | 'tampered';

const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

export function signLinkToken(secret: string, claims: LinkClaims): string {
  const payload = `${claims.linkId}.${Math.floor(claims.expiresAt.getTime() / 1000)}`;
  return `${payload}.${sign(secret, payload)}`;
}

/** The claims of a well-signed token (expired or not: the caller judges expiry), or what is wrong. */
export function readLinkToken(secret: string, token: string): LinkClaims | TokenProblem {
  const match = /^([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return 'malformed';
  const [, linkId, seconds, signature] = match;
  const expected = Buffer.from(sign(secret, `${linkId}.${seconds}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'tampered';
  return { linkId, expiresAt: new Date(Number(seconds) * 1000) };
}
