/**
 * Errors that services throw in the committee's terms. One global filter turns them into HTTP
 * responses, so services and rules never import HTTP exceptions.
 */
export abstract class DomainError extends Error {}

/** Unknown id, or an id of another council: the caller must not learn which. */
export class NotFoundError extends DomainError {
  constructor(readonly entity: string, readonly id?: string) {
    super(id ? `${entity} ${id} not found` : `${entity} not found`);
  }
}

/** The caller's role allows the route, but not this change on this record (an approver the request does not need). */
export class ForbiddenError extends DomainError {}

/** The change conflicts with the current state (an illegal transition, a duplicate). */
export class ConflictError extends DomainError {}

/** Input that passed the DTO but breaks a rule of the domain; one message per bad field. */
export class InvalidInputError extends DomainError {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

/** A service the change needs (the mail server, the queue) is not available: nothing was changed; try again. */
export class ServiceUnavailableError extends DomainError {}
