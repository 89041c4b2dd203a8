import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';

import { join } from 'node:path';
import helmet from 'helmet';
import { DOCUMENT_MAX_BYTES, DOCUMENT_MEDIA_TYPES } from '../common/documents/published-document.http.js';
import { projectDir } from '../common/files/project-dir.js';
import { RequestLogger } from '../common/observability/request-logger.js';
import { Metrics } from '../common/observability/metrics.service.js';
import { fixedHeaders } from '../common/http/security-headers.js';
import { govukFrontendDir, inlineScriptSource } from '../common/web/page-renderer.js';
import { AppConfig } from '../common/config/app-config.js';
import { inputProblems, pathProblems } from '../common/http/input.rules.js';
import { assertRedisReachable } from '../common/queue/redis-connection.js';
import { fromReplica } from '../common/database/transaction-scope.js';
import { inTurn } from '../common/http/in-turn.js';

export const BODY_LIMIT = '1mb';

/**
 * Checks made before the app is built: a missing Redis stops the start within seconds, with
 * instructions, instead of leaving queues that wait for it for ever.
 */
export async function preflight(config: AppConfig): Promise<void> {
  await assertRedisReachable(config.REDIS_URL, 5_000);
}

/**
 * The public pages and feeds read from the replica (DATABASE_REPLICA_URL): what the council has
 * published may show a moment late there, and its readers are the many. Everything else reads the
 * primary, so that whoever changes something sees it at once.
 */
function publicReadsFromReplica(request: Request, _response: Response, next: NextFunction): void {
  if ((request.method === 'GET' || request.method === 'HEAD') && /^\/(public|feeds)(\/|$)/.test(request.path)) fromReplica.run(true, next);
  else next();
}

/**
 * What main.ts and the e2e tests both apply to the app, so that tests exercise the real thing:
 * what every request passes, the 1 MB body limit with JSON errors, the assets, the OpenAPI docs,
 * graceful shutdown.
 */
