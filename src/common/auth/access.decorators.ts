import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExcludeController, ApiExtension } from '@nestjs/swagger';
import type { CouncilContext } from './council-context.js';
import type { Access, Principal } from './principal.js';

export const ROLES_KEY = 'scrutineer:roles';
export const PUBLIC_KEY = 'scrutineer:public';
export const PAGES_KEY = 'scrutineer:pages';

/** The roles allowed on a route. A route with neither @Roles nor @Public is refused (fail closed). */
export const Roles = (...roles: Access[]) => applyDecorators(SetMetadata(ROLES_KEY, roles), ApiExtension('x-roles', roles));

/** A route that needs no token (marked `x-public` in the API document). Public routes must never return exempt information. */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiExtension('x-public', true));

/**
 * A controller of web pages (not the API): a visitor who is not signed in is sent to the sign-in page,
 * and errors answer as pages. Its routes still declare @Roles or @Public, as the API's do.
 */
export const Pages = () => applyDecorators(SetMetadata(PAGES_KEY, true), ApiExcludeController());

/** The authenticated user of the request. */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => context.switchToHttp().getRequest().principal,
);

/** Who is acting in the request, for their council, on the day it is there (see CouncilContext). */
export const Acting = createParamDecorator(
  (_: unknown, context: ExecutionContext): CouncilContext => context.switchToHttp().getRequest().councilContext,
);
