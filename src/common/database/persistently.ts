import { Logger } from '@nestjs/common';

const logger = new Logger('Persistently');

/**
 * Retries a write that records what already happened outside the database (a message the mail server
 * has taken), so that a database restarting for a few seconds does not leave the record unwritten and
 * the message to be sent again. Tries for about `forMs`, then gives up with the last error.
 */
export async function persistently<T>(write: () => Promise<T>, forMs = 30_000): Promise<T> {
  const deadline = Date.now() + forMs;
  for (let wait = 100; ; wait = Math.min(wait * 2, 5_000)) {
    try {
      return await write();
    } catch (error) {
      if (Date.now() + wait > deadline) throw error;
      logger.warn(`Write failed (${(error as Error).message}); trying again in ${wait} ms`);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
