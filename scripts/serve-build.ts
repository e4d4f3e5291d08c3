import path from 'node:path';
import { build, preview } from 'vite';

export const ROOT = path.resolve(import.meta.dirname ?? '.', '..');

/** Builds `root` (the game, or the page at `entry`) into `outDir` and serves it on a free port. */
export async function serve(root: string, outDir: string, entry?: string) {
  await build({
    root,
    configFile: entry ? false : path.join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    base: './',
    build: { outDir, emptyOutDir: true, ...(entry ? { rollupOptions: { input: entry } } : {}) },
  });
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  return { server, url: server.resolvedUrls?.local[0] ?? '' };
}
