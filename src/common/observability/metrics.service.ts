import { Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** How long a gauge's reading may take at a scrape before it is left out (Redis or the database slow or down). */
const READING_TIMEOUT_MS = 2_000;

/**
 * The process's metrics, for Prometheus at `/metrics`: requests, reminders, sweeps, and the gauges
 * that the modules owning them read at each scrape (queue depths, the mail outbox). One registry per
 * app, so that two apps in one process (tests) keep their own counts.
 */
@Injectable()
export class Metrics {
  private readonly logger = new Logger(Metrics.name);
  readonly registry = new Registry();

  readonly requests = new Counter({ name: 'scrutineer_http_requests_total', help: 'HTTP requests answered, by route pattern and status', labelNames: ['method', 'route', 'status'], registers: [this.registry] });
  readonly requestSeconds = new Histogram({
    name: 'scrutineer_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route pattern',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly reminders = new Counter({ name: 'scrutineer_reminders_total', help: 'Reminders and requests to authorities attempted, by outcome (sent, deferred, failed, skipped)', labelNames: ['outcome'], registers: [this.registry] });
  readonly sweepSeconds = new Histogram({ name: 'scrutineer_sweep_duration_seconds', help: "Time of one council's reminder sweep", buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30], registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'scrutineer_' });
  }

  /** A gauge read at each scrape by its owner; a reading that fails or lags is left out, and logged. */
  gauge(name: string, help: string, labelNames: string[], read: () => Promise<{ labels: Record<string, string>; value: number }[]>): void {
    const logger = this.logger;
    new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        try {
          let timer: NodeJS.Timeout | undefined;
          const late = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer in ${READING_TIMEOUT_MS} ms`)), READING_TIMEOUT_MS);
          });
          const readings = await Promise.race([read(), late]).finally(() => clearTimeout(timer));
          for (const { labels, value } of readings) this.set(labels, value);
        } catch (error) {
          logger.warn(`${name} not read: ${(error as Error).message}`);
        }
      },
    });
  }

  /** Counts and times every request by its route's pattern (never its path, which would make a series per id). */
  readonly countRequests = (request: Request, response: Response, next: NextFunction): void => {
    const end = this.requestSeconds.startTimer();
    response.once('finish', () => {
      const route = (request.route as { path?: string } | undefined)?.path ?? 'unmatched';
      const method = request.method;
      end({ method, route });
      this.requests.inc({ method, route, status: String(response.statusCode) });
    });
    next();
  };
}
