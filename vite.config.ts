import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { branding } from './src/build/vite-plugin-branding.ts';
import { storyFaces } from './src/build/vite-plugin-faces.ts';
import { inkStories } from './src/build/vite-plugin-ink.ts';

export default defineConfig(({ mode }): UserConfig => {
  // A mode, not an environment variable, so the command is the same in every shell (Windows too).
  const workshopPages = mode === 'workshop';
  return {
    // Relative asset paths: the same build runs from a web server, a file share or an LMS package.
    base: './',
    publicDir: 'assets',
    plugins: [inkStories(), storyFaces(), branding()],
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 1600,
      // Two builds into one folder. The game's has index.html as its only input, so the menu arrives
      // as one script rather than the chunks it would share with other pages (222 against 268 ms to
      // menu ready when first measured, 2026-12-02). `npm run build` then runs again with `--mode workshop` for
      // the workshop's host and team pages (served by `npm run workshop`), added beside the game.
      // An LMS package (npm run build:scorm) has no workshop server, so it makes the first alone.
      ...(workshopPages ? { emptyOutDir: false } : {}),
      rolldownOptions: {
        input: workshopPages
          ? {
              host: fileURLToPath(new URL('./host.html', import.meta.url)),
              join: fileURLToPath(new URL('./join.html', import.meta.url)),
            }
          : { main: fileURLToPath(new URL('./index.html', import.meta.url)) },
      },
    },
    server: { watch: { ignored: ['**/test-results/**', '**/playwright-report/**'] } },
  };
});
