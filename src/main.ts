import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as JsonLogger } from 'nestjs-pino';
import { AppModule } from './app/app.module.js';
import { configureApp, preflight } from './app/app.setup.js';
import { ConfigError, loadConfig } from './common/config/app-config.js';

async function main(): Promise<void> {
  const logger = new Logger('Scrutineer');
  const config = loadConfig(process.env);
  await preflight(config);
  const app = await NestFactory.create(AppModule.forRoot(config), { bodyParser: false, abortOnError: false, bufferLogs: true });
  // The app's own messages as JSON lines too, beside the requests' (LOG_LEVEL).
  app.useLogger(app.get(JsonLogger));
  configureApp(app);
  if (config.APP_ROLE === 'worker' || config.APP_ROLE === 'scheduler') {
    await app.init();
    logger.log(`${config.APP_ROLE === 'worker' ? 'Worker' : 'Scheduler'} started (no HTTP)`);
    return;
  }
  await app.listen(config.PORT);
  logger.log(`Listening on ${config.publicBaseUrl} (API docs: ${config.publicBaseUrl}/api/docs), role ${config.APP_ROLE}`);
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`Scrutineer could not start.\n${message}\n`);
  process.exit(1);
});
