import path from 'node:path';
import { build, type BuildEnvironmentOptions } from 'vite';
import { inkStories } from '../../src/build/vite-plugin-ink.ts';

/**
 * Builds a throwaway project (tempProject()) into its dist/ folder as the game's build does its
 * stories: the ink plugin alone, relative paths, nothing logged. `options` adds to `build`.
 */
export function buildProject(root: string, options: BuildEnvironmentOptions = {}) {
  return build({
    root,
    configFile: false,
    logLevel: 'silent',
    base: './',
    plugins: [inkStories()],
    build: { outDir: path.join(root, 'dist'), emptyOutDir: true, ...options },
  });
}
