export const ROLES = ['coordinator', 'member', 'approver', 'authority'] as const;
export type Role = (typeof ROLES)[number];
/**
 * Who may use a route: a council's roles, the operator (the hosting organisation, of no council), and a
 * shared authority's contact (of no council: a body that answers several).
 */
export type Access = Role | 'operator' | 'shared-authority';
/** Everyone who can be signed in: a council's roles and the outsiders (signing out, the home page). */
export const EVERYONE: readonly Access[] = [...ROLES, 'operator', 'shared-authority'];

/** The user behind a request's bearer token. Every query a service makes is scoped by its councilId. */
export interface Principal {
  userId: string;
  /** Empty for an operator, who belongs to no council. */
  councilId: string;
  role: Access;
  /** Set for an authority contact: the responsible authority or co-operating body they answer for. */
  authorityId: string | null;
  email: string;
  name: string;
  /** The time zone of the user's council, in which its calendar days are computed. */
  timeZone: string;
  /** The council's name, for the pages' header. */
  councilName?: string;
  /** The address of the council's logo, for the pages' header; null or absent: none. */
  councilLogo?: string | null;
  /** The council is suspended by the operator: its people are refused (403) until it is reinstated. */
  councilSuspended?: boolean;
  /**
   * The council's data revision as read with a bearer token, on this request (never kept beyond it):
   * what a reader's kept copy of the council's plan is compared with, without a read of its own.
   */
  dataRevision?: number;
}

/** Who made a change, as the audit trail records it. */
export interface Actor {
  councilId: string;
  userId: string | null;
  label: string;
}

export const actorOf = (principal: Principal): Actor => ({
  councilId: principal.councilId,
  userId: principal.userId,
  label: `${principal.name} <${principal.email}> (${principal.role})`,
});

/** An operator (of no council) as a council's audit trail records them when they change the council. */
export const operatorActor = (operator: Principal): Pick<Actor, 'userId' | 'label'> => ({ userId: null, label: `${operator.name} <${operator.email}> (operator)` });

/** The system itself, for what it does unasked (a scheduled reminder, a consultation on submission). */
export const systemActor = (councilId: string): Actor => ({ councilId, userId: null, label: 'Scrutineer' });

/**
 * A reader from outside the council (an authority's contact): exempt information (Schedule 12A) is
 * for the council's members and officers, so it is withheld from what such a reader is shown.
 */
export const isOutsider = (principal: Principal): boolean => principal.role === 'authority';
