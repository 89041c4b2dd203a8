import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { ConflictError, DomainError, ForbiddenError, InvalidInputError, NotFoundError, ServiceUnavailableError } from './domain-errors.js';

/** Maps domain errors to NestJS's usual `{ statusCode, error, message }` body. */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
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
    response.status(statusCode).json({ statusCode, error: label, message });
  }
}
