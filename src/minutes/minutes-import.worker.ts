import { parentPort, workerData } from 'node:worker_threads';
import { importMinutes } from './minutes-import.rules.js';
import { documentText, type PublishedFormat } from './published-document.js';

// The readers and the importer, in a thread of their own: a 200-page PDF or a megabyte on one line
// never holds up other requests. A document that cannot be read says why, for a 400.
const { bytes, format } = workerData as { bytes: Uint8Array; format: PublishedFormat };
try {
  const { text, hints } = await documentText(bytes, format);
  parentPort!.postMessage({ text, minutes: importMinutes(text, hints) });
} catch (error) {
  parentPort!.postMessage({ unreadable: error instanceof Error ? error.message : String(error) });
}
