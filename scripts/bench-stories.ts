/**
 * `npm run bench:stories`: for every shipped story and the ~100 KB fixture, the full check
 * (compile, tag contract, exploration; no cache) against inkjs's own compile of the same story,
 * measured in the same run, as ratios. Targets (issue 12): check ≤ 2× compile for a shipped story;
 * the large story ≤ 10 s on this 2-core machine. Results go to bench-results/. Never a test.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { compileInkFile, compileInkSource } from '../src/build/compile-ink.ts';
import { LARGE_STORY } from './bench-stories-fixture.ts';

process.env.SERVING_MOMENTS_NO_CACHE = '1';
const ROOT = path.resolve(import.meta.dirname ?? '.', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function time(run: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return Math.round(median(samples));
}

const stories = readdirSync(path.join(ROOT, 'stories'))
  .filter((f) => f.endsWith('.ink'))
  .sort()
  .map((f) => path.join(ROOT, 'stories', f));
const loadBefore = loadavg();
const rows = [...stories, LARGE_STORY].map((file) => {
  const compileMs = time(() => compileInkSource(file, ROOT));
  let exact: boolean | undefined;
  const checkMs = time(() => {
    exact = compileInkFile(file, ROOT).exploration?.exact;
  });
  const large = file === LARGE_STORY;
  return {
    story: path.relative(ROOT, file),
    compileMs,
    checkMs,
    ratioToCompile: +(checkMs / Math.max(1, compileMs)).toFixed(2),
    exact,
    target: large ? 'check ≤ 10 s' : 'check ≤ 2× compile',
    withinTarget: large ? checkMs <= 10_000 : checkMs <= 2 * compileMs,
  };
});
const result = {
  date: new Date().toISOString(),
  cores: cpus().length,
  load: {
    before: loadBefore.map((l) => +l.toFixed(2)),
    after: loadavg().map((l) => +l.toFixed(2)),
  },
  runs: RUNS,
  baseline: "inkjs's own compile of each story, in this run",
  stories: rows,
};
const out = path.join(ROOT, 'bench-results');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'stories.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
