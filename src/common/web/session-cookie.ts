import { hash, randomBytes, timingSafeEqual } from 'node:crypto';
import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';

/**
 * The cookie of a signed-in browser. Over https it takes the `__Host-` prefix (Secure, whole site,
 * this host only); over plain http (a local install) browsers refuse that prefix, so the name differs.
 */
export const sessionCookieName = (secure: boolean): string => (secure ? '__Host-scrutineer-session' : 'scrutineer-session');

/** The session token the browser sent, if any. */
export function sessionTokenOf(request: Request, secure: boolean): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  return parse(header)[sessionCookieName(secure)] ?? null;
}

/**
 * The Set-Cookie header that gives the browser its session: HttpOnly, SameSite=Lax, Secure behind
 * https, gone when the session would be (a lifetime, not a date, so the browser's clock cannot differ from the server's).
 */
export function sessionCookie(token: string, lifetimeSeconds: number, secure: boolean): string {
  return serialize(sessionCookieName(secure), token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: Math.max(0, Math.floor(lifetimeSeconds)) });
}

/** The Set-Cookie header that clears it. */
export function clearedSessionCookie(secure: boolean): string {
  return serialize(sessionCookieName(secure), '', { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: new Date(0) });
}

/**
 * The token a signed-in browser's forms carry against cross-site request forgery: derived from the
 * session token (which no other site can read), so nothing more is stored, and different from the
 * hash that is stored.
 */
export function csrfTokenFor(sessionToken: string): string {
  return hash('sha256', `csrf\0${sessionToken}`, 'base64url');
}

/** Whether a form or header carried the session's CSRF token (compared in constant time). */
export function csrfMatches(expected: string, sent: unknown): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(sent);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Forms shown before anyone is signed in (asking for a sign-in link, using one) carry a random token
 * that is also in a cookie of this site (double submit): another site can post to them but cannot
 * read or set the cookie, so its posts fail.
 */
const formCookieName = (secure: boolean): string => (secure ? '__Host-scrutineer-form' : 'scrutineer-form');

/** The token the visitor's forms carry; the cookie is set when the visitor has none yet. */
export function visitorFormToken(request: Request, response: Response, secure: boolean): string {
  const existing = request.headers.cookie ? parse(request.headers.cookie)[formCookieName(secure)] : undefined;
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const token = randomBytes(32).toString('base64url');
  response.append('Set-Cookie', serialize(formCookieName(secure), token, { httpOnly: true, sameSite: 'lax', secure, path: '/' }));
  return token;
}

/** Whether a visitor's form came back with its cookie's token. */
export function visitorFormMatches(request: Request, secure: boolean): boolean {
  const cookie = request.headers.cookie ? parse(request.headers.cookie)[formCookieName(secure)] : undefined;
  return !!cookie && csrfMatches(cookie, (request.body as Record<string, unknown> | undefined)?._csrf);
}
