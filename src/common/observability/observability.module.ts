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
      useFactory: (config: AppConfig) => {
        const linesWritten = ['info', 'debug', 'trace'].includes(config.LOG_LEVEL);
        return {
          pinoHttp: {
            level: config.LOG_LEVEL,
            genReqId: (request: IncomingMessage, response: ServerResponse) => {
              const id = requestIdFrom(request.headers['x-request-id']);
              response.setHeader('X-Request-Id', id);
              return id;
            },
            // Each request's logger carries its id alone (the app's own lines in it too), and the request
            // is described only when its line is written: describing every request up front, line or
            // no line, cost a fifth of a fast read.
            quietReqLogger: true,
            quietResLogger: true,
            customLogLevel: () => (linesWritten ? 'info' : 'silent'),
            // Below info no request's line is written: nothing need wait for a response to finish.
            autoLogging: linesWritten,
            customSuccessObject: (request: IncomingMessage, _response: ServerResponse, line: object) => ({ req: request, ...line }),
            customErrorObject: (request: IncomingMessage, _response: ServerResponse, _error: Error, line: object) => ({ req: request, ...line }),
            // Neither headers (tokens, cookies) nor the path's secrets reach the logs.
            serializers: {
              req: (request: { id: string; method: string; raw: IncomingMessage & { originalUrl?: string } }) => ({ id: request.id, method: request.method, path: loggedPath(request.raw.originalUrl ?? request.raw.url ?? '') }),
              res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
            },
          },
        };
      },
    }),
  ],
  providers: [Metrics, WorkerMetricsServer],
  controllers: [MetricsController],
  exports: [Metrics],
})
export class ObservabilityModule {}
