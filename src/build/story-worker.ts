import { checkInkSource, compileInkSource, type CompileOutcome } from './compile-ink.ts';

/** What a story worker tells its parent, in this order, for each file it is given. */
export type StoryWorkerMessage =
  | { kind: 'ready' }
  | { kind: 'read'; files: string[] }
  | { kind: 'done'; outcome: CompileOutcome };

const send = (message: StoryWorkerMessage) => process.send?.(message);

// One story at a time, in a process of its own, so a story that hangs inkjs can be ended.
process.on('message', ({ file, cwd }: { file: string; cwd: string }) => {
  const compiled = compileInkSource(file, cwd);
  // Sent before the runtime plays the story: a watcher learns every INCLUDE even if play hangs.
  send({ kind: 'read', files: compiled.files });
  send({ kind: 'done', outcome: checkInkSource(file, compiled) });
});
send({ kind: 'ready' });
