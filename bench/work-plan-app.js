// The app of the work plan benches: booted in this process on a temporary SQLite file (or DATABASE_URL)
// and a local Redis, a council with a co-ordinator's token, a committee and a municipal year of six
// meetings of eight items each; `otherYears` adds items of 2010–2015 (seasons, no meetings); `bare`
// starts the bare NestJS route (bench/bare-nest.js, a process of its own) answering the read's body.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppModule } from '../dist/src/app/app.module.js';
import { configureApp, preflight } from '../dist/src/app/app.setup.js';
import { loadConfig } from '../dist/src/common/config/app-config.js';
import { CouncilsService } from '../dist/src/councils/councils.service.js';

export async function startWorkPlanApp(queuePrefix) {
  const dir = mkdtempSync(join(tmpdir(), 'scrutineer-bench-'));
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', DATABASE_URL: process.env.DATABASE_URL ?? `sqlite:${join(dir, 'bench.sqlite')}`, QUEUE_PREFIX: queuePrefix, PORT: '0' });
  await preflight(config);
  const app = await NestFactory.create(AppModule.forRoot(config), { bodyParser: false, logger: ['error'] });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
  let bare = null;
  const close = async () => {
    await app.close();
    bare?.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const councils = app.get(CouncilsService);
    const council = await councils.createCouncil('bench', 'Bench Borough Council');
    const commandLine = await councils.systemContext(council.id, { councilId: council.id, userId: null, label: 'bench' });
    const token = await councils.tokenFor(commandLine, { email: 'bench@example.org', name: 'Bench', role: 'coordinator' });
    const auth = { Authorization: `Bearer ${token}` };
    const post = async (path, body) => {
      const res = await fetch(`${base}${path}`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const committee = await post('/api/v1/committees', { name: 'Crime and Disorder Committee' });
    await post('/api/v1/municipal-years', { label: '2017-18', startsOn: '2017-05-17', endsOn: '2018-05-15' });
    // The year read: six meetings of eight items each.
    for (const day of ['2017-06-14', '2017-07-26', '2017-09-20', '2017-11-15', '2018-02-14', '2018-04-11']) {
      const meeting = await post('/api/v1/meetings', { committeeId: committee.id, startsAt: `${day}T18:00:00Z` });
      for (let i = 0; i < 8; i++) await post('/api/v1/work-plan/items', { committeeId: committee.id, title: `Item ${i + 1} for ${day}`, basis: 'discretionary', category: 'partner_update', meetingId: meeting.id });
    }
    const planUrl = `${base}/api/v1/work-plan?committeeId=${committee.id}&municipalYear=2017-18`;
    return {
      app,
      config,
      base,
      auth,
      planUrl,
      publicUrl: `${base}/public/bench/work-plan`,
      close,
      /** Items of other years: seasons of 2010–2015, no meetings. */
      async otherYears(count) {
        const seasons = ['Summer', 'Autumn', 'Winter', 'Spring'];
        const months = { Summer: 'July', Autumn: 'October', Winter: 'February', Spring: 'April' };
        for (let i = 0; i < count; i++) {
          const season = seasons[i % 4];
          await post('/api/v1/work-plan/items', { committeeId: committee.id, title: `Earlier item ${i}`, basis: 'discretionary', category: 'other', season: `${season} ${2010 + (i % 6)} (${months[season]})`, status: 'agreed' });
        }
      },
      /** The bare NestJS route, in a process of its own, answering the body given: its address and process. */
      async bare(body) {
        const file = join(dir, 'bare-body.json');
        writeFileSync(file, body);
        bare = spawn(process.execPath, [fileURLToPath(new URL('./bare-nest.js', import.meta.url))], { env: { ...process.env, BARE_BODY_FILE: file }, stdio: ['ignore', 'pipe', 'inherit'] });
        const port = await new Promise((resolve) => bare.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
        return { url: `http://127.0.0.1:${port}/bare`, pid: bare.pid };
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}
