import { Module } from '@nestjs/common';
import { SweepsScheduler } from './sweeps.scheduler.js';

/**
 * The scheduler's ticks alone (APP_ROLE=scheduler): every five minutes one job per sweep, which the
 * workers take. Ticks of several schedulers collapse into one job per sweep (the tick is in its id),
 * so running two for safety sends nothing twice.
 */
@Module({ providers: [SweepsScheduler], exports: [SweepsScheduler] })
export class SchedulerModule {}
