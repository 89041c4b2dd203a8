import { Global, Module } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config.js';
import { MetricsController } from './metrics.controller.js';
import { Metrics } from './metrics.service.js';
import { loggedPath, requestIdFrom } from './request-log.rules.js';
import { WorkerMetricsServer } from './worker-metrics.server.js';

/**
 * What the operator sees of a running instance: one JSON line per request and per message of the
 * app (pino), each request with its id (given by the proxy as X-Request-Id, or made, and sent back),
 * and Prometheus metrics at /metrics (a worker's or scheduler's on METRICS_PORT).
 */
@Global()
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          genReqId: (request: IncomingMessage, response: ServerResponse) => {
            const id = requestIdFrom(request.headers['x-request-id']);
            response.setHeader('X-Request-Id', id);
            return id;
          },
          // Neither headers (tokens, cookies) nor the path's secrets reach the logs.
          serializers: {
            req: (request: { id: string; method: string; raw: IncomingMessage & { originalUrl?: string } }) => ({ id: request.id, method: request.method, path: loggedPath(request.raw.originalUrl ?? request.raw.url ?? '') }),
            res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
          },
        },
      }),
    }),
  ],
  providers: [Metrics, WorkerMetricsServer],
  controllers: [MetricsController],
  exports: [Metrics],
})
export class ObservabilityModule {}
