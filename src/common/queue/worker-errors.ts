import type { Logger } from '@nestjs/common';

/**
 * A queue worker's connection errors while Redis is away: each distinct one logged once (the worker
 * reconnects by itself, and repeats the same error many times a second until it does).
 */
export class WorkerErrors {
  private last = '';

  constructor(private readonly logger: Logger) {}

  note(error: Error): void {
    if (error.message !== this.last) this.logger.warn(`Worker: ${error.message}`);
    this.last = error.message;
  }
}
