// One process of the simulated national year (bench/national.js): an API process listening on a free
// port, a worker, or the scheduler, as APP_ROLE says, built as main.ts builds it but with the year's
// clock in place of the system's. The bench moves that clock in every process at once over IPC:
//   { now: ISO instant }  the simulated time from now on (it runs on from there at real speed)
//   'tick'                the scheduler's tick, as its cron would call it (APP_ROLE=scheduler)
//   'memory'              this process's resident set size, now and at its largest when sampled
//   'stop'                closes the app and exits
// Each is answered with one message. The first message is { port } (API) or 'ready'.
import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import { AppModule } from '../dist/src/app/app.module.js';
import { configureApp } from '../dist/src/app/app.setup.js';
import { loadConfig } from '../dist/src/common/config/app-config.js';
import { Clock } from '../dist/src/common/time/clock.js';
import { SweepsScheduler } from '../dist/src/jobs/sweeps.scheduler.js';

/** The simulated "now": set by the bench, running on at real speed so that instants still order. */
class YearClock extends Clock {
  at = Date.now();
  setAt = performance.now();
  set(iso) {
    this.at = Date.parse(iso);
    this.setAt = performance.now();
  }
  now() {
    return new Date(this.at + Math.floor(performance.now() - this.setAt));
  }
}

const clock = new YearClock();
const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', SCHEDULER: 'off' });
const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] })
  .overrideProvider(Clock)
  .useValue(clock)
  .compile();
const app = moduleRef.createNestApplication({ bodyParser: false, logger: ['error', 'warn'] });
configureApp(app);
if (config.APP_ROLE === 'api') {
  await app.listen(0, '127.0.0.1');
  process.send({ port: app.getHttpServer().address().port });
} else {
  await app.init();
  process.send('ready');
}

let peakRss = process.memoryUsage().rss;
setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 1_000).unref();

process.on('message', async (message) => {
  if (message?.now) {
    clock.set(message.now);
    process.send('ok');
  } else if (message === 'tick') {
    await app.get(SweepsScheduler).tick();
    process.send('ok');
  } else if (message === 'memory') {
    const rss = process.memoryUsage().rss;
    peakRss = Math.max(peakRss, rss);
    process.send({ rss, peakRss });
  } else if (message === 'stop') {
    await app.close();
    process.exit(0);
  }
});
