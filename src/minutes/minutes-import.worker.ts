import { serveDocument } from '../common/documents/document-worker.js';
import { importMinutes } from './minutes-import.rules.js';

// The readers and the minutes importer, in a thread of their own (see readMinutes).
await serveDocument(importMinutes);
