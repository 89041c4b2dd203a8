// A worker process of the app (APP_ROLE=worker, no scheduler), for bench/pipeline.js: it takes the
// reminder jobs the bench's sweeps add and sends them. Its environment comes from the bench.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../dist/src/app/app.module.js';
import { loadConfig } from '../dist/src/common/config/app-config.js';

const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', APP_ROLE: 'worker', SCHEDULER: 'off' });
const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
process.send('ready');
process.on('message', async (message) => {
  if (message !== 'stop') return;
  await app.close();
  process.exit(0);
});
