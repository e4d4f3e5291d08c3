import { statSync } from 'node:fs';
import type { Plugin } from 'vite';
import { storyIdOf, type CompileOutcome } from './compile-ink.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { StoryCompiler, storyBudget, type StoryBudget } from './story-compiler.ts';
import type { StoryEntry } from '../story-entry.ts';

interface Cached {
  stamp: string;
  outcome: Promise<CompileOutcome>;
  files: string[];
}

function stampOf(files: string[]): string {
  return files
    .map((f) => {
      try {
        return `${f}@${statSync(f).mtimeMs}`;
      } catch {
        return `${f}@missing`;
      }
    })
    .join('|');
}

/**
 * Compiles stories/*.ink at build time with the ink compiler, so the browser only ever gets the
 * runtime. 'x.ink?meta' yields the menu's summary; 'x.ink' the whole compiled story. A story with
 * errors fails the build; in the dev server it shows in the menu with its errors instead, so one
 * broken story never takes the others down. Each story compiles in a worker thread under a time
 * and memory budget, so one that hangs inkjs is stopped with a message and the rest still load.
 */
export function inkStories(options: { budget?: StoryBudget } = {}): Plugin {
  const cache = new Map<string, Cached>();
  let compiler: StoryCompiler | undefined;
  let serving = false;
  let root = process.cwd();
  // `npm run build:scorm --stories a,b` packages only some scenarios; the others load as null.
  let only: Set<string> | undefined;

  // The menu's '?meta' and the whole story ask at once: one compile answers both.
  const compile = (file: string): Promise<CompileOutcome> => {
    const hit = cache.get(file);
    if (hit && hit.stamp === stampOf(hit.files)) return hit.outcome;
    compiler ??= new StoryCompiler(root, options.budget ?? storyBudget());
    const before = stampOf([file]);
    const entry: Cached = { stamp: before, files: [file], outcome: compiler.compile(file) };
    cache.set(file, entry);
    void entry.outcome.then((outcome) => {
      entry.files = outcome.files;
      // Edited while it compiled: the next load compiles again.
      entry.stamp = stampOf([file]) === before ? stampOf(outcome.files) : 'edited';
    });
    return entry.outcome;
  };

  return {
    name: 'serving-moments:ink',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
      root = config.root;
      const ids = process.env.SERVING_MOMENTS_STORIES?.split(',').filter(Boolean);
      only = ids?.length ? new Set(ids) : undefined;
    },
    async closeBundle() {
      await compiler?.close();
      compiler = undefined;
    },
    async load(id) {
      const [file = '', query] = id.split('?');
      if (!file.endsWith('.ink')) return null;
      if (only && !only.has(storyIdOf(file))) return 'export default null;';
      const outcome = await compile(file);
      for (const f of outcome.files) this.addWatchFile(f);
      const errors = outcome.diagnostics
        .filter((d) => d.severity === 'error')
        .map(formatDiagnostic);
      for (const d of outcome.diagnostics)
        if (d.severity === 'warning') this.warn(formatDiagnostic(d));
      if (errors.length > 0 || !outcome.story) {
        const message = errors.join('\n') || `${file}: the story did not compile`;
        if (!serving) this.error(message);
        this.warn(message);
        const broken: StoryEntry = {
          id: storyIdOf(file),
          errors: errors.length ? errors : [message],
        };
        return `export default ${JSON.stringify(broken)};`;
      }
      const { story } = outcome;
      const entry: StoryEntry =
        query === 'meta'
          ? { id: story.id, meta: story.meta, hash: story.hash, ranges: story.ranges }
          : story;
      return `export default ${JSON.stringify(entry)};`;
    },
  };
}
