import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the browser build is made from; a change to any of these makes dist/ stale. */
const SOURCES = [
  'src',
  'stories',
  'assets',
  'index.html',
  'host.html',
  'join.html',
  'vite.config.ts',
];
/** The pages the workshop serves: if one is missing, the build is too. */
const OUTPUTS = ['index.html', 'host.html', 'join.html'];

function newestIn(target: string): number {
  let stat;
  try {
    stat = statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return target.endsWith('.test.ts') ? 0 : stat.mtimeMs;
  return readdirSync(target).reduce(
    (newest, name) => Math.max(newest, newestIn(path.join(target, name))),
    stat.mtimeMs,
  );
}

/** Why `distDir` must be rebuilt, or undefined when it is newer than every source. */
export function staleBecause(projectDir: string, distDir: string): string | undefined {
  let oldest = Infinity;
  for (const page of OUTPUTS) {
    try {
      oldest = Math.min(oldest, statSync(path.join(distDir, page)).mtimeMs);
    } catch {
      return `${path.relative(projectDir, path.join(distDir, page))} is missing`;
    }
  }
  const changed = SOURCES.find((s) => newestIn(path.join(projectDir, s)) > oldest);
  return changed ? `${changed} changed since the last build` : undefined;
}

/**
 * Builds the game into `distDir` when it is older than its sources (unless WORKSHOP_BUILD=never),
 * so `npm run workshop` and `workshop:cluster` never serve stale pages. False when the build failed.
 */
export function buildIfStale(projectDir: string, distDir: string, env: NodeJS.ProcessEnv): boolean {
  const stale = env.WORKSHOP_BUILD === 'never' ? undefined : staleBecause(projectDir, distDir);
  if (!stale) return true;
  console.log(`Building the game (${stale})…`);
  const outDir = path.relative(projectDir, distDir) || '.';
  // As `npm run build`: the game alone (its own chunks), then the workshop's pages beside it.
  const builds = [
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir'],
    ['vite', 'build', '--mode', 'workshop', '--outDir', outDir],
  ];
  return builds.every(
    (args) => spawnSync('npx', args, { cwd: projectDir, stdio: 'inherit', env }).status === 0,
  );
}
