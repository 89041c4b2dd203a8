// Compiling a year of 12 meetings × 20 items into the annual report, through the real service on a
// temporary SQLite file (or DATABASE_URL), then rendering each format. Not part of npm test.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnnualReportsService } from '../dist/src/annual-reports/annual-reports.service.js';
import { AppModule } from '../dist/src/app/app.module.js';
import { preflight } from '../dist/src/app/app.setup.js';
import { loadConfig } from '../dist/src/common/config/app-config.js';
import { CommitteesService } from '../dist/src/councils/committees.service.js';
import { CouncilsService } from '../dist/src/councils/councils.service.js';
import { MunicipalYearsService } from '../dist/src/councils/municipal-years.service.js';
import { MeetingsService } from '../dist/src/meetings/meetings.service.js';
import { MinutesService } from '../dist/src/minutes/minutes.service.js';

const MEETINGS = 12;
const ITEMS = 20;
const dir = mkdtempSync(join(tmpdir(), 'scrutineer-bench-'));
const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', DATABASE_URL: process.env.DATABASE_URL ?? `sqlite:${join(dir, 'bench.sqlite')}`, QUEUE_PREFIX: 'bench-reports', APP_ROLE: 'api', PORT: '0' });
await preflight(config);
const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
try {
  const council = await app.get(CouncilsService).createCouncil('bench-reports', 'Bench Borough Council');
  const actor = { councilId: council.id, userId: null, label: 'bench' };
  const committee = await app.get(CommitteesService).create(actor, 'Crime and Disorder Committee');
  await app.get(MunicipalYearsService).create(actor, { label: '2017-18', startsOn: '2017-05-17', endsOn: '2018-05-15' });
  const summary = 'Members received a presentation and asked questions of the officers present. '.repeat(12).trim();
  for (let m = 0; m < MEETINGS; m++) {
    const meeting = await app.get(MeetingsService).create(actor, { committeeId: committee.id, startsAt: new Date(Date.UTC(2017, 4 + m, 20, 18)).toISOString() });
    await app.get(MinutesService).save(actor, meeting.id, {
      attendance: { present: Array.from({ length: 8 }, (_, i) => ({ name: `Councillor ${i}`, role: i === 0 ? 'chair' : 'member' })), absent: [], apologies: ['Councillor 9'], officers: [], inAttendance: [] },
      items: Array.from({ length: ITEMS }, (_, i) => ({ number: String(i + 1), title: `ITEM ${i + 1} OF MEETING ${m + 1}`, summary, resolutions: ['That the report be noted.', 'That officers report back.'], exempt: i === ITEMS - 1 })),
    });
  }
  const reports = app.get(AnnualReportsService);
  const runs = [];
  let last;
  for (let i = 0; i < 6; i++) {
    const report = await reports.request(actor, { committeeId: committee.id, municipalYear: '2017-18' });
    const began = process.hrtime.bigint();
    last = await reports.compile(report.id);
    runs.push(Number(process.hrtime.bigint() - began) / 1e6);
  }
  const render = {};
  for (const format of ['md', 'html', 'docx']) {
    const began = process.hrtime.bigint();
    const body = await reports.format(last.blocks, last.title, format);
    render[format] = `${(Number(process.hrtime.bigint() - began) / 1e6).toFixed(0)} ms (${Math.round(Buffer.byteLength(body) / 1024)} KB)`;
  }
  const sorted = runs.slice(1).sort((a, b) => a - b);
  const items = last.blocks.filter((b) => b.kind === 'paragraph' && /^Item \d+:/.test(b.text)).length;
  if (items !== MEETINGS * ITEMS) throw new Error(`expected ${MEETINGS * ITEMS} items in the report, found ${items}`);
  console.log(
    `annual report, ${config.DATABASE_URL.split(':')[0]}: ${MEETINGS} meetings × ${ITEMS} items compiled in median ${sorted[2].toFixed(0)} ms (slowest ${sorted[4].toFixed(0)} ms of 5 after a warm-up); rendered md ${render.md}, html ${render.html}, docx ${render.docx}`,
  );
} finally {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}
