import { describe, expect, it } from '@jest/globals';
import { readLinkToken, signLinkToken } from './signed-link.js';

const secret = 'a-secret-of-at-least-thirty-two-characters';
const claims = { linkId: '6f1c3a2e-8d4b-4e8a-9c1d-2b3e4f5a6b7c', expiresAt: new Date('2017-09-20T23:00:00Z') };

describe('response link tokens', () => {
  it('reads back what was signed', () => {
    const token = signLinkToken(secret, claims);
    expect(readLinkToken(secret, token)).toEqual(claims);
  });

  it('is the same token for the same link, so a re-sent reminder carries the same link', () => {
    expect(signLinkToken(secret, claims)).toBe(signLinkToken(secret, { ...claims }));
  });

  it('refuses a token whose expiry was moved by hand', () => {
    const token = signLinkToken(secret, claims);
    const [id, seconds, signature] = token.split('.');
    expect(readLinkToken(secret, `${id}.${Number(seconds) + 86_400}.${signature}`)).toBe('tampered');
  });

  it('refuses a token pointing at another link', () => {
    const [, seconds, signature] = signLinkToken(secret, claims).split('.');
    expect(readLinkToken(secret, `7f1c3a2e-8d4b-4e8a-9c1d-2b3e4f5a6b7c.${seconds}.${signature}`)).toBe('tampered');
  });

  it('refuses a token signed with another secret', () => {
    expect(readLinkToken(secret, signLinkToken(`${secret}-other`, claims))).toBe('tampered');
  });

  it('calls anything else malformed', () => {
    for (const token of ['', 'abc', `${claims.linkId}.x.y`, `${signLinkToken(secret, claims)}.extra`]) {
      expect(readLinkToken(secret, token)).toBe('malformed');
    }
  });
});
