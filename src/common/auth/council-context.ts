import type { EntityManager } from 'typeorm';
import { dateIn, type IsoDate } from '../time/dates.js';
import { type Actor, actorOf, type Principal, systemActor } from './principal.js';

/**
 * Who is acting, for which council, on which day there, and in which transaction: what a domain
 * module's commands take, instead of a user, an actor, a council id and a transaction each passed on
 * their own. A request's context is made by the auth guard and given to a route by `@Acting()`; the
 * system's (a scheduled job, the command line) by `CouncilsService.systemContext`.
 */
export interface CouncilContext {
  readonly councilId: string;
  /** Who is acting, as the audit trail records them. */
  readonly actor: Actor;
  /** The person acting through a token, with their role and authority; null when the system acts. */
  readonly user: Principal | null;
  /** The council's time zone: its calendar days are computed in it. */
  readonly timeZone: string;
  /** The day it was in the council's time zone when the work began. */
  readonly today: IsoDate;
  /** The transaction the work joins; null: the work begins its own. */
  readonly manager: EntityManager | null;
}

/** A user's context, at the moment their request arrived. */
export function userContext(user: Principal, now: Date): CouncilContext {
  return { councilId: user.councilId, actor: actorOf(user), user, timeZone: user.timeZone, today: dateIn(now, user.timeZone), manager: null };
}

/** The system acting for a council (a scheduled reminder, a consultation on submission, the command line). */
export function systemContext(councilId: string, timeZone: string, now: Date, actor: Actor = systemActor(councilId)): CouncilContext {
  return { councilId, actor, user: null, timeZone, today: dateIn(now, timeZone), manager: null };
}

/** The same context, its work joining the transaction. */
export function joined(context: CouncilContext, manager: EntityManager): CouncilContext {
  return { ...context, manager };
}

/** Whether the one acting is outside the council (an authority's contact): exempt information is withheld from them. */
export const actsFromOutside = (context: CouncilContext): boolean => context.user?.role === 'authority';

/** The person acting, for what only a person can do (a member's request, an approver's decision); the system never does it. */
export function personActing(context: CouncilContext): Principal {
  if (!context.user) throw new Error(`${context.actor.label} is not a person: only a user of the council can do this`);
  return context.user;
}