export function configureApp(app: INestApplication): INestApplication {
  const config = app.get(AppConfig);
  const server = app.getHttpAdapter().getInstance() as express.Express;
  // The client's address behind the council's reverse proxy, for the failed-token limiter and the logs.
  server.set('trust proxy', config.trustProxy);
  server.disable('x-powered-by');
  // Each page's one inline script (govuk-frontend's "JavaScript is on" class) runs by its hash, nothing else inline.
  const inlineScript = inlineScriptSource();
  const securityHeaders = fixedHeaders(
    helmet({
      contentSecurityPolicy: {
        directives: {
          scriptSrc: ["'self'", inlineScript],
          // Over plain http (a local install), asking browsers to upgrade every request would break the pages.
          upgradeInsecureRequests: config.publicBaseUrl.startsWith('https:') ? [] : null,
        },
      },
    }),
  );
  // What every request passes, in one router layer (the command line's app has no metrics).
  const metrics = app.get(Metrics, { strict: false });
  app.use(
    inTurn(
      // Its id and logger before anything else runs (nestjs-pino's middleware keeps the logger).
      app.get(RequestLogger, { strict: false }).middleware,
      // Counted and timed by its route.
      ...(metrics ? [metrics.countRequests] : []),
      securityHeaders,
      queryReadOnce,
      bodyReaders(),
      refuseUnstorableInput,
      ...(config.DATABASE_REPLICA_URL ? [publicReadsFromReplica] : []),
    ),
  );
  serveAssets(server);
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Scrutineer')
      .setDescription(
        "The work of a council's Crime and Disorder (Overview and Scrutiny) Committee: work plan, Regulation 9 notices, " +
          'draw-down requests, obligations of responsible authorities and their reminders, minutes and the annual report.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}

/**
 * The GOV.UK Design System's styles, scripts and images, and the pages' own, served by the app itself
 * (nothing from a CDN). Their names change with each release of govuk-frontend, so a day's caching is safe.
 * One router behind one test of `/assets`: the other requests pass it by at the cost of one prefix test.
 */
function serveAssets(server: express.Express): void {
  const govuk = join(govukFrontendDir(), 'govuk');
  const own = join(projectDir(), 'src', 'common', 'web');
  const options = { maxAge: '1d', index: false, fallthrough: false } as const;
  const assets = express.Router();
  const file = (path: string) => (_request: Request, response: Response) => response.sendFile(path, { maxAge: '1d' });
  assets.get('/govuk-frontend.min.css', file(join(govuk, 'govuk-frontend.min.css')));
  assets.get('/govuk-frontend.min.js', file(join(govuk, 'govuk-frontend.min.js')));
  assets.get('/scrutineer.css', file(join(own, 'scrutineer.css')));
  assets.get('/scrutineer.js', file(join(own, 'scrutineer.js')));
  assets.get('/progress.js', file(join(own, 'progress.js')));
  assets.use('/images', express.static(join(govuk, 'assets', 'images'), options));
  server.use('/assets', assets);
}

/**
 * The body, read by the reader for its kind: JSON and plain text everywhere; documents taken as they are
 * (PDF, Word) only where minutes, notices and work plans are imported, papers being larger than any
 * form; forms posted the way browsers post them only by the pages (the API takes JSON). A request
 * without a body (most: every GET) passes by all of them at once.
 */
function bodyReaders() {
  const json = bodyParser(express.json({ limit: BODY_LIMIT }));
  const text = bodyParser(express.text({ limit: BODY_LIMIT, type: 'text/plain' }));
  const documents = bodyParser(express.raw({ limit: DOCUMENT_MAX_BYTES, type: [...DOCUMENT_MEDIA_TYPES.filter((t) => t !== 'text/plain'), 'application/octet-stream'] }));
  const forms = bodyParser(express.urlencoded({ limit: BODY_LIMIT, extended: false }));
  const imports = /^\/api\/v1\/(meetings\/[^/]+\/minutes|forward-plan\/notices|work-plan)\/import$/;
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.headers['transfer-encoding'] === undefined && request.headers['content-length'] === undefined) return next();
    inTurn(json, text, ...(imports.test(request.path) ? [documents] : []), ...(request.path.startsWith('/api/') ? [] : [forms]))(request, response, next);
  };
}

/**
 * Express 5 parses the query string again each time `request.query` is read (here, then by the route's
 * pipe, a page's controller): parsed once, kept on the request. Nothing rewrites the query string.
 */
function queryReadOnce(request: Request, _response: Response, next: NextFunction): void {
  Object.defineProperty(request, 'query', { value: request.query, writable: true, enumerable: true, configurable: true });
  next();
}

/** 400 for what no route can take (NUL characters, prototype names, absurd nesting), naming each field; nothing is changed. */
function refuseUnstorableInput(request: Request, response: Response, next: NextFunction): void {
  const problems = pathProblems(request.path);
  for (const problem of inputProblems(request.query, '')) problems.push(`query: ${problem}`);
  for (const problem of inputProblems(request.body, typeof request.body === 'string' ? 'body' : '')) problems.push(problem);
  if (problems.length === 0) return next();
  response.status(400).json({ statusCode: 400, error: 'Bad Request', message: problems });
}

/** A body parser whose errors (413 too large, 400 malformed) answer in the API's JSON error shape. */
function bodyParser(parse: express.RequestHandler) {
  return (request: Request, response: Response, next: NextFunction) =>
    parse(request, response, (error?: unknown) => {
      if (!error) return next();
      const { status, message: reason } = error as { status?: number; message?: string };
      const statusCode = status ?? 400;
      const message = statusCode === 413 ? `The body is larger than ${BODY_LIMIT}` : `The body could not be read: ${reason}`;
      response.status(statusCode).json({ statusCode, error: statusCode === 413 ? 'Payload Too Large' : 'Bad Request', message });
    });
}
