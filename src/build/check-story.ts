import { compileInkFile, type CompileOutcome } from './compile-ink.ts';

/** The trainer's checker: the build's errors plus warnings about how the story scores. */
export function checkStory(file: string, cwd = process.cwd()): CompileOutcome {
  return compileInkFile(file, cwd);
}
