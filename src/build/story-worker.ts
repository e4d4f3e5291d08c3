import { checkInkSource, compileInkSource, type CompileOutcome } from './compile-ink.ts';

/** What a story worker tells its parent, in this order, for each file it is given. */
export type StoryWorkerMessage =
  | { kind: 'ready' }
  | { kind: 'read'; files: string[] }
  | { kind: 'done'; outcome: CompileOutcome };

const send = (message: StoryWorkerMessage) => process.send?.(message);

// One story at a time, in a process of its own, so a story that hangs inkjs can be ended.
// `exploreMs`: the exploration's own time bound, inside the worker's, so a slow story is read
// as cut and approximate rather than stopped.
process.on(
  'message',
  ({ file, cwd, exploreMs }: { file: string; cwd: string; exploreMs: number }) => {
    const compiled = compileInkSource(file, cwd);
    // Sent before the runtime plays the story: a watcher learns every INCLUDE even if play hangs.
    send({ kind: 'read', files: compiled.files });
    send({ kind: 'done', outcome: checkInkSource(file, compiled, { timeMs: exploreMs }) });
  },
);
send({ kind: 'ready' });
