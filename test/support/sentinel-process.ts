import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { PATIENCE_MS } from './wait-for.js';

/** A redis-server of the test's own, a master or the replica of one, on a free port. */
export async function startRedisServer(replicaOf?: number): Promise<{ port: number; child: ChildProcess; stop(): Promise<void> }> {
  const port = await freePort();
  // A folder of its own: a replica's first sync goes through a file there (never the project's folder).
  const dir = mkdtempSync(join(tmpdir(), 'redis-'));
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', ...(replicaOf ? ['--replicaof', '127.0.0.1', String(replicaOf)] : [])];
  const child = await started(spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'inherit'] }), replicaOf ? /MASTER <-> REPLICA sync: (Finished|Master accepted)/ : /Ready to accept connections/);
  return {
    port,
    child,
    async stop() {
      await stopped(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A Redis Sentinel watching the master at `masterPort` as `name`, quick to call it down (1 s) and fail over. */
export async function startSentinel(name: string, masterPort: number): Promise<{ port: number; stop(): Promise<void> }> {
  const port = await freePort();
  // Sentinel rewrites its configuration file: it gets one of its own.
  const dir = mkdtempSync(join(tmpdir(), 'sentinel-'));
  const file = join(dir, 'sentinel.conf');
  writeFileSync(
    file,
    [`port ${port}`, 'bind 127.0.0.1', `dir ${dir}`, `sentinel monitor ${name} 127.0.0.1 ${masterPort} 1`, `sentinel down-after-milliseconds ${name} 1000`, `sentinel failover-timeout ${name} 5000`, ''].join('\n'),
  );
  const child = await started(spawn('redis-server', [file, '--sentinel'], { stdio: ['ignore', 'pipe', 'inherit'] }), /\+monitor master/);
  return {
    port,
    async stop() {
      await stopped(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function started(child: ChildProcess, ready: RegExp): Promise<ChildProcess> {
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start within ${PATIENCE_MS / 1000} s: ${out}`)), PATIENCE_MS);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${out}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  child.removeAllListeners('exit');
  return child;
}

async function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
