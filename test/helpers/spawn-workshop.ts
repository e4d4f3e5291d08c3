import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface SpawnedWorkshop {
  child: ChildProcess;
  url: string;
  /** Everything the server printed so far, for a failing test's message. */
  output: () => string;
}

/**
 * Starts `src/server/main.ts` as its own process, as `npm run workshop` does, and resolves with
 * the host address it prints. For tests that must kill the server for real, and the benchmark.
 */
export function spawnWorkshop(
  env: Record<string, string>,
  timeoutMs = 60_000,
  nodeArgs: string[] = [],
): Promise<SpawnedWorkshop> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/server/main.ts'], {
    cwd: PROJECT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', WORKSHOP_BUILD: 'never', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the workshop server did not start:\n${text}`));
    }, timeoutMs);
    const read = (chunk: Buffer) => {
      text += chunk.toString();
      const found = /Host \(open on this computer\): (http:\/\/\S+)\/host\.html/.exec(text);
      if (!found?.[1]) return;
      clearTimeout(timer);
      resolve({ child, url: found[1], output: () => text });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the workshop server exited (${code}) before it was ready:\n${text}`));
    });
  });
}

/** kill -9: no shutdown handler runs, nothing is flushed, as when a laptop dies. */
export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
