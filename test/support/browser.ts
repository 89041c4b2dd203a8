import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, which .ci/run installs (the browser download of Playwright is not used). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium without background traffic (the machine has no outside network). Playwright
 * gives each launch a fresh, temporary profile of its own.
 */
export async function startBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install chromium), as .ci/run does`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const AXE_SOURCE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

/**
 * What axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) finds wrong with the page as it stands: each
 * violation as "rule: the first offending element", so that a failing test says where to look.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated by the browser's debugger, not added as a script: the pages' own policy allows no injected scripts.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run((globalThis as unknown as { document: unknown }).document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ') ?? ''}`);
}

/** Where a run keeps the screenshots of the pages it visited (not committed), for a reviewer to look at. */
export const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/**
 * Looks at the page as a person and a reviewer would: axe-core must find nothing wrong, and a
 * full-page screenshot is kept under test-results/screenshots/<name>.png.
 */
export async function inspectPage(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
  const violations = await accessibilityViolations(page);
  if (violations.length) throw new Error(`axe-core found on ${name} (${page.url()}):\n${violations.join('\n')}`);
}

/**
 * Presses Tab until the element that matches is focused (as a keyboard user reaches it), then returns;
 * fails if it is never reached, so a page that traps or skips the keyboard fails its test.
 */
export async function tabTo(page: Page, selector: string, maxPresses = 80): Promise<void> {
  const target = page.locator(selector).first();
  const focused = () => target.evaluate((element) => element === element.ownerDocument.activeElement);
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await focused()) return;
  }
  throw new Error(`${selector} was not reached with the Tab key in ${maxPresses} presses on ${page.url()}`);
}
