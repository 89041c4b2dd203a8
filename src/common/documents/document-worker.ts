import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { InvalidInputError } from '../errors/domain-errors.js';
import { documentText, formatOf, type LineHint, type PublishedFormat } from './published-document.js';

/** Longer than any real document takes (a megabyte, or a 200-page PDF, reads in well under two seconds). */
const READ_LIMIT_MS = 20_000;

/**
 * Documents read at once by this process; more wait their turn. Each reader may use up to 512 MB, so
 * that a burst of uploads slows imports down rather than exhausting the server's memory.
 */
const AT_ONCE = 4;
let reading = 0;
const waiting: (() => void)[] = [];

async function turn<T>(work: () => Promise<T>): Promise<T> {
  if (reading >= AT_ONCE) await new Promise<void>((go) => waiting.push(go));
  reading++;
  try {
    return await work();
  } finally {
    reading--;
    waiting.shift()?.();
  }
}

const FORMAT_NAMES: Record<PublishedFormat, string> = { text: 'text', html: 'a web page', docx: 'a Word document', pdf: 'a PDF' };

export interface ReadDocument<T> {
  /** The text the importer read (of a PDF, Word file or page: as the readers made it), kept as the source of what was imported. */
  text: string;
  format: PublishedFormat;
  result: T;
}

/**
 * A worker script beside the module that names it once built; when the app runs from its sources
 * (the tests), the built one in dist/ (`npm test` builds first).
 */
export function builtWorker(script: URL): URL {
  if (existsSync(fileURLToPath(script))) return script;
  const at = script.href.lastIndexOf('/src/');
  return new URL(`${script.href.slice(0, at)}/dist${script.href.slice(at)}`);
}

/**
 * Reads a published document — text, a web page, a Word document or a PDF, told apart by its first
 * bytes — and imports it in a worker thread (the script calls `serveDocument`), so that a long
 * document never blocks the server's other requests. A document that cannot be read, or takes longer
 * than the limit, is refused with 400 naming the file; the thread is stopped.
 */
export function readInWorker<T>(script: URL, input: string | Uint8Array, declaredType: string | null = null): Promise<ReadDocument<T>> {
  const bytes = typeof input === 'string' ? new Uint8Array(Buffer.from(input, 'utf8')) : input;
  const format = typeof input === 'string' ? (formatOf(bytes, declaredType) === 'html' ? 'html' : 'text') : formatOf(bytes, declaredType);
  if (!format) return Promise.reject(new InvalidInputError(['file: this is not text, a web page, a Word document (.docx) or a PDF']));
  return turn(() => read<T>(script, bytes, format));
}

function read<T>(script: URL, bytes: Uint8Array, format: PublishedFormat): Promise<ReadDocument<T>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(builtWorker(script), { workerData: { bytes, format }, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new InvalidInputError([`body: the document could not be read within ${READ_LIMIT_MS / 1000} seconds; send it in parts, or as ordinary text with line breaks`]));
    }, READ_LIMIT_MS);
    worker.once('message', (answer: { text: string; result: T } | { unreadable: string }) => {
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

/** In the worker thread: read the document it was given, import it with `parse`, and answer. */
export async function serveDocument<T>(parse: (text: string, hints: Map<number, LineHint>) => T): Promise<void> {
  const { bytes, format } = workerData as { bytes: Uint8Array; format: PublishedFormat };
  try {
    const { text, hints } = await documentText(bytes, format);
    parentPort!.postMessage({ text, result: parse(text, hints) });
  } catch (error) {
    parentPort!.postMessage({ unreadable: error instanceof Error ? error.message : String(error) });
  }
}
