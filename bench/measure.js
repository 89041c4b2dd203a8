// What the benchmarks measure with and report: medians and ranges of repetitions, elapsed and CPU
// time, and autocannon run in a process of its own.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const range = (values, digits = 0) => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;

/** CPU seconds (user and system) a process has used: fields 14 and 15 of Linux's /proc/<pid>/stat, in ticks of 10 ms; null elsewhere. */
export function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

const autocannonCli = fileURLToPath(new URL('../node_modules/autocannon/autocannon.js', import.meta.url));
const run = promisify(execFile);

/**
 * One measurement by autocannon in a process of its own, for `seconds` or for `requests` in all:
 * requests a second, the 99th percentile of latency (ms), and how many answers were not 2xx or failed.
 */
export async function autocannon(url, { headers = {}, connections = 50, seconds: duration, requests }) {
  const args = [autocannonCli, '-c', String(connections), ...(requests ? ['-a', String(requests)] : ['-d', String(duration)]), '-j', ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}=${v}`]), url];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
  const result = JSON.parse(stdout);
  return { rps: result.requests.average, p99: result.latency.p99, bad: result.non2xx + result.errors + result.timeouts };
}
