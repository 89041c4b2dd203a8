import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  HttpException,
  HttpStatus,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { PAGES_KEY, PUBLIC_KEY, ROLES_KEY } from './access.decorators.js';
import { FailedAuthLimiter } from './failed-auth-limiter.js';
import type { Access, Principal } from './principal.js';
import { type CouncilContext, userContext } from './council-context.js';
import { Clock } from '../time/clock.js';
import { TokenKinds } from './token-kinds.js';
import { TokenResolver } from './token-resolver.js';
import { SessionResolver } from './session-resolver.js';
import { AppConfig } from '../config/app-config.js';
import { csrfMatches, sessionTokenOf } from '../web/session-cookie.js';

/** A visitor to a page who is not signed in: the error filter sends them to sign in, and back. */
export class SignInRequired extends UnauthorizedException {
  constructor() {
    super('Sign in to see this page');
  }
}

interface RouteAccess {
  page: boolean;
  open: boolean;
  roles: Access[] | undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one gate of every route: resolves the bearer token (scripts) or the session cookie (a signed-in
 * browser) to its user (401; 429 once an address has failed too often with tokens, but never for a
 * valid token), then checks the route's roles (403). A browser's change must carry its session's CSRF
 * token (403 without). A route that declares neither @Roles nor @Public is refused, so a forgotten
 * decorator can never open a route.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);
  private readonly accessOf = new WeakMap<object, RouteAccess>();

  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: FailedAuthLimiter,
    private readonly tokens: TokenResolver,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly sessions: SessionResolver,
    private readonly kinds: TokenKinds,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { page, open, roles } = this.access(context.getHandler(), context.getClass());
    // Errors of a page (the sign-in it needs, a role it refuses) are answered as pages.
    if (page) (context.switchToHttp().getRequest<Request & { asPage?: boolean }>()).asPage = true;
    if (open) return true;

    const request = context.switchToHttp().getRequest<Request & { principal?: Principal; councilContext?: CouncilContext; csrfToken?: string }>();
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const principal = token ? await this.bearer(context, request, token) : await this.session(context, request);
    if (principal.councilSuspended) throw new ForbiddenException(`${principal.councilName ?? 'This council'}'s use of Scrutineer is suspended; the service's operator can say why`);
    request.principal = principal;
    request.councilContext = userContext(principal, this.clock.now());

    if (!roles) {
      this.logger.error(`Route ${request.method} ${request.path} declares no roles; refused`);
      throw new ForbiddenException('This route is not open to any role');
    }
    if (!roles.includes(principal.role)) {
      throw new ForbiddenException(`This needs the role ${roles.join(' or ')}; you act as ${principal.role}`);
    }
    return true;
  }

  /** What a route's decorators say of who may use it, read once per route (they never change). */
  private access(handler: object, controller: object): RouteAccess {
    let access = this.accessOf.get(handler);
    if (!access) {
      const targets = [handler, controller] as [() => void, () => void];
      access = {
        page: this.reflector.getAllAndOverride<boolean>(PAGES_KEY, targets) === true,
        open: this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true,
        roles: this.reflector.getAllAndOverride<Access[] | undefined>(ROLES_KEY, targets),
      };
      this.accessOf.set(handler, access);
    }
    return access;
  }

  private async bearer(context: ExecutionContext, request: Request, token: string): Promise<Principal> {
    const ofAnotherKind = this.kinds.resolverFor(token);
    const principal = ofAnotherKind ? await ofAnotherKind(token) : await this.tokens.resolve(token);
    if (principal) return principal;
    // The client's address as TRUST_PROXY lets Express read it (X-Forwarded-For from a trusted proxy).
    const waitMs = this.limiter.recordFailure(request.ip ?? request.socket.remoteAddress ?? 'unknown');
    if (waitMs > 0) {
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', Math.ceil(waitMs / 1000));
      throw new HttpException('Too many failed authentication attempts from this address; try again later', HttpStatus.TOO_MANY_REQUESTS);
    }
    throw new UnauthorizedException('The bearer token is not valid');
  }

  /** A browser's session; an expired cookie is not an attack, so it counts no failure. */
  private async session(context: ExecutionContext, request: Request & { csrfToken?: string }): Promise<Principal> {
    const sessionToken = sessionTokenOf(request, this.config.publicBaseUrl.startsWith('https:'));
    const signedIn = sessionToken ? await this.sessions.resolve(sessionToken) : null;
    if (!signedIn) {
      if ((request as { asPage?: boolean }).asPage) throw new SignInRequired();
      throw new UnauthorizedException('A bearer token is required (Authorization: Bearer <token>)');
    }
    if (!SAFE_METHODS.has(request.method)) {
      // A file upload's body is read after the guard, so its form carries the token in its address instead.
      const multipart = (request.headers['content-type'] ?? '').startsWith('multipart/form-data');
      const sent = (multipart ? request.query._csrf : (request.body as Record<string, unknown> | undefined)?._csrf) ?? request.headers['x-csrf-token'];
      if (!csrfMatches(signedIn.csrfToken, sent)) throw new ForbiddenException('This form has expired or did not come from this site: go back, reload the page and try again');
    }
    request.csrfToken = signedIn.csrfToken;
    return signedIn.principal;
  }
}
