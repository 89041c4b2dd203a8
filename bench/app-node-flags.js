// The Node.js flags the app's processes run with, as `npm start` (package.json) gives them: a bench
// starts the app's processes the way the product does, and its raw baselines without them.
import { readFileSync } from 'node:fs';

const start = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts.start;
export const APP_NODE_FLAGS = start.split(/\s+/).filter((word) => word.startsWith('--'));
