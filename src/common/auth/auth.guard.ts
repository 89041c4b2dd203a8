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
import { PUBLIC_KEY, ROLES_KEY } from './access.decorators.js';
import { FailedAuthLimiter } from './failed-auth-limiter.js';
import type { Principal, Role } from './principal.js';
import { type CouncilContext, userContext } from './council-context.js';
import { Clock } from '../time/clock.js';
import { TokenResolver } from './token-resolver.js';

/**
 * The one gate of every route: resolves the bearer token to its user (401; 429 once an address has
 * failed too often, but never for a valid token), then checks the route's roles (403). A route that
 * declares neither @Roles nor @Public is refused, so a forgotten decorator can never open a route.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: FailedAuthLimiter,
    private readonly tokens: TokenResolver,
    private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);

    const request = context.switchToHttp().getRequest<Request & { principal?: Principal; councilContext?: CouncilContext }>();
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!token) throw new UnauthorizedException('A bearer token is required (Authorization: Bearer <token>)');
    const principal = await this.tokens.resolve(token);
    if (!principal) {
      // The client's address as TRUST_PROXY lets Express read it (X-Forwarded-For from a trusted proxy).
      const waitMs = this.limiter.recordFailure(request.ip ?? request.socket.remoteAddress ?? 'unknown');
      if (waitMs > 0) {
        context.switchToHttp().getResponse<Response>().setHeader('Retry-After', Math.ceil(waitMs / 1000));
        throw new HttpException('Too many failed authentication attempts from this address; try again later', HttpStatus.TOO_MANY_REQUESTS);
      }
      throw new UnauthorizedException('The bearer token is not valid');
    }
    request.principal = principal;
    request.councilContext = userContext(principal, this.clock.now());

    if (!roles) {
      this.logger.error(`Route ${request.method} ${request.path} declares no roles; refused`);
      throw new ForbiddenException('This route is not open to any role');
    }
    if (!roles.includes(principal.role)) {
      throw new ForbiddenException(`This needs the role ${roles.join(' or ')}; your token is for ${principal.role}`);
    }
    return true;
  }
}
