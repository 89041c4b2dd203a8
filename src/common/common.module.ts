import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { FailedAuthLimiter } from './auth/failed-auth-limiter.js';
import { TokenKinds } from './auth/token-kinds.js';
import { OutsiderKinds } from './auth/outsider-kinds.js';
import { CouncilExport } from './database/council-export.js';
import { Transactions } from './database/transactions.js';
import { ErrorFilter } from './errors/error.filter.js';
import { QueryRememberingValidationPipe } from './http/query-validation.pipe.js';
import { RouteIndex } from './http/route-index.js';
import { SecretsService } from './secrets/secrets.service.js';
import { rememberValidationRules } from './http/validation-rules.js';
import { Clock, SystemClock } from './time/clock.js';
import { PageRenderer } from './web/page-renderer.js';

rememberValidationRules();

/** What every request passes through: the clock, the database's transactions, validation, error mapping and the index of routes (the auth guard is put in place by the application, which knows who resolves tokens). */
@Global()
@Module({
  providers: [
    { provide: Clock, useClass: SystemClock },
    FailedAuthLimiter,
    TokenKinds,
    OutsiderKinds,
    Transactions,
    CouncilExport,
    PageRenderer,
    RouteIndex,
    // One for the app: the link key is read once at start, and every module shares what it has read.
    SecretsService,
    { provide: APP_FILTER, useClass: ErrorFilter },
    { provide: APP_PIPE, useValue: new QueryRememberingValidationPipe() },
  ],
  exports: [Clock, FailedAuthLimiter, TokenKinds, OutsiderKinds, Transactions, CouncilExport, PageRenderer, SecretsService],
})
export class CommonModule {}
