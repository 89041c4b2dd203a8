import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InvalidInputError } from '../common/errors/domain-errors.js';
import type { ImportedMinutes } from './minutes-import.rules.js';

/** Longer than any real document takes (a megabyte reads in well under a second). */
const READ_LIMIT_MS = 20_000;

/**
 * The worker script: beside this module once built; when the app runs from its sources (the tests),
 * the built one in dist/ (`npm test` builds first).
 */
function workerScript(): URL {
  const here = new URL('./minutes-import.worker.js', import.meta.url);
  return existsSync(fileURLToPath(here)) ? here : new URL(here.href.replace('/src/minutes/', '/dist/src/minutes/'));
}

/**
 * Reads published minutes in a worker thread, so that a long document (or text pasted from a PDF as
 * one line) never blocks the server's other requests. A document that takes longer than the limit is
 * refused with 400; the thread is stopped.
 */
export function readMinutes(text: string): Promise<ImportedMinutes> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerScript(), { workerData: text });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new InvalidInputError([`body: the minutes could not be read within ${READ_LIMIT_MS / 1000} seconds; send them in parts, or as ordinary text with line breaks`]));
    }, READ_LIMIT_MS);
    worker.once('message', (minutes: ImportedMinutes) => {
      clearTimeout(timer);
      resolve(minutes);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
