import { expect } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { tabTo } from './browser.js';
import type { TestApp } from './test-app.js';

/** The first address of the app in a message's text whose path matches. */
export function linkIn(text: string, path: RegExp): string {
  const match = new RegExp(`http://127\\.0\\.0\\.1:\\d+${path.source}`).exec(text);
  if (!match) throw new Error(`No ${path.source} link in: ${text}`);
  return match[0];
}

/** The sign-in link in an e-mail's text. */
export const signInLinkIn = (text: string): string => linkIn(text, /\/sign-in\/link\/[A-Za-z0-9_-]+(\?next=\S+)?/);

/**
 * Signs in through the pages as a person does, by keyboard: the page asked for sends them to sign in,
 * they type their address, open the e-mailed link, press the button, and are brought back to the page.
 * `onConfirm` sees the confirmation page (to inspect it).
 */
export async function signInThroughPages(t: TestApp, context: BrowserContext, email: string, next = '/', onConfirm?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${t.baseUrl}${next}`);
  expect(new URL(page.url()).pathname).toBe('/sign-in');
  const before = t.smtp.messages.length;
  await tabTo(page, '#email');
  await page.keyboard.type(email);
  await page.keyboard.press('Enter');
  await page.waitForSelector('h1:has-text("Check your email")');
  const mail = await t.smtp.waitFor((m) => t.smtp.messages.indexOf(m) >= before && (m.to as { text: string }).text.includes(email));
  await page.goto(signInLinkIn(mail.text ?? ''));
  if (onConfirm) await onConfirm(page);
  await tabTo(page, 'button.govuk-button');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === new URL(next, t.baseUrl).pathname);
  return page;
}
