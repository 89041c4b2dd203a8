// The app of the work plan benches in a process of its own, started by bench/work-plan-app.js with the
// Node.js flags `npm start` gives the app: boots it (bootWorkPlanApp), tells its parent where it
// listens, and closes when told 'stop' or when its parent is gone.
import { bootWorkPlanApp } from './work-plan-app.js';

const booted = await bootWorkPlanApp(process.env.BENCH_QUEUE_PREFIX ?? 'bench-work-plan');
// Closed once, whether told to stop or left by its parent (or both).
let stopping = null;
const stop = () => (stopping ??= booted.close().then(() => process.exit(0)));
process.on('message', (message) => message === 'stop' && stop());
process.once('disconnect', stop);
process.send({ base: booted.base, auth: booted.auth, committeeId: booted.committeeId, database: booted.database, dir: booted.dir });
