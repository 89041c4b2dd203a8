import { Global, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config.js';
import { MetricsController } from './metrics.controller.js';
import { Metrics } from './metrics.service.js';
import { RequestLogger } from './request-logger.js';
import { WorkerMetricsServer } from './worker-metrics.server.js';

/**
 * What the operator sees of a running instance: one JSON line per request and per message of the
 * app (pino), each request with its id (given by the proxy as X-Request-Id, or made, and sent back),
 * and Prometheus metrics at /metrics (a worker's or scheduler's on METRICS_PORT).
 */
@Global()
@Module({
  imports: [
    // Requests are described by RequestLogger (mounted first by the app's set-up), which gives each its
    // logger: nestjs-pino keeps that for the request's own lines, and logs outside requests through its root.
    LoggerModule.forRootAsync({
      inject: [RequestLogger],
      useFactory: (requests: RequestLogger) => ({ pinoHttp: { logger: requests.root }, useExisting: true }),
    }),
  ],
  providers: [Metrics, WorkerMetricsServer, RequestLogger],
  controllers: [MetricsController],
  exports: [Metrics, RequestLogger],
})
export class ObservabilityModule {}
