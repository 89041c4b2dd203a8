// The CPU a request costs: the authenticated read of a year's work plan against the bare NestJS route
// answering the same bytes (each in a process of its own, the app started as `npm start` starts it),
// each sent BENCH_REQUESTS (20,000) requests by autocannon in a process of its own at 50 connections,
// the two alternated BENCH_ROUNDS (5) times; medians and ranges of CPU microseconds a request (user +
// system, from Linux's /proc). Steadier than requests a second on a machine whose speed moves: both
// sides are counted in the same run, and what the machine lends the other processes does not count.
// Built code in dist/.
//   node bench/work-plan-cpu.js
import { autocannon, cpuSeconds, median, range } from './measure.js';
import { startWorkPlanApp } from './work-plan-app.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** Items of other years added first (as the read bench's second phase does): the read should not notice them. */
const OTHER_YEARS = Number(process.env.BENCH_OTHER_YEARS ?? 0);

/** REQUESTS requests at 50 connections; the number that were not 2xx or failed. */
const cannon = async (url, headers = {}) => (await autocannon(url, { headers, requests: REQUESTS })).bad;
/** CPU time a process has used, in microseconds (Linux's /proc counts it in ticks of 10 ms). */
const cpuOf = (pid) => cpuSeconds(pid) * 1_000_000;

const bench = await startWorkPlanApp('bench-cpu');
try {
  if (OTHER_YEARS) await bench.otherYears(OTHER_YEARS);
  const body = await (await fetch(bench.planUrl, { headers: bench.auth })).text();
  const bare = await bench.bare(body);
  // A first pass of each, not counted: the code warmed, the plan kept.
  await cannon(bare.url);
  await cannon(bench.planUrl, bench.auth);
  const sides = { bare: [], plan: [] };
  let bad = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let before = cpuOf(bare.pid);
    bad += await cannon(bare.url);
    sides.bare.push((cpuOf(bare.pid) - before) / REQUESTS);
    before = cpuOf(bench.pid);
    bad += await cannon(bench.planUrl, bench.auth);
    sides.plan.push((cpuOf(bench.pid) - before) / REQUESTS);
  }
  console.log(`work plan read, CPU a request: ${bench.database}, ${REQUESTS.toLocaleString('en-GB')} requests a side at 50 connections, ${ROUNDS} rounds alternated${OTHER_YEARS ? `, ${OTHER_YEARS.toLocaleString('en-GB')} items of other years` : ''}`);
  console.log(`  bare NestJS route                        ${median(sides.bare).toFixed(0).padStart(4)} µs (${range(sides.bare)})`);
  console.log(`  GET /api/v1/work-plan (a year, 48 items) ${median(sides.plan).toFixed(0).padStart(4)} µs (${range(sides.plan)}): bare's ×${(median(sides.bare) / median(sides.plan)).toFixed(2)}${bad ? `; ${bad} not 2xx/errors` : ''}`);
} finally {
  await bench.close();
}
