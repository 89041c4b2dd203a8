import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Server } from 'node:http';
import Provider from 'oidc-provider';
import type { Browser, Page } from 'playwright-core';
import { inspectPage, startBrowser, tabTo } from '../support/browser.js';
import { freePort } from '../support/free-port.js';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';

/**
 * A real OpenID Connect provider (oidc-provider), started here, as a council's Microsoft Entra ID
 * would be: its own login page, then consent; any login name is accepted and becomes the address it vouches for.
 */
async function startProvider(redirectUri: string): Promise<{ issuer: string; close(): Promise<void> }> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: 'scrutineer', client_secret: 'provider-secret', redirect_uris: [redirectUri], response_types: ['code'], grant_types: ['authorization_code'] }],
    findAccount: async (_ctx: unknown, id: string) => ({ accountId: id, claims: async () => ({ sub: id, email: id, email_verified: true }) }),
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    conformIdTokenClaims: false,
    cookies: { keys: ['a key for the test provider'] },
  } as ConstructorParameters<typeof Provider>[1]);
  const server: Server = provider.listen(port, '127.0.0.1');
  return { issuer, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe.each(DIALECTS)("signing in through the council's identity provider on %s", (dialect) => {
  let t: TestApp;
  let dartford: TestCouncil;
  let browser: Browser;
  let provider: { issuer: string; close(): Promise<void> };
  let coordinator: { email: string };

  beforeAll(async () => {
    t = await startTestApp(dialect);
    browser = await startBrowser();
    dartford = await t.council('dartford');
    coordinator = (await t.as(dartford.coordinator).get('/api/v1/me')).body;
    provider = await startProvider(`${t.baseUrl}/sign-in/with/dartford/callback`);
  });
  afterAll(async () => {
    await browser?.close();
    await provider?.close();
    await t?.close();
  });

  it('keeps the provider’s settings with the client secret sealed, never shown, and names the redirect URI to register', async () => {
    const bad = await t.as(dartford.coordinator).put('/api/v1/identity-provider', { displayName: '', issuer: 'not a url', clientId: 'scrutineer' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.message)).toMatch(/displayName.*issuer.*clientSecret|issuer/);
    const set = await t.as(dartford.coordinator).put('/api/v1/identity-provider', { displayName: 'Dartford Borough Council account', issuer: provider.issuer, clientId: 'scrutineer', clientSecret: 'provider-secret' });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ displayName: 'Dartford Borough Council account', issuer: provider.issuer, clientId: 'scrutineer', redirectUri: `${t.baseUrl}/sign-in/with/dartford/callback`, updatedAt: expect.any(String) });
    const [row] = await t.dataSource.query('SELECT client_secret_sealed FROM identity_providers');
    expect(row.client_secret_sealed).not.toContain('provider-secret');
  });

  async function throughProvider(page: Page, login: string): Promise<void> {
    await page.goto(`${t.baseUrl}/obligations`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await inspectPage(page, shot('sign-in-with-provider'));
    await tabTo(page, 'a:has-text("Sign in with Dartford Borough Council account")');
    await page.keyboard.press('Enter');
    // The provider's own pages: its login, then its consent.
    await page.waitForSelector('input[name="login"]');
    await page.fill('input[name="login"]', login);
    await page.fill('input[name="password"]', 'anything');
    await page.click('button[type="submit"]');
    await page.waitForSelector('button:has-text("Continue")');
    await page.click('button:has-text("Continue")');
  }
  const shot = (name: string) => `${dialect}-${name}`;

  it('signs a registered co-ordinator in and brings them back to the page they asked for', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await throughProvider(page, coordinator.email.toUpperCase());
    await page.waitForURL(`${t.baseUrl}/obligations`);
    expect(await page.locator('h1').innerText()).toBe('Obligations');
    const session = (await context.cookies()).find((c) => c.name === 'scrutineer-session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    const [row] = await t.dataSource.query(`SELECT signed_in_with FROM sessions ORDER BY created_at DESC LIMIT 1`);
    expect(row.signed_in_with).toBe('oidc');
    await context.close();
  });

  it('refuses someone the provider knows but the council has not registered, and signs nobody in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await throughProvider(page, 'stranger@dartford.gov.uk');
    await page.waitForSelector('h1:has-text("Your account is not registered with Scrutineer")');
    expect(await page.locator('main').innerText()).toContain('stranger@dartford.gov.uk');
    await inspectPage(page, shot('provider-not-registered'));
    expect((await context.cookies()).some((c) => c.name === 'scrutineer-session')).toBe(false);
    await context.close();
  });

  it('refuses a callback that was not started in this browser (no forged or replayed answers)', async () => {
    const forged = await t.http().get('/sign-in/with/dartford/callback?code=abc&state=xyz').set('Accept', 'text/html');
    expect(forged.status).toBe(400);
    expect(forged.text).toContain('Sign-in did not finish');
    expect(forged.headers['set-cookie']?.toString() ?? '').not.toContain('scrutineer-session=');
  });
});
