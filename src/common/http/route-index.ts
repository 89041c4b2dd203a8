import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type NextFunction, type Request, type Response, Router } from 'express';

/** The part of Express's router layers this index reads and makes (router 2.x). */
interface Layer {
  route?: unknown;
  rawPath?: unknown;
  match(path: string): unknown;
}

/** Literal leading segments that name a group of routes: `/api/v1/work-plan` of `/api/v1/work-plan/items/:id`. */
const GROUP_DEPTH = 3;
const LITERAL_SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * Express tries every route in turn, testing each one's pattern against the path: with some three
 * hundred routes that is a fifth of a small request's cost. This puts the routes that share their
 * first literal segments (`/api/v1/work-plan`) behind one test of that prefix, each group a router of
 * the same layers in the same order, so a request tests a few dozen prefixes and then its own group.
 *
 * It never changes which route answers: a group only admits paths its own routes could match (the
 * prefix is tested without regard to case, as Express matches by default, so it admits more, never
 * fewer), the path is passed on unchanged, and a route only joins a group made before it when no
 * middleware, route without a literal start, or route of a broader prefix came in between.
 */
export function groupRoutes(stack: Layer[]): void {
  const grouped: Layer[] = [];
  const open = new Map<string, Layer[]>();
  const groups: { at: number; layers: Layer[]; prefix: string }[] = [];
  for (const layer of stack) {
    const prefix = layer.route && !answersOptions(layer.route) ? literalPrefix(layer.rawPath) : null;
    if (!prefix) {
      open.clear();
      grouped.push(layer);
      continue;
    }
    // A group whose prefix begins this route's admits every path the route matches (open groups never overlap).
    const joined = [...open].find(([other]) => prefix === other || prefix.startsWith(`${other}/`));
    if (joined) {
      joined[1].push(layer);
      continue;
    }
    // A route broader than an open group (`/api/v1/:kind` after `/api/v1/work-plan`) must stay after it.
    if ([...open.keys()].some((other) => other.startsWith(`${prefix}/`))) open.clear();
    const layers = [layer];
    open.set(prefix, layers);
    groups.push({ at: grouped.length, layers, prefix });
    grouped.push(layer);
  }
  for (const { at, layers, prefix } of groups) if (layers.length > 1) grouped[at] = groupLayer(prefix, layers);
  stack.splice(0, stack.length, ...grouped);
}

/** The first literal segments of a route's path, lower case (`/api/v1/work-plan`); null when it starts with a parameter. */
export function literalPrefix(path: unknown): string | null {
  if (typeof path !== 'string' || !path.startsWith('/')) return null;
  const literal: string[] = [];
  for (const segment of path.split('/').slice(1, GROUP_DEPTH + 1)) {
    if (!LITERAL_SEGMENT.test(segment)) break;
    literal.push(segment.toLowerCase());
  }
  return literal.length > 0 ? `/${literal.join('/')}` : null;
}

/** A route that answers OPTIONS itself (or every method) is left out of the groups, which let OPTIONS pass. */
function answersOptions(route: unknown): boolean {
  return (route as { _handlesMethod(method: string): boolean })._handlesMethod('OPTIONS');
}

/** A layer that takes the paths under its prefix to a router of the group's layers, leaving the path as it is. */
function groupLayer(prefix: string, layers: Layer[]): Layer {
  const group = Router() as unknown as { stack: Layer[]; handle(req: Request, res: Response, next: NextFunction): void };
  group.stack.push(...layers);
  // A middleware layer made by Express itself (it knows how to hand on requests and errors), matched by
  // prefix. OPTIONS passes by (no grouped route answers it): a router of its own would answer it with the
  // group's methods, where the app's not-found handler answers it now.
  const holder = Router() as unknown as { use(handler: unknown): void; stack: Layer[] };
  holder.use((req: Request, res: Response, next: NextFunction) => (req.method === 'OPTIONS' ? next() : group.handle(req, res, next)));
  const layer = holder.stack[0];
  const under = new RegExp(`^${prefix.replace(/[.~-]/g, '\\$&')}(?:/|$)`, 'i');
  layer.rawPath = prefix;
  // An empty matched path: the router strips nothing from the request's URL.
  layer.match = (path: string) => (under.test(path) ? { params: {}, path: '', keys: [], pattern: prefix } : false);
  return layer;
}

/** Groups the app's routes once every module has registered its own. */
@Injectable()
export class RouteIndex implements OnApplicationBootstrap {
  constructor(private readonly adapter: HttpAdapterHost) {}

  onApplicationBootstrap(): void {
    const instance = this.adapter.httpAdapter?.getInstance() as { router?: { stack: Layer[] } } | undefined;
    if (instance?.router) groupRoutes(instance.router.stack);
  }
}
