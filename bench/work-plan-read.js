// The authenticated read of a year's work plan, and a public page, against a bare NestJS route that
// answers a body of the same size (the app and the bare route each in a process of its own, the app
// started as `npm start` starts it) — each measured by autocannon in a process of its own, the app
// drained between measurements, at 50 connections, after a round of each side not counted, the sides
// interleaved, 5 rounds, medians and ranges; then again once the committee has 5,000 items in other
// years. Built code in dist/ (npm run bench builds first). Needs Redis.
//   node bench/work-plan-read.js   (BENCH_SECONDS per measurement, default 5; BENCH_ROUNDS, default 5;
//                                   BENCH_WARM_UP_SECONDS, default 5)
import { APP_NODE_FLAGS } from './app-node-flags.js';
import { autocannon, median, range } from './measure.js';
import { startWorkPlanApp } from './work-plan-app.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 5);
const CONNECTIONS = 50;
const OTHER_YEARS_ITEMS = Number(process.env.BENCH_OTHER_YEARS ?? 5_000);

/** One measurement: requests a second and the 99th percentile of latency. */
const cannon = (url, headers = {}, seconds = SECONDS) => autocannon(url, { headers, connections: CONNECTIONS, seconds });

const bench = await startWorkPlanApp('bench-read');
const { base, auth, planUrl, publicUrl, database } = bench;

/** Waits until the app has worked off what the last measurement left queued: /health answers at once. */
async function drained() {
  for (;;) {
    const started = performance.now();
    await (await fetch(`${base}/health`)).arrayBuffer();
    if (performance.now() - started < 20) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

try {
  const bareBody = await (await fetch(planUrl, { headers: auth })).text();
  const { url: bareUrl } = await bench.bare(bareBody);
  console.log(`work plan read: ${database}, the app in a process of its own (${APP_NODE_FLAGS.join(' ') || "Node's defaults"}), autocannon ${CONNECTIONS} connections × ${SECONDS} s, ${ROUNDS} rounds interleaved; the bare NestJS route answers the same ${bareBody.length.toLocaleString('en-GB')} bytes`);

  const phase = async (label) => {
    const sides = { bare: [], plan: [], public: [] };
    for (let round = 0; round < ROUNDS; round++) {
      sides.bare.push(await cannon(bareUrl));
      sides.plan.push(await cannon(planUrl, auth));
      await drained();
      sides.public.push(await cannon(publicUrl, { Accept: 'text/html' }));
      await drained();
    }
    const rps = (s) => s.map((m) => m.rps);
    const p99 = (s) => s.map((m) => m.p99);
    const bad = (s) => s.reduce((n, m) => n + m.bad, 0);
    const base = median(rps(sides.bare));
    for (const [name, s] of [['bare NestJS route', sides.bare], ['GET /api/v1/work-plan (a year, 48 items)', sides.plan], ['GET /public/:slug/work-plan (page)', sides.public]]) {
      console.log(
        `  ${label.padEnd(26)} ${name.padEnd(42)} ${median(rps(s)).toFixed(0).padStart(6)} req/s (${range(rps(s))}), ×${(median(rps(s)) / base).toFixed(2)} of bare; p99 ${median(p99(s)).toFixed(0)} ms (${range(p99(s))})${bad(s) ? `; ${bad(s)} not 2xx/errors` : ''}`,
      );
    }
  };
  // A round of each side not counted: every process past its start (compiling, the heap growing).
  for (const [url, headers] of [[bareUrl, {}], [planUrl, auth], [publicUrl, { Accept: 'text/html' }]]) {
    await cannon(url, headers, WARM_UP_SECONDS);
    await drained();
  }
  await phase('the year alone');
  await bench.otherYears(OTHER_YEARS_ITEMS);
  await phase(`+${OTHER_YEARS_ITEMS.toLocaleString('en-GB')} items of other years`);
} finally {
  await bench.close();
}
