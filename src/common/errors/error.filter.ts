import { ArgumentsHost, Catch, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { ConflictError, DomainError, ForbiddenError, InvalidInputError, NotFoundError, ServiceUnavailableError } from './domain-errors.js';
import { unavailability } from './unavailable.rules.js';

/** Seconds a client is asked to wait before trying again when a dependency is away. */
export const RETRY_AFTER_SECONDS = 30;

/**
 * Maps domain errors to NestJS's usual `{ statusCode, error, message }` body, and a database that is
 * away or cannot store (PostgreSQL restarting, a full disk) to 503 with Retry-After: nothing was
 * changed, and the client may try again. Everything else goes to Nest's own handling.
 */
@Catch()
export class ErrorFilter extends BaseExceptionFilter {
  private readonly logger = new Logger(ErrorFilter.name);

  override catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const away = error instanceof DomainError ? null : unavailability(error);
    if (away) {
      this.logger.warn(`Answered 503: ${away}`);
      response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      response.status(HttpStatus.SERVICE_UNAVAILABLE).json({ statusCode: HttpStatus.SERVICE_UNAVAILABLE, error: 'Service Unavailable', message: `${away}. Nothing was changed; try again shortly.` });
      return;
    }
    if (!(error instanceof DomainError)) return super.catch(error, host);
    const [statusCode, label, message] =
      error instanceof NotFoundError
        ? [HttpStatus.NOT_FOUND, 'Not Found', error.message]
        : error instanceof ForbiddenError
          ? [HttpStatus.FORBIDDEN, 'Forbidden', error.message]
          : error instanceof ConflictError
            ? [HttpStatus.CONFLICT, 'Conflict', error.message]
            : error instanceof InvalidInputError
              ? [HttpStatus.BAD_REQUEST, 'Bad Request', error.problems]
              : error instanceof ServiceUnavailableError
                ? [HttpStatus.SERVICE_UNAVAILABLE, 'Service Unavailable', error.message]
                : [HttpStatus.INTERNAL_SERVER_ERROR, 'Internal Server Error', 'Internal server error'];
    if (statusCode === HttpStatus.SERVICE_UNAVAILABLE) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    response.status(statusCode).json({ statusCode, error: label, message });
  }
}
