import { serveDocument } from '../common/documents/document-worker.js';
import { importForwardPlan } from './forward-plan-import.rules.js';

// The readers and the forward plan importer, in a thread of their own (see ForwardPlanService.importNotice).
await serveDocument(importForwardPlan);
