import { describe, expect, it } from '@jest/globals';
import { clearedSessionCookie, csrfMatches, csrfTokenFor, sessionCookie, sessionCookieName } from './session-cookie.js';

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Lax, Secure with the __Host- prefix behind https', () => {
    const cookie = sessionCookie('abc', 12 * 3600, true);
    expect(cookie).toMatch(/^__Host-scrutineer-session=abc;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain('Max-Age=43200');
  });

  it('has no Secure flag and no prefix over plain http', () => {
    const cookie = sessionCookie('abc', 3600, false);
    expect(cookie.startsWith(`${sessionCookieName(false)}=abc;`)).toBe(true);
    expect(cookie).not.toContain('Secure');
    expect(clearedSessionCookie(false)).toContain('Expires=Thu, 01 Jan 1970');
  });
});

describe('the forms’ CSRF token', () => {
  it('is the session’s own, and nothing else matches it', () => {
    const token = csrfTokenFor('session-one');
    expect(csrfMatches(token, token)).toBe(true);
    expect(csrfMatches(token, csrfTokenFor('session-two'))).toBe(false);
    expect(csrfMatches(token, undefined)).toBe(false);
    expect(csrfMatches(token, '')).toBe(false);
  });
});
