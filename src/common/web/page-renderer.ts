import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import nunjucks from 'nunjucks';
import type { Principal } from '../auth/principal.js';
import { projectDir } from '../files/project-dir.js';
import type { IsoDate } from '../time/dates.js';
import { RecentlyUsed } from '../recently-used.js';
import { renderedPageKey } from './rendered-pages.js';
import { dateInWords, daysInWords, instantInWords } from './words.js';

/** What the auth guard leaves on a request that a page needs: who is signed in and their forms' token. */
export interface PageRequest extends Request {
  principal?: Principal;
  csrfToken?: string;
}

/** The folder of govuk-frontend's templates, styles, scripts and assets. */
export const govukFrontendDir = (): string => join(projectDir(), 'node_modules', 'govuk-frontend', 'dist');

/**
 * Renders the pages: Nunjucks templates beside the module that shows them (`<module>/pages/*.njk`),
 * built on the GOV.UK Design System's page template and macros (`govuk/…`), escaped by default.
 * Dates and times are put in words in the council's time zone by filters, never shown raw.
 */
@Injectable()
export class PageRenderer {
  private readonly engine: nunjucks.Environment;
  /** Public pages already rendered (some 20 KB each), by `renderedPageKey`. */
  private readonly publicPages = new RecentlyUsed<string, string>(500);

  constructor() {
    const loader = new nunjucks.FileSystemLoader([join(projectDir(), 'src'), govukFrontendDir()], { noCache: false });
    this.engine = new nunjucks.Environment(loader, { autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
    this.engine.addFilter('dateInWords', (date: IsoDate | null | undefined) => (date ? dateInWords(date) : ''));
    this.engine.addFilter('instantInWords', (instant: Date | string | null | undefined, timeZone: string) =>
      instant ? instantInWords(typeof instant === 'string' ? new Date(instant) : instant, timeZone) : '',
    );
    this.engine.addFilter('days', (count: number) => daysInWords(count));
  }

  /** The page as HTML. */
  render(template: string, values: object): string {
    return this.engine.render(template, values);
  }

  /**
   * Sends a page with what every page shows: who is signed in, the forms' CSRF token, the nonce of
   * the page's one inline script. Pages carry the council's own information: never stored by a cache.
   */
  send(request: Request, response: Response, template: string, values: object = {}, status = 200): void {
    const { principal, csrfToken } = request as PageRequest;
    // A page may say who is shown as signed in (no one, once they have signed out).
    const html = this.render(template, { user: principal ?? null, csrfToken: csrfToken ?? null, currentPath: request.path, ...values });
    response.status(status).set({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).send(html);
  }
  /** Sends a page a signed link opens (its token is in the address): it sends no referrer and is never framed. */
  sendForLink(request: Request, response: Response, template: string, values: object = {}, status = 200): void {
    response.set({ 'Referrer-Policy': 'no-referrer', 'X-Frame-Options': 'DENY' });
    this.send(request, response, template, values, status);
  }

  /** What a signed link's page says when there is nothing to do on it (done, expired, not valid); `values` may name the council and its co-ordinator. */
  sendLinkMessage(request: Request, response: Response, status: number, title: string, paragraphs: string[], values: { council?: { name: string; logo?: string | null } | null; coordinatorEmail?: string | null } = {}): void {
    this.sendForLink(request, response, 'common/web/link-message.njk', { title, paragraphs, ...values }, status);
  }

  /**
   * Sends a page of the public record: no one shown as signed in, no form token, the same HTML for every
   * visitor, so caches may keep it and ask again each time, answered 304 when nothing changed (express's ETag).
   */
  sendPublic(response: Response, template: string, values: object): void {
    // The same values make the same page: rendered once, until they change.
    const key = renderedPageKey(template, values);
    let html = key === null ? undefined : this.publicPages.get(key);
    if (html === undefined) {
      html = this.render(template, { user: null, csrfToken: null, ...values });
      if (key !== null) this.publicPages.set(key, html);
    }
    response.status(200).set({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, no-cache' }).send(html);
  }
}

/**
 * The Content-Security-Policy source of govuk-frontend's one inline script (it marks the page as having
 * JavaScript): its hash, read from the template itself, so that no other inline script runs and every
 * page's HTML is the same from one request to the next (a public page can be answered 304).
 */
export function inlineScriptSource(): string {
  const template = readFileSync(join(govukFrontendDir(), 'govuk', 'template.njk'), 'utf8');
  const script = /<script[^>]*>(document\.body\.className[^<]*)<\/script>/.exec(template)?.[1];
  if (!script) throw new Error("govuk-frontend's template no longer has its inline script where Scrutineer looks for it");
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}
