import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { createServer, type Server } from 'node:http';
import { AppConfig } from '../config/app-config.js';
import { scrapeAnswer } from './scrape-answer.js';
import { Metrics } from './metrics.service.js';

/**
 * `/metrics` of a worker or scheduler process (APP_ROLE=worker|scheduler), on METRICS_PORT: such a
 * process answers no other HTTP, yet it is where reminders are sent and sweeps run. Each process has
 * its own counters; Prometheus scrapes each and sums.
 */
@Injectable()
export class WorkerMetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerMetricsServer.name);
  private server: Server | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { APP_ROLE, METRICS_PORT } = this.config;
    if (!METRICS_PORT || (APP_ROLE !== 'worker' && APP_ROLE !== 'scheduler')) return;
    const server = createServer((request, response) => {
      const path = (request.url ?? '').split('?')[0];
      if (request.method !== 'GET' || path !== '/metrics') {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Only GET /metrics is served here');
        return;
      }
      scrapeAnswer(this.metrics, this.config.METRICS_TOKEN, request.headers.authorization).then(
        (answer) => response.writeHead(answer.status, { 'Content-Type': answer.contentType, 'Cache-Control': 'no-store' }).end(answer.body),
        (error: Error) => response.writeHead(500, { 'Content-Type': 'text/plain' }).end(error.message),
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(METRICS_PORT, () => resolve());
    });
    this.server = server;
    this.logger.log(`Metrics of this ${APP_ROLE} on port ${METRICS_PORT} (/metrics)`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}
