import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { createServer } from 'vite';
import type { StoryBudget } from '../src/build/story-compiler';
import { branding } from '../src/build/vite-plugin-branding';
import { inkStories } from '../src/build/vite-plugin-ink';
import { PROJECT, tempProject } from '../test/helpers/temp-project';

/**
 * The dev server (`vite`, not a build) over a copy of the game whose stories/ folder holds the
 * small desk alone, as a trainer's `npm start` serves it. `budget` is the ink plugin's own.
 */
export async function storyDevServer(budget?: StoryBudget) {
  const project = tempProject();
  copyFileSync(
    path.join(PROJECT, 'test', 'fixtures', 'small-desk.ink'),
    path.join(project.stories, 'small-desk.ink'),
  );
  const server = await createServer({
    root: project.root,
    configFile: false,
    logLevel: 'silent',
    cacheDir: path.join(project.root, '.vite'),
    plugins: [branding(), inkStories(budget ? { budget } : {})],
    server: { host: '127.0.0.1', port: 0, fs: { allow: [project.root, PROJECT] } },
  });
  await server.listen();
  return { server, stories: project.stories, url: server.resolvedUrls?.local[0] ?? '' };
}
