// The app of the work plan benches: `startWorkPlanApp` starts it in a process of its own
// (bench/work-plan-server.js) with the Node.js flags `npm start` gives it, as the product runs, on a
// temporary SQLite file (or DATABASE_URL) and a local Redis, with a council, a co-ordinator's token, a
// committee and a municipal year of six meetings of eight items each; `otherYears` adds items of
// 2010–2015 (seasons, no meetings) through the API; `bare` starts the bare NestJS route
// (bench/bare-nest.js, a process of its own) answering the read's body. `bootWorkPlanApp` boots the
// same app in the calling process (the server process uses it; so can a profiling script).
import { fork, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_NODE_FLAGS } from './app-node-flags.js';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/** The app in a process of its own: where it listens, its process, and what the benches do with it. */
export async function startWorkPlanApp(queuePrefix) {
  const server = fork(here('./work-plan-server.js'), [], {
    env: { ...process.env, BENCH_QUEUE_PREFIX: queuePrefix },
    execArgv: APP_NODE_FLAGS,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise((resolve, reject) => {
    server.once('message', resolve);
    server.once('exit', (code) => reject(new Error(`bench/work-plan-server.js exited (${code}) before it was ready`)));
  });
  let bare = null;
  return {
    ...withRequests(ready),
    pid: server.pid,
    async close() {
      bare?.kill();
      await new Promise((resolve) => {
        server.once('exit', resolve);
        server.send('stop');
      });
    },
    /** The bare NestJS route, in a process of its own, answering the body given: its address and process. */
    async bare(body) {
      const file = join(ready.dir, 'bare-body.json');
      writeFileSync(file, body);
      bare = spawn(process.execPath, [here('./bare-nest.js')], { env: { ...process.env, BARE_BODY_FILE: file }, stdio: ['ignore', 'pipe', 'inherit'] });
      const port = await new Promise((resolve) => bare.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
      return { url: `http://127.0.0.1:${port}/bare`, pid: bare.pid };
    },
  };
}

/** The addresses of the read and the public page, and `otherYears`, for an app listening at `base`. */
function withRequests({ base, auth, committeeId, database }) {
  const post = async (path, body) => {
    const res = await fetch(`${base}${path}`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  return {
    base,
    auth,
    database,
    post,
    planUrl: `${base}/api/v1/work-plan?committeeId=${committeeId}&municipalYear=2017-18`,
    publicUrl: `${base}/public/bench/work-plan`,
    /** Items of other years: seasons of 2010–2015, no meetings. */
    async otherYears(count) {
      const seasons = ['Summer', 'Autumn', 'Winter', 'Spring'];
      const months = { Summer: 'July', Autumn: 'October', Winter: 'February', Spring: 'April' };
      for (let i = 0; i < count; i++) {
        const season = seasons[i % 4];
        await post('/api/v1/work-plan/items', { committeeId, title: `Earlier item ${i}`, basis: 'discretionary', category: 'other', season: `${season} ${2010 + (i % 6)} (${months[season]})`, status: 'agreed' });
      }
    },
  };
}

/** The app booted in this process and seeded: what `withRequests` gives, the app, and `close`. */
export async function bootWorkPlanApp(queuePrefix) {
  // Loaded here, not above: the bench's own process, which only starts the app's, never loads the app.
  await import('reflect-metadata');
  const { NestFactory } = await import('@nestjs/core');
  const { AppModule } = await import('../dist/src/app/app.module.js');
  const { configureApp, preflight } = await import('../dist/src/app/app.setup.js');
  const { loadConfig } = await import('../dist/src/common/config/app-config.js');
  const { CouncilsService } = await import('../dist/src/councils/councils.service.js');
  const dir = mkdtempSync(join(tmpdir(), 'scrutineer-bench-'));
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', DATABASE_URL: process.env.DATABASE_URL ?? `sqlite:${join(dir, 'bench.sqlite')}`, QUEUE_PREFIX: queuePrefix, PORT: '0' });
  await preflight(config);
  const app = await NestFactory.create(AppModule.forRoot(config), { bodyParser: false, logger: ['error'] });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
  const close = async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const councils = app.get(CouncilsService);
    const council = await councils.createCouncil('bench', 'Bench Borough Council');
    const commandLine = await councils.systemContext(council.id, { councilId: council.id, userId: null, label: 'bench' });
    const token = await councils.tokenFor(commandLine, { email: 'bench@example.org', name: 'Bench', role: 'coordinator' });
    const auth = { Authorization: `Bearer ${token}` };
    const { post } = withRequests({ base, auth });
    const committee = await post('/api/v1/committees', { name: 'Crime and Disorder Committee' });
    await post('/api/v1/municipal-years', { label: '2017-18', startsOn: '2017-05-17', endsOn: '2018-05-15' });
    // The year read: six meetings of eight items each.
    for (const day of ['2017-06-14', '2017-07-26', '2017-09-20', '2017-11-15', '2018-02-14', '2018-04-11']) {
      const meeting = await post('/api/v1/meetings', { committeeId: committee.id, startsAt: `${day}T18:00:00Z` });
      for (let i = 0; i < 8; i++) await post('/api/v1/work-plan/items', { committeeId: committee.id, title: `Item ${i + 1} for ${day}`, basis: 'discretionary', category: 'partner_update', meetingId: meeting.id });
    }
    const database = config.DATABASE_URL.split(':')[0];
    return { ...withRequests({ base, auth, committeeId: committee.id, database }), app, dir, committeeId: committee.id, close };
  } catch (error) {
    await close();
    throw error;
  }
}
