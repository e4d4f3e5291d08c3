/**
 * `npm run stories:report [FILE…] [--bots N]`: per story, its paths, decisions, endings, score
 * ranges, best and worst path, and how random bot playthroughs score; how the debrief reads its best
 * and worst paths (readings, verdict and its checks) and the checker's judgement warnings; then the
 * library's measured shape against issue 14's goals. Stories compile in workers under a time and
 * memory budget. VITE_ALIVE_AT sets the ALIVE threshold, as in the build.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic } from '../build/diagnostics.ts';
import { StoryCompiler } from '../build/story-compiler.ts';
import { formatJudgement, judgementReport } from '../core/judgement-report.ts';
import { libraryMetrics, storyRow, type StoryRow } from '../core/library-metrics.ts';
import { formatLibrary } from '../core/library-report.ts';
import { buildReport, formatReport } from '../core/story-report.ts';
import { aliveAtFrom } from '../core/verdict.ts';

const files: string[] = [];
let bots = 200;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--bots') bots = Math.max(0, Number(args[++i]) || 0);
  else files.push(args[i] ?? '');
}
const targets =
  files.length > 0
    ? files
    : readdirSync('stories')
        .filter((f) => f.endsWith('.ink'))
        .sort()
        .map((f) => path.join('stories', f));

let failed = false;
const rows: StoryRow[] = [];
const compiler = new StoryCompiler();
const outcomes = targets.map((file) => ({ file, outcome: compiler.compile(file) }));
for (const { file, outcome: pending } of outcomes) {
  const outcome = await pending;
  if (!outcome.story) {
    failed = true;
    for (const d of outcome.diagnostics.filter((x) => x.severity === 'error'))
      console.log(formatDiagnostic(d));
    continue;
  }
  console.log(
    formatReport(
      buildReport(outcome.story.json, `${outcome.story.meta.title} (${file})`, {
        bots,
        ...(outcome.exploration ? { exploration: outcome.exploration } : {}),
      }),
    ),
  );
  const warnings = outcome.diagnostics.filter((d) => d.rule === 'judgement').map(formatDiagnostic);
  console.log(
    formatJudgement(
      judgementReport(outcome.story, aliveAtFrom(process.env), outcome.exploration),
      warnings,
    ),
  );
  console.log('');
  if (outcome.exploration) rows.push(storyRow(outcome.story, outcome.exploration));
}
await compiler.close();
console.log(formatLibrary(libraryMetrics(rows)));
process.exitCode = failed ? 1 : 0;
