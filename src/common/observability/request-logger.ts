import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { type Logger, pino } from 'pino';
import { AppConfig } from '../config/app-config.js';
import { loggedPath, requestIdFrom } from './request-log.rules.js';

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

/**
 * A request's logger, made the first time the request writes a line: most requests write none, and
 * making a child logger (its bindings written out as JSON) cost more than the rest of the logging.
 * It has what nestjs-pino asks of a request's logger: the levels and `child`.
 */
export class RequestLog {
  private made: Logger | undefined;

  constructor(
    private readonly root: Logger,
    private readonly reqId: string,
  ) {}

  private get logger(): Logger {
    return (this.made ??= this.root.child({ reqId: this.reqId }));
  }

  private write(level: Level, args: unknown[]): void {
    if (this.root.isLevelEnabled(level)) (this.logger[level] as (...a: unknown[]) => void)(...args);
  }

  trace(...args: unknown[]): void {
    this.write('trace', args);
  }
  debug(...args: unknown[]): void {
    this.write('debug', args);
  }
  info(...args: unknown[]): void {
    this.write('info', args);
  }
  warn(...args: unknown[]): void {
    this.write('warn', args);
  }
  error(...args: unknown[]): void {
    this.write('error', args);
  }
  fatal(...args: unknown[]): void {
    this.write('fatal', args);
  }
  child(bindings: Record<string, unknown>): Logger {
    return this.logger.child(bindings);
  }
}

/**
 * Each request's id (given by the proxy as X-Request-Id, or made, and sent back) and its logger, which
 * nestjs-pino keeps for the app's own lines during the request; and, when lines at info are written,
 * one line as its response ends: id, method, path (its secrets masked), status and time taken.
 *
 * pino-http did this, but described every request in a second logger up front, line or no line,
 * and kept lists of loggers on each request and response: measured, a quarter of a cached read's time.
 */
@Injectable()
export class RequestLogger {
  /** The app's one logger: nestjs-pino's root, outside requests, derives from it. */
  readonly root: Logger;
  private readonly linesWritten: boolean;

  constructor(config: AppConfig) {
    this.root = pino({ level: config.LOG_LEVEL });
    this.linesWritten = this.root.isLevelEnabled('info');
  }

  readonly middleware = (request: Request, response: Response, next: NextFunction): void => {
    const id = requestIdFrom(request.headers['x-request-id']);
    response.setHeader('X-Request-Id', id);
    const log = new RequestLog(this.root, id);
    Object.assign(request, { id, log });
    if (this.linesWritten) {
      const started = Date.now();
      let written = false;
      const write = () => {
        if (written) return;
        written = true;
        log.info(
          { req: { id, method: request.method, path: loggedPath(request.originalUrl ?? request.url) }, res: { statusCode: response.statusCode }, responseTime: Date.now() - started },
          response.writableFinished ? 'request completed' : 'request aborted',
        );
      };
      response.once('finish', write);
      response.once('close', write);
    }
    next();
  };
}
