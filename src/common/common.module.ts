import { Global, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiToken } from '../councils/api-token.entity.js';
import { AuthGuard } from './auth/auth.guard.js';
import { FailedAuthLimiter } from './auth/failed-auth-limiter.js';
import { ErrorFilter } from './errors/error.filter.js';
import { Clock, SystemClock } from './time/clock.js';

/** What every request passes through: the clock, the auth guard, validation and error mapping. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ApiToken])],
  providers: [
    { provide: Clock, useClass: SystemClock },
    FailedAuthLimiter,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: ErrorFilter },
    {
      provide: APP_PIPE,
      useValue: new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
    },
  ],
  exports: [Clock],
})
export class CommonModule {}
