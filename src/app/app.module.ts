import { AnnualReportSettingsModule } from '../annual-reports/annual-report-settings.service.js';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from '../common/auth/auth.guard.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AuthoritiesModule } from '../authorities/authorities.module.js';
import { CalendarModule } from '../calendar/calendar.module.js';
import { CalendarFeedsModule } from '../calendar-feeds/calendar-feeds.module.js';
import { CommonModule } from '../common/common.module.js';
import { AppConfig } from '../common/config/app-config.js';
import { dataSourceOptions, openDataSource } from './data-source.js';
import { HealthModule } from '../common/health/health.module.js';
import { ObservabilityModule } from '../common/observability/observability.module.js';
import { QueueModule } from '../common/queue/queue.module.js';
import { QUEUES } from '../jobs/job-registry.js';
import { CouncilsModule } from '../councils/councils.module.js';
import { OperatorsModule } from '../operators/operators.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { ObligationsModule } from '../obligations/obligations.module.js';
import { SharedAuthoritiesModule } from '../shared-authorities/shared-authorities.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { SchedulerModule } from '../jobs/scheduler.module.js';
import { RemindersModule } from '../reminders/reminders.module.js';
import { ResponseLinksModule } from '../response-links/response-links.module.js';
import { WorkPlanModule } from '../work-plan/work-plan.module.js';
import { ForwardPlanModule } from '../forward-plan/forward-plan.module.js';
import { DrawDownsModule } from '../draw-downs/draw-downs.module.js';
import { MinuteProposalsModule, MinutesModule } from '../minutes/minutes.module.js';
import { AnnualReportsModule } from '../annual-reports/annual-reports.module.js';
import { ScheduleModule } from '@nestjs/schedule';
import { SignInModule } from '../sign-in/sign-in.module.js';
import { SignInLinksModule } from '../sign-in/sign-in-links.js';
import { ThisWeekModule } from '../this-week/this-week.module.js';
import { PublicRecordModule } from '../public-record/public-record.module.js';

/** Configuration, for every module that needs it. */
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, global: true, providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] };
  }
}

/** Storage alone: what the command line needs (no Redis, no HTTP). */
@Module({})
export class StorageModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: StorageModule,
      imports: [
        ConfigModule.forRoot(config),
        // Migrations run at start (unless MIGRATIONS=off), one instance at a time; the schema never comes from the entities. A database that cannot
        // be reached stops the start at once (the process manager restarts it) instead of retrying silently.
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...dataSourceOptions(config.DATABASE_URL, config.SQLITE_SYNCHRONOUS, { poolSize: config.DATABASE_POOL_SIZE, statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS, replicaUrl: config.DATABASE_REPLICA_URL }), retryAttempts: 0 }),
          dataSourceFactory: (options) => openDataSource(options!, config.MIGRATIONS === 'on' ? 'run' : 'require-none'),
        }),
        CommonModule,
        AuditModule,
        CouncilsModule,
        // The hosting organisation's people (their tokens are resolved by the guard).
        OperatorsModule,
        AuthoritiesModule,
        MeetingsModule,
        CalendarModule,
        WorkPlanModule,
        MinutesModule,
        AnnualReportSettingsModule,
        // The command line prints sign-in links for the first co-ordinator.
        SignInLinksModule,
      ],
      // The one gate of every route; tokens are resolved by the councils module (TokenResolver).
      providers: [{ provide: APP_GUARD, useClass: AuthGuard }],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        StorageModule.forRoot(config),
        QueueModule.forRoot(config, Object.values(QUEUES)),
        ObservabilityModule,
        MailModule,
        HealthModule,
        ObligationsModule,
        // Bodies registered once for every council they serve (needs obligations).
        SharedAuthoritiesModule,
        RemindersModule,
        ResponseLinksModule,
        CalendarFeedsModule,
        // Sends the reg 10 and reg 11 notices, so it needs the mail transport (not in the command line's StorageModule).
        ForwardPlanModule,
        DrawDownsModule,
        // Undertakings in the minutes become obligations (ObligationsModule is not in the command line's StorageModule).
        MinuteProposalsModule,
        AnnualReportsModule,
        // The pages.
        SignInModule,
        ThisWeekModule,
        PublicRecordModule,
        // The worker side (queue processors, and the scheduled ticks unless SCHEDULER=off) where APP_ROLE is
        // worker or all; the ticks alone where it is scheduler.
        ...(config.APP_ROLE === 'worker' || config.APP_ROLE === 'all' ? [...(config.SCHEDULER === 'on' ? [ScheduleModule.forRoot()] : []), JobsModule] : []),
        ...(config.APP_ROLE === 'scheduler' ? [...(config.SCHEDULER === 'on' ? [ScheduleModule.forRoot()] : []), SchedulerModule] : []),
      ],
    };
  }
}
