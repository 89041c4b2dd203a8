import { parentPort, workerData } from 'node:worker_threads';
import { importMinutes } from './minutes-import.rules.js';

// The importer, in a thread of its own: reading a megabyte of minutes never holds up other requests.
parentPort!.postMessage(importMinutes(workerData as string));
