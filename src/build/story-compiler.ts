import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from '../core/diagnostic.ts';
import type { CompileOutcome } from './compile-ink.ts';
import type { StoryWorkerMessage } from './story-worker.ts';

/** How long and how much memory one story's compile and check may take before it is stopped. */
export interface StoryBudget {
  timeMs: number;
  memoryMb: number;
}

/** `SERVING_MOMENTS_STORY_SECONDS` overrides the time: a slow machine, or a test that wants it short. */
export function storyBudget(env = process.env): StoryBudget {
  const seconds = Number(env.SERVING_MOMENTS_STORY_SECONDS);
  return { timeMs: seconds > 0 ? seconds * 1000 : 60_000, memoryMb: 1024 };
}

const ENTRY = fileURLToPath(new URL('./story-worker.ts', import.meta.url));
// Vite runs the build's plugins without a TypeScript loader, so the worker loads its code via tsx.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

const STARTUP_MS = 120_000;

const LOOP_HINT =
  "a loop that never ends a line runs for ever in ink, e.g. '<>' glue or a function diverting back into itself";

/** V8 ends a whole process, worker threads and all, on some allocations: say so as memory. */
const OUT_OF_MEMORY =
  /heap out of memory|invalid size error|Invalid array length|Invalid string length/;

/**
 * Compiles and checks stories in worker processes under a time and memory budget: a story that
 * hangs inkjs's compiler or runtime (not only the explorer, which has budgets of its own) is ended
 * with a message naming its file, and the other stories go on in other workers. Processes, not
 * worker threads: a story that doubles a string until V8 gives up aborts the whole process it runs
 * in, whatever a thread's resourceLimits say, and that must not be the dev server.
 */
export class StoryCompiler {
  private readonly idle: ChildProcess[] = [];
  private readonly ready = new WeakSet<ChildProcess>();
  private readonly waiting: (() => void)[] = [];
  private running = 0;

  constructor(
    private readonly cwd = process.cwd(),
    private readonly budget: StoryBudget = storyBudget(),
    private readonly workers = 2,
  ) {}

  compile(file: string): Promise<CompileOutcome> {
    return new Promise((resolve) => {
      const start = () => this.run(file, resolve);
      if (this.running < this.workers) start();
      else this.waiting.push(start);
    });
  }

  /** Ends the idle workers; a compile still running ends at its budget. */
  async close(): Promise<void> {
    for (const worker of this.idle.splice(0)) worker.kill();
  }

  private spawn(): ChildProcess {
    return fork(ENTRY, [], {
      cwd: this.cwd,
      execArgv: ['--import', TSX, `--max-old-space-size=${this.budget.memoryMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
  }

  /** An idle worker must not keep the CLI or the build alive; a busy one must. */
  private static hold(worker: ChildProcess, busy: boolean): void {
    const handles = [worker, worker.channel, worker.stderr] as (
      | { ref(): void; unref(): void }
      | null
      | undefined
    )[];
    for (const h of handles) {
      if (busy) h?.ref();
      else h?.unref();
    }
  }

  private run(file: string, resolve: (outcome: CompileOutcome) => void): void {
    this.running++;
    const worker = this.idle.pop() ?? this.spawn();
    StoryCompiler.hold(worker, true);
    let files = [path.resolve(this.cwd, file)];
    let stderr = '';
    let done = false;
    const onStderr = (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    };
    const finish = (outcome: CompileOutcome, healthy: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      worker.removeAllListeners('message');
      worker.removeAllListeners('exit');
      worker.stderr?.off('data', onStderr);
      if (healthy) {
        StoryCompiler.hold(worker, false);
        this.idle.push(worker);
      } else worker.kill('SIGKILL');
      this.running--;
      this.waiting.shift()?.();
      resolve(outcome);
    };
    const stopped = (message: string, hint?: string) => {
      const shown = path.relative(this.cwd, files[0] ?? file) || file;
      const diagnostic: Diagnostic = {
        file: shown,
        line: 1,
        severity: 'error',
        message,
        ...(hint ? { hint } : {}),
      };
      finish({ diagnostics: [diagnostic], files }, false);
    };
    const seconds = Math.round(this.budget.timeMs / 100) / 10;
    let stage = "ink's compiler did not finish";
    // The budget is the story's: it starts once the worker has loaded, not while a busy machine
    // starts a process (which has a generous guard of its own).
    let timer = setTimeout(
      () => stopped(`the checker could not start a worker within ${STARTUP_MS / 1000} s`),
      STARTUP_MS,
    );
    const start = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => stopped(`the checker stopped this story after ${seconds} s: ${stage}`, LOOP_HINT),
        this.budget.timeMs,
      );
      worker.send({ file, cwd: this.cwd, exploreMs: Math.round((this.budget.timeMs * 2) / 3) });
    };
    worker.stderr?.on('data', onStderr);
    worker.on('message', (m: StoryWorkerMessage) => {
      if (m.kind === 'ready') {
        this.ready.add(worker);
        start();
      } else if (m.kind === 'read') {
        files = m.files;
        stage = 'it compiled, but playing it through did not finish';
      } else finish(m.outcome, true);
    });
    worker.on('exit', (code, signal) => {
      if (OUT_OF_MEMORY.test(stderr))
        stopped(
          `the checker stopped this story at its memory budget (${this.budget.memoryMb} MB): ${stage}`,
          LOOP_HINT,
        );
      else {
        const last = stderr.trim().split('\n').filter(Boolean).slice(-1)[0];
        stopped(
          `the checker stopped unexpectedly (${signal ?? `exit code ${code}`})${last ? `: ${last}` : ''}`,
        );
      }
    });
    if (this.ready.has(worker)) start();
  }
}
