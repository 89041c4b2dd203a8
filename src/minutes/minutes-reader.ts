import { readInWorker, type ReadDocument } from '../common/documents/document-worker.js';
import type { ImportedMinutes } from './minutes-import.rules.js';

/**
 * Published minutes — text, a web page, a Word document or a PDF — read and imported in a worker
 * thread: a 200-page PDF or a megabyte on one line never holds up other requests.
 */
export function readMinutes(input: string | Uint8Array, declaredType: string | null = null): Promise<ReadDocument<ImportedMinutes>> {
  return readInWorker(new URL('./minutes-import.worker.js', import.meta.url), input, declaredType);
}
