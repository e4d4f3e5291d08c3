import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { brandIconSvg } from '../core/brand-icon.ts';
import { fontUrlOf, themeCss } from '../core/theme-css.ts';
import { loadBranding, type LoadedBranding } from './branding-file.ts';

const DEFAULT_NAME = 'Serving Moments';

const TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};

/** Where the logo is served and emitted, relative to the page: `branding/logo.<ext>`. */
export const logoPathOf = (loaded: LoadedBranding): string | undefined =>
  loaded.logoFile ? `branding/logo${path.extname(loaded.logoFile).toLowerCase()}` : undefined;

/** Each bundled font's URL path (without the leading /) and its file on disk. */
const fontsOf = (loaded: LoadedBranding) =>
  (loaded.branding.fontFiles ?? []).map((f, i) => ({
    url: fontUrlOf(f.file),
    file: loaded.fontFiles?.[i] ?? '',
  }));

/** A branded build's tab icon, made from the brand's colours and initials (brand-icon.ts). */
export const FAVICON = 'branding/favicon.svg';
const iconOf = (loaded: LoadedBranding) =>
  loaded.file ? brandIconSvg(loaded.branding) : undefined;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * Applies the company's branding file (docs/branding.md) at build time: the pages' titles, their
 * colours and fonts as CSS custom properties, the logo as branding/logo.*, and the product name and
 * logo path as import.meta.env.VITE_BRAND_NAME and VITE_BRAND_LOGO for the game's own text (a
 * build without this plugin gets Serving Moments' name). A wrong field or a colour pair below
 * WCAG AA stops the build with the field or the pair named; in the dev server an edit that breaks
 * it is logged and the last good branding stays.
 */
export function branding(options: { env?: NodeJS.ProcessEnv } = {}): Plugin {
  let loaded: LoadedBranding | undefined;
  let root = process.cwd();
  const current = (): LoadedBranding => {
    if (!loaded) throw new Error('branding is read when the config is resolved');
    return loaded;
  };
  const load = (): LoadedBranding => {
    const result = loadBranding(root, options.env ?? process.env);
    if (!result.ok) throw new Error(`Branding: ${result.error}`);
    return result.value;
  };
  const watch = (server: ViteDevServer) => {
    const { file, logoFile } = current();
    if (!file) return;
    server.watcher.add([file, ...(logoFile ? [logoFile] : [])]);
    server.watcher.on('change', (changed) => {
      if (![file, logoFile].includes(path.resolve(changed))) return;
      const result = loadBranding(root, options.env ?? process.env);
      if (!result.ok) server.config.logger.error(`Branding: ${result.error}`);
      // The name and logo are compiled into the code: a restart builds them in afresh.
      else void server.restart();
    });
  };

  return {
    name: 'serving-moments:branding',
    config(config) {
      root = path.resolve(config.root ?? process.cwd());
      loaded = load();
      const logo = logoPathOf(loaded);
      return {
        define: {
          'import.meta.env.VITE_BRAND_NAME': JSON.stringify(loaded.branding.productName),
          'import.meta.env.VITE_BRAND_LOGO': JSON.stringify(logo ?? ''),
        },
      };
    },
    transformIndexHtml(html) {
      const { branding: b } = current();
      const named = html.replaceAll(DEFAULT_NAME, escapeHtml(b.productName));
      return {
        html: iconOf(current())
          ? named.replace(
              /<link rel="icon"[^>]*>/,
              `<link rel="icon" type="image/svg+xml" href="${FAVICON}" />`,
            )
          : named,
        tags: [
          {
            tag: 'style',
            attrs: { id: 'branding' },
            children: themeCss(b),
            injectTo: 'head',
          },
        ],
      };
    },
    configureServer(server) {
      watch(server);
      server.middlewares.use((req, res, next) => {
        const asked = (req.url ?? '').split('?')[0];
        const font = fontsOf(current()).find((f) => `/${f.url}` === asked);
        if (!font) return next();
        res.setHeader('Content-Type', 'font/woff2');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(font.file));
      });
      server.middlewares.use((req, res, next) => {
        const icon = iconOf(current());
        if (!icon || (req.url ?? '').split('?')[0] !== `/${FAVICON}`) return next();
        res.setHeader('Content-Type', 'image/svg+xml');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(icon);
      });
      server.middlewares.use((req, res, next) => {
        const logo = logoPathOf(current());
        const { logoFile } = current();
        if (!logo || !logoFile || (req.url ?? '').split('?')[0] !== `/${logo}`) return next();
        res.setHeader('Content-Type', TYPES[path.extname(logoFile).toLowerCase()] ?? 'image/*');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(logoFile));
      });
    },
    generateBundle() {
      const logo = logoPathOf(current());
      const { logoFile } = current();
      if (logo && logoFile)
        this.emitFile({ type: 'asset', fileName: logo, source: readFileSync(logoFile) });
      for (const font of fontsOf(current()))
        this.emitFile({ type: 'asset', fileName: font.url, source: readFileSync(font.file) });
      const icon = iconOf(current());
      if (icon) this.emitFile({ type: 'asset', fileName: FAVICON, source: icon });
    },
  };
}
