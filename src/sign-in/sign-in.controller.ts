import { Body, Controller, ForbiddenException, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser, Pages, Public, Roles } from '../common/auth/access.decorators.js';
import { EVERYONE, type Principal } from '../common/auth/principal.js';
import { AppConfig } from '../common/config/app-config.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { clearedSessionCookie, sessionCookie, sessionTokenOf, visitorFormMatches, visitorFormToken } from '../common/web/session-cookie.js';
import { SessionsService } from '../councils/sessions.service.js';
import { SignInService } from './sign-in.service.js';
import { IdentityProvidersService } from './identity-providers.service.js';
import { parse, serialize } from 'cookie';
import { normaliseEmail, safeNextPath, SIGN_IN_LINK_MINUTES } from './sign-in.rules.js';

/** The cookie that carries a sign-in through the council's identity provider and back. */
const PENDING_COOKIE = 'scrutineer-provider-sign-in';

const FORM_EXPIRED = 'This form has expired or did not come from this site: go back, reload the page and try again';

/** The sign-in pages: ask for a link, use it, sign out (here or everywhere). */
@Pages()
@Controller()
export class SignInController {
  constructor(
    private readonly signIn: SignInService,
    private readonly sessions: SessionsService,
    private readonly pages: PageRenderer,
    private readonly config: AppConfig,
    private readonly providers: IdentityProvidersService,
  ) {}

  private get secure(): boolean {
    return this.config.publicBaseUrl.startsWith('https:');
  }

  @Get('sign-in')
  @Public()
  async form(@Req() request: Request, @Res() response: Response, @Query('next') next: unknown): Promise<void> {
    this.pages.send(request, response, 'sign-in/pages/sign-in.njk', { title: 'Sign in', next: safeNextPath(next), formToken: visitorFormToken(request, response, this.secure), identityProviders: await this.offered(next) });
  }

  @Post('sign-in')
  @Public()
  @HttpCode(200)
  async ask(@Req() request: Request, @Res() response: Response, @Body() body: Record<string, unknown>): Promise<void> {
    if (!visitorFormMatches(request, this.secure)) throw new ForbiddenException(FORM_EXPIRED);
    const next = safeNextPath(body.next);
    const email = normaliseEmail(body.email);
    if (!email) {
      const message = typeof body.email === 'string' && body.email.trim() ? 'Enter an email address in the correct format, like name@example.com' : 'Enter your email address';
      const errors = [{ text: message, href: '#email' }];
      this.pages.send(request, response, 'sign-in/pages/sign-in.njk', { title: 'Sign in', next, email: body.email, errors, formToken: visitorFormToken(request, response, this.secure), identityProviders: await this.offered(next) }, 400);
      return;
    }
    await this.signIn.sendLinks(email, next);
    this.pages.send(request, response, 'sign-in/pages/check-email.njk', { title: 'Check your email', email, minutes: SIGN_IN_LINK_MINUTES });
  }

  /** Opening the link only asks to confirm: mail scanners that follow links must not spend it. */
  @Get('sign-in/link/:token')
  @Public()
  async confirm(@Req() request: Request, @Res() response: Response, @Param('token') token: string, @Query('next') next: unknown): Promise<void> {
    const state = await this.signIn.check(token);
    if (state !== 'open') return this.linkProblem(request, response, state);
    this.pages.send(request, response, 'sign-in/pages/confirm.njk', { title: 'Sign in to Scrutineer', next: safeNextPath(next), formToken: visitorFormToken(request, response, this.secure) });
  }

  @Post('sign-in/link/:token')
  @Public()
  async use(@Req() request: Request, @Res() response: Response, @Param('token') token: string, @Body() body: Record<string, unknown>): Promise<void> {
    if (!visitorFormMatches(request, this.secure)) throw new ForbiddenException(FORM_EXPIRED);
    const used = await this.signIn.use(token);
    if (used.state !== 'signed-in') return this.linkProblem(request, response, used.state);
    response.append('Set-Cookie', sessionCookie(used.token, used.lifetimeSeconds, this.secure));
    // An outsider (an operator, a shared body's contact) asked for no page in particular lands on their own.
    const next = safeNextPath(body.next);
    response.redirect(303, next === '/' ? used.home : next);
  }

