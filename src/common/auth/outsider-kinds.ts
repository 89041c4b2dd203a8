import { Injectable } from '@nestjs/common';
import type { Principal } from './principal.js';

/** People who sign in to pages but are no council's users: the service's operators, and shared bodies' contacts. */
export type OutsiderKind = 'operator' | 'shared-authority';

/** Someone of such a kind, as a sign-in link is sent to them. */
export interface Outsider {
  id: string;
  email: string;
  /** Whom they sign in as, for the link's e-mail: "the operators of the service", a police force's name. */
  signsInAs: string;
}

/** What the module owning a kind of outsider answers the sign-in and its sessions. */
export interface OutsiderDoor {
  /** Everyone of the kind registered with the address (lower case), to send each a link. */
  withEmail(email: string): Promise<Outsider[]>;
  /** The person behind a session of the kind, or null once they are gone. */
  principal(id: string): Promise<Principal | null>;
  /** Where they land after signing in. */
  home: string;
}

/**
 * The doors of the kinds of outsider, each registered by the module that owns them (as TokenKinds is
 * for their bearer tokens), so that sign-in and sessions, which know only council users, let them in too.
 */
@Injectable()
export class OutsiderKinds {
  private readonly doors = new Map<OutsiderKind, OutsiderDoor>();

  register(kind: OutsiderKind, door: OutsiderDoor): void {
    this.doors.set(kind, door);
  }

  of(kind: string): OutsiderDoor | undefined {
    return this.doors.get(kind as OutsiderKind);
  }

  all(): [OutsiderKind, OutsiderDoor][] {
    return [...this.doors];
  }
}

/** Whether the principal is an outsider of a kind (signed in by a link of their own, sessions of their own). */
export const outsiderKindOf = (principal: Principal): OutsiderKind | null =>
  principal.role === 'operator' || principal.role === 'shared-authority' ? principal.role : null;
