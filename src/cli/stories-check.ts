/**
 * `npm run stories:check [FILES…]`: checks every story in stories/ (or the named files) against the
 * ink compiler and the tag contract, and prints each problem as file:line: severity: message.
 * Each story runs in a worker under a time and memory budget: one that hangs inkjs is reported.
 * Checking the whole folder also checks the menu's order list against the stories there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic } from '../build/diagnostics.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import { MENU_ORDER_FILE, parseMenuOrder } from '../core/menu-order.ts';
import { StoryCompiler } from '../build/story-compiler.ts';

function storyFiles(args: string[]): string[] {
  if (args.length > 0) return args;
  const dir = path.resolve('stories');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ink'))
    .sort()
    .map((f) => path.join('stories', f));
}

/** Problems in stories/menu-order.txt, when the whole folder is checked and the list exists. */
function menuOrderProblems(args: string[], files: string[]): Diagnostic[] {
  if (args.length > 0 || !existsSync(MENU_ORDER_FILE)) return [];
  const known = new Set(files.map((f) => path.basename(f, '.ink')));
  return parseMenuOrder(readFileSync(MENU_ORDER_FILE, 'utf8'), known).problems;
}

const args = process.argv.slice(2);
const files = storyFiles(args);
const compiler = new StoryCompiler();
const outcomes = files.map((file) => compiler.compile(file));
let errors = 0;
let warnings = 0;
for (const outcome of [
  ...outcomes,
  Promise.resolve({ diagnostics: menuOrderProblems(args, files) }),
]) {
  const { diagnostics } = await outcome;
  for (const d of diagnostics) {
    console.log(formatDiagnostic(d));
    if (d.severity === 'error') errors++;
    else warnings++;
  }
}
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.log(
  `${plural(files.length, 'story')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`.replace(
    'storys',
    'stories',
  ),
);
await compiler.close();
process.exitCode = errors > 0 ? 1 : 0;
