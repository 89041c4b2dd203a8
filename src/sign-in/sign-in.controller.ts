import { Body, Controller, ForbiddenException, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser, Pages, Public, Roles } from '../common/auth/access.decorators.js';
import { type Principal, ROLES } from '../common/auth/principal.js';
import { AppConfig } from '../common/config/app-config.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { clearedSessionCookie, sessionCookie, sessionTokenOf, visitorFormMatches, visitorFormToken } from '../common/web/session-cookie.js';
import { SessionsService } from '../councils/sessions.service.js';
import { SignInService } from './sign-in.service.js';
import { normaliseEmail, safeNextPath, SIGN_IN_LINK_MINUTES } from './sign-in.rules.js';

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
  ) {}

  private get secure(): boolean {
    return this.config.publicBaseUrl.startsWith('https:');
  }

  @Get('sign-in')
  @Public()
  form(@Req() request: Request, @Res() response: Response, @Query('next') next: unknown): void {
    this.pages.send(request, response, 'sign-in/pages/sign-in.njk', { title: 'Sign in', next: safeNextPath(next), formToken: visitorFormToken(request, response, this.secure) });
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
      this.pages.send(request, response, 'sign-in/pages/sign-in.njk', { title: 'Sign in', next, email: body.email, errors, formToken: visitorFormToken(request, response, this.secure) }, 400);
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
    response.redirect(303, safeNextPath(body.next));
  }

  @Post('sign-out')
  @Roles(...ROLES)
  @HttpCode(200)
  async signOut(@Req() request: Request, @Res() response: Response): Promise<void> {
    const token = sessionTokenOf(request, this.secure);
    if (token) await this.sessions.end(token);
    response.append('Set-Cookie', clearedSessionCookie(this.secure));
    this.pages.send(request, response, 'sign-in/pages/signed-out.njk', { title: 'You have signed out', everywhere: false, user: null });
  }

  @Post('sign-out-everywhere')
  @Roles(...ROLES)
  @HttpCode(200)
  async signOutEverywhere(@Req() request: Request, @Res() response: Response, @CurrentUser() user: Principal): Promise<void> {
    const ended = await this.sessions.endAll(user.userId);
    response.append('Set-Cookie', clearedSessionCookie(this.secure));
    this.pages.send(request, response, 'sign-in/pages/signed-out.njk', { title: 'You have signed out on every device', everywhere: true, ended, user: null });
  }

  private linkProblem(request: Request, response: Response, state: 'not-valid' | 'expired' | 'used'): void {
    const title = { 'not-valid': 'This sign-in link is not valid', expired: 'This sign-in link has expired', used: 'This sign-in link has already been used' }[state];
    this.pages.send(request, response, 'sign-in/pages/link-problem.njk', { title, state }, state === 'not-valid' ? 404 : 410);
  }
}
