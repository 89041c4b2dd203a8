import { serveDocument } from '../common/documents/document-worker.js';
import { importWorkProgramme } from './work-programme-import.rules.js';

// The readers and the work programme importer, in a thread of their own (see WorkPlanService.proposalsFrom).
await serveDocument(importWorkProgramme);
