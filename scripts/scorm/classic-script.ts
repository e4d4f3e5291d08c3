import type { Plugin } from 'vite';

const WORKERS = /[/\\]src[/\\]app[/\\]start-workers\.ts$/;

/**
 * Builds an LMS package's game as one classic script, so it also starts when an LMS or an offline
 * player opens index.html from disk (file://): Chromium runs no module script from a file, nor a
 * worker from a file, but runs a classic script beside the page and a worker from a Blob.
 *
 * - one IIFE file, every lazily loaded part (stage, sound, charts, PDF) inlined into it, and no
 *   module preload (a classic script cannot split into chunks);
 * - the workers' code built into that script and started from a Blob (start-workers-inline.ts in
 *   place of start-workers.ts);
 * - `<script defer>` in place of `<script type="module" crossorigin>`, and no `crossorigin` on the
 *   stylesheet (a CORS request from a file is refused).
 *
 * The web build (`npm run build`, vite.config.ts) does not use this plugin and stays as it is.
 */
export function classicScript(): Plugin {
  return {
    name: 'serving-moments:classic-script',
    enforce: 'pre',
    config: () => ({
      build: {
        modulePreload: false,
        rolldownOptions: {
          output: { format: 'iife', inlineDynamicImports: true },
          // Vite's dynamic-import helper passes import.meta.url, which a classic script has not;
          // it only uses it to preload split chunks, and this script has none.
          checks: { emptyImportMeta: false },
        },
      },
      worker: { format: 'iife' },
    }),
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !WORKERS.test(resolved.id)) return resolved;
      return resolved.id.replace(/start-workers\.ts$/, 'start-workers-inline.ts');
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html
          .replace(/<script type="module" crossorigin src=/g, '<script defer src=')
          .replace(/(<link rel="stylesheet") crossorigin/g, '$1'),
    },
  };
}
