import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { branding } from './src/build/vite-plugin-branding.ts';
import { storyFaces } from './src/build/vite-plugin-faces.ts';
import { inkStories } from './src/build/vite-plugin-ink.ts';

export default defineConfig({
  // Relative asset paths: the same build runs from a web server, a file share or an LMS package.
  base: './',
  publicDir: 'assets',
  plugins: [inkStories(), storyFaces(), branding()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // The game, plus the workshop's host and team pages (served by `npm run workshop`). An LMS
      // package (npm run build:scorm, every format) has no workshop server, so it gets the game alone.
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        ...(process.env.VITE_SCORM_EDITION || process.env.VITE_LMS_PACKAGE
          ? {}
          : {
              host: fileURLToPath(new URL('./host.html', import.meta.url)),
              join: fileURLToPath(new URL('./join.html', import.meta.url)),
            }),
      },
    },
  },
  server: { watch: { ignored: ['**/test-results/**', '**/playwright-report/**'] } },
});
