import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InvalidInputError } from '../common/errors/domain-errors.js';
import type { ImportedMinutes } from './minutes-import.rules.js';
import { formatOf, type PublishedFormat } from './published-document.js';

/** Longer than any real document takes (a megabyte, or a 200-page PDF, reads in well under two seconds). */
const READ_LIMIT_MS = 20_000;

const FORMAT_NAMES: Record<PublishedFormat, string> = { text: 'text', html: 'a web page', docx: 'a Word document', pdf: 'a PDF' };

/**
 * The worker script: beside this module once built; when the app runs from its sources (the tests),
 * the built one in dist/ (`npm test` builds first).
 */
function workerScript(): URL {
  const here = new URL('./minutes-import.worker.js', import.meta.url);
  return existsSync(fileURLToPath(here)) ? here : new URL(here.href.replace('/src/minutes/', '/dist/src/minutes/'));
}

export interface ReadMinutes {
  /** The text the importer read (of a PDF, Word file or page: as the readers made it), kept as the source of each item. */
  text: string;
  format: PublishedFormat;
  minutes: ImportedMinutes;
}

/**
 * Reads published minutes — text, a web page, a Word document or a PDF, told apart by their first
 * bytes — in a worker thread, so that a long document never blocks the server's other requests. A
 * document that cannot be read, or takes longer than the limit, is refused with 400; the thread is
 * stopped.
 */
export function readMinutes(input: string | Uint8Array, declaredType: string | null = null): Promise<ReadMinutes> {
  const bytes = typeof input === 'string' ? new Uint8Array(Buffer.from(input, 'utf8')) : input;
  const format = typeof input === 'string' ? (formatOf(bytes, declaredType) === 'html' ? 'html' : 'text') : formatOf(bytes, declaredType);
  if (!format) return Promise.reject(new InvalidInputError(['file: this is not minutes as text, a web page, a Word document (.docx) or a PDF']));
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerScript(), { workerData: { bytes, format }, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new InvalidInputError([`body: the minutes could not be read within ${READ_LIMIT_MS / 1000} seconds; send them in parts, or as ordinary text with line breaks`]));
    }, READ_LIMIT_MS);
    worker.once('message', (answer: { text: string; minutes: ImportedMinutes } | { unreadable: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if ('unreadable' in answer) reject(new InvalidInputError([`file: it could not be read as ${FORMAT_NAMES[format]} (${answer.unreadable.slice(0, 200)})`]));
      else resolve({ ...answer, format });
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(new InvalidInputError([`file: it could not be read as ${FORMAT_NAMES[format]} (${error.message.slice(0, 200)})`]));
    });
  });
}
