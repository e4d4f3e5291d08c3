import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lanAddresses } from './addresses.ts';
import { staleBecause } from './build-freshness.ts';
import { loadStoryLibrary } from './story-library.ts';
import { startWorkshopServer } from './workshop-server.ts';

// `npm run workshop`: builds the game when it is missing or stale, then serves the workshop.
const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const env = process.env;
const port = Number(env.PORT ?? 8080);
const host = env.HOST ?? '0.0.0.0';
const db = path.resolve(PROJECT, env.WORKSHOP_DB ?? 'workshop.db');
const distDir = path.resolve(PROJECT, env.WORKSHOP_DIST ?? 'dist');

if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be a port number, not '${env.PORT}'.`);
  process.exit(2);
}

const stale = env.WORKSHOP_BUILD === 'never' ? undefined : staleBecause(PROJECT, distDir);
if (stale) {
  console.log(`Building the game (${stale})…`);
  const outDir = path.relative(PROJECT, distDir) || '.';
  const built = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: PROJECT,
    stdio: 'inherit',
  });
  if (built.status !== 0) {
    console.error('The build failed: fix the errors above and run `npm run workshop` again.');
    process.exit(1);
  }
}

const library = loadStoryLibrary(path.resolve(PROJECT, env.WORKSHOP_STORIES ?? 'stories'), PROJECT);
for (const problem of library.problems) console.error(`Not offered: ${problem}`);

const server = await startWorkshopServer({
  port,
  host,
  db,
  distDir,
  stories: library.stories,
  ...(env.WORKSHOP_PUBLIC_URL ? { publicUrl: env.WORKSHOP_PUBLIC_URL } : {}),
});

const sessions = server.manager.sessions;
const teams = sessions.reduce((n, s) => n + s.teams.size, 0);
const join = server.joinBase ?? server.url;
console.log(
  [
    '',
    'Serving Moments workshop is running.',
    `  Host (open on this computer): ${server.url}/host.html`,
    `  Teams join at:                ${join}/join.html`,
    ...lanAddresses()
      .slice(1)
      .map((a) => `                   or:          http://${a}:${server.port}/join.html`),
    `  Database: ${db} (${sessions.length} sessions, ${teams} teams restored)`,
    `  ${library.stories.size} scenarios. Press Ctrl+C to stop.`,
    '',
  ].join('\n'),
);

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
