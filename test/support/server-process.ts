import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from './free-port.js';
import { PATIENCE_MS } from './wait-for.js';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything it printed. */
  output(): string;
  /** SIGTERM, and the exit code or signal. */
  stop(): Promise<number | string | null>;
}

/**
 * The built server (`dist/src/main.js`) in a process of its own, listening on a free port; ready once
 * it has printed `readyLine` (a worker or scheduler, which listens on no port, prints another).
 */
export async function startServer(env: Record<string, string>, readyLine = 'Listening on'): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/src/main.js'], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  child.stderr!.on('data', (chunk) => (out += chunk));
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server was not ready within ${PATIENCE_MS / 1000} s: ${out}`)), PATIENCE_MS);
    child.stdout!.on('data', () => {
      if (!out.includes(readyLine)) return;
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code ?? signal}: ${out}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
