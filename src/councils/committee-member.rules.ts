import type { CommitteeRole } from './committee-member.entity.js';

/** The roles one person at a time may hold on a committee, on any day. */
export const SINGLE_HOLDER_ROLES: readonly CommitteeRole[] = ['chair', 'vice_chair'];

export interface Term {
  id: string;
  name: string;
  role: CommitteeRole;
  from: string;
  /** The last day in the role; null while it lasts. */
  to: string | null;
}

/** Whether two terms share a day (a term without an end lasts for ever). */
export function overlap(a: Pick<Term, 'from' | 'to'>, b: Pick<Term, 'from' | 'to'>): boolean {
  return a.from <= (b.to ?? '9999-12-31') && b.from <= (a.to ?? '9999-12-31');
}

/**
 * The other holder of a chair's or vice-chair's role on a day of the candidate's term, if any: a
 * committee has one chair and one vice-chair on any day (regulations 10 and 11 and the reminders
 * turn to "the chair"). Other roles have as many holders as the committee appoints.
 */
export function roleClash(candidate: Omit<Term, 'id' | 'name'> & { id?: string }, others: Term[]): Term | null {
  if (!SINGLE_HOLDER_ROLES.includes(candidate.role)) return null;
  return others.find((other) => other.id !== candidate.id && other.role === candidate.role && overlap(candidate, other)) ?? null;
}

/** Each role as the committee's papers write it. */
export const COMMITTEE_ROLE_LABELS: Record<CommitteeRole, string> = {
  chair: 'Chair',
  vice_chair: 'Vice-chair',
  member: 'Member',
  co_opted: 'Co-opted member',
  standing_invitee: 'Standing invitee',
};
