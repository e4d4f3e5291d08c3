import { defineConfig } from 'vite';
import { inkStories } from './src/build/vite-plugin-ink.ts';

export default defineConfig({
  // Relative asset paths: the same build runs from a web server, a file share or an LMS package.
  base: './',
  publicDir: 'assets',
  plugins: [inkStories()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
  },
  server: { watch: { ignored: ['**/test-results/**', '**/playwright-report/**'] } },
});
