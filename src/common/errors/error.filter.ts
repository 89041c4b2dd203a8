import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';
import { SignInRequired } from '../auth/auth.guard.js';
import { PageRenderer } from '../web/page-renderer.js';
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

  constructor(private readonly pages: PageRenderer) {
    super();
  }

  override catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request & { asPage?: boolean }>();
    const response = host.switchToHttp().getResponse<Response>();
    if (answersAsPage(request)) return this.page(error, request, response);
    const away = error instanceof DomainError ? null : unavailability(error);
    if (away) {
      // The driver's own words too: the operator needs to know which wait or refusal it was.
      this.logger.warn(`Answered 503 to ${request.method} ${request.route?.path ?? 'a request'}: ${away} (${(error as Error).message})`);
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

  /** The error as a page: a visitor who must sign in is sent to do so and brought back; the rest see what went wrong in words. */
  private page(error: unknown, request: Request, response: Response): void {
    if (error instanceof SignInRequired && request.method === 'GET') {
      response.redirect(303, `/sign-in?next=${encodeURIComponent(request.originalUrl)}`);
      return;
    }
    const { status, message, problems } = pageErrorOf(error);
    if (status === 500) this.logger.error(`Page ${request.method} ${request.path} failed`, (error as Error)?.stack ?? String(error));
    if (status === 503) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    const words = PAGE_ERRORS[status] ?? PAGE_ERRORS[500]!;
    this.pages.send(request, response, 'common/web/error.njk', { title: words.title, paragraphs: message ? [message, ...words.paragraphs] : words.paragraphs, problems }, status);
  }
}

/** A page's request, or a browser asking outside the API for what is not there. */
function answersAsPage(request: Request & { asPage?: boolean }): boolean {
  if (request.asPage) return true;
  if (request.path.startsWith('/api/') || request.path.startsWith('/health')) return false;
  return request.accepts(['json', 'html']) === 'html' && (request.headers.accept ?? '').includes('text/html');
}

/** Titles and words of the error pages, as the GOV.UK patterns put them. */
const PAGE_ERRORS: Record<number, { title: string; paragraphs: string[] }> = {
  400: { title: 'There is a problem with what was sent', paragraphs: [] },
  401: { title: 'Sign in to continue', paragraphs: ['You need to sign in to see this page.'] },
  403: { title: 'You cannot do this', paragraphs: [] },
  404: { title: 'Page not found', paragraphs: ['If you typed the web address, check it is correct.', 'If you pasted the web address, check you copied the entire address.'] },
  409: { title: 'This cannot be done now', paragraphs: [] },
  413: { title: 'What was sent is too large', paragraphs: [] },
  429: { title: 'Too many attempts', paragraphs: ['Wait a few minutes, then try again.'] },
  503: { title: 'Sorry, the service is unavailable', paragraphs: ['Nothing was changed. Try again in a minute.'] },
  500: { title: 'Sorry, there is a problem with the service', paragraphs: ['Try again later. If it goes on, tell your council’s system administrator.'] },
};

export interface PageError {
  status: number;
  message?: string;
  problems?: string[];
}

/** What a page shows for an error: its status, and what it says beyond the title. */
export function pageErrorOf(error: unknown): PageError {
  if (unavailability(error) && !(error instanceof DomainError)) return { status: 503 };
  if (error instanceof NotFoundError) return { status: 404 };
  if (error instanceof ForbiddenError) return { status: 403, message: error.message };
  if (error instanceof ConflictError) return { status: 409, message: error.message };
  if (error instanceof InvalidInputError) return { status: 400, problems: error.problems };
  if (error instanceof ServiceUnavailableError) return { status: 503 };
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse();
    const message = typeof body === 'string' ? body : (body as { message?: string | string[] }).message;
    return status === 404 ? { status } : { status, message: Array.isArray(message) ? undefined : message, problems: Array.isArray(message) ? message : undefined };
  }
  return { status: 500 };
}