  @Post('sign-out')
  @Roles(...EVERYONE)
  @HttpCode(200)
  async signOut(@Req() request: Request, @Res() response: Response): Promise<void> {
    const token = sessionTokenOf(request, this.secure);
    if (token) await this.sessions.end(token);
    response.append('Set-Cookie', clearedSessionCookie(this.secure));
    this.pages.send(request, response, 'sign-in/pages/signed-out.njk', { title: 'You have signed out', everywhere: false, user: null });
  }

  @Post('sign-out-everywhere')
  @Roles(...EVERYONE)
  @HttpCode(200)
  async signOutEverywhere(@Req() request: Request, @Res() response: Response, @CurrentUser() user: Principal): Promise<void> {
    const ended = await this.sessions.endAll(user);
    response.append('Set-Cookie', clearedSessionCookie(this.secure));
    this.pages.send(request, response, 'sign-in/pages/signed-out.njk', { title: 'You have signed out on every device', everywhere: true, ended, user: null });
  }

  /** Off to the council's identity provider; the sign-in's state goes with the browser, sealed, for the way back. */
  @Get('sign-in/with/:slug')
  @Public()
  async withProvider(@Res() response: Response, @Param('slug') slug: string, @Query('next') next: unknown): Promise<void> {
    const { url, pending } = await this.providers.begin(slug, safeNextPath(next));
    response.append('Set-Cookie', serialize(PENDING_COOKIE, await this.providers.sealPending(pending), { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/sign-in/with/', maxAge: 600 }));
    response.redirect(303, url.href);
  }

  @Get('sign-in/with/:slug/callback')
  @Public()
  async providerCallback(@Req() request: Request, @Res() response: Response, @Param('slug') slug: string): Promise<void> {
    const pending = await this.providers.openPending(parse(request.headers.cookie ?? '')[PENDING_COOKIE]);
    response.append('Set-Cookie', serialize(PENDING_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/sign-in/with/', maxAge: 0 }));
    if (!pending || pending.slug !== slug) {
      return this.pages.send(request, response, 'sign-in/pages/provider-problem.njk', { title: 'Sign-in did not finish', reason: 'expired' }, 400);
    }
    const done = await this.providers.finish(pending, new URL(request.originalUrl, this.config.publicBaseUrl));
    if (done.state === 'signed-in') {
      response.append('Set-Cookie', sessionCookie(done.token, done.lifetimeSeconds, this.secure));
      return response.redirect(303, safeNextPath(pending.next));
    }
    if (done.state === 'not-registered') {
      return this.pages.send(request, response, 'sign-in/pages/provider-problem.njk', { title: 'Your account is not registered with Scrutineer', reason: 'not-registered', email: done.email, council: done.council }, 403);
    }
    this.pages.send(request, response, 'sign-in/pages/provider-problem.njk', { title: 'Sign-in did not finish', reason: 'failed' }, 400);
  }

  private async offered(next: unknown): Promise<{ name: string; href: string }[]> {
    const target = safeNextPath(next);
    return (await this.providers.offered()).map((p) => ({ name: p.name, href: `/sign-in/with/${encodeURIComponent(p.slug)}${target === '/' ? '' : `?next=${encodeURIComponent(target)}`}` }));
  }

  private linkProblem(request: Request, response: Response, state: 'not-valid' | 'expired' | 'used'): void {
    const title = { 'not-valid': 'This sign-in link is not valid', expired: 'This sign-in link has expired', used: 'This sign-in link has already been used' }[state];
    this.pages.send(request, response, 'sign-in/pages/link-problem.njk', { title, state }, state === 'not-valid' ? 404 : 410);
  }
}
