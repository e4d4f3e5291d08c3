import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, createLogger, createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../../test/helpers/temp-project.ts';
import { branding } from './vite-plugin-branding.ts';

const ACME = path.join(PROJECT, 'test/fixtures/branding/acme/branding.json');

/** A page and a script that shows what the build gives the game: its name and logo path. */
function tempProject(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'serving-moments-branding-'));
  writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html><head><link rel="icon" type="image/svg+xml" href="/favicon.svg" /><title>Serving Moments</title></head><body><p>Loading Serving Moments…</p><script type="module" src="./entry.js"></script></body></html>',
  );
  writeFileSync(
    path.join(root, 'entry.js'),
    'document.title = `${import.meta.env.VITE_BRAND_NAME}|${import.meta.env.VITE_BRAND_LOGO}`;\n',
  );
  return root;
}

const buildWith = (root: string, env: NodeJS.ProcessEnv) =>
  build({
    root,
    configFile: false,
    logLevel: 'silent',
    base: './',
    plugins: [branding({ env })],
    build: { outDir: path.join(root, 'dist'), emptyOutDir: true },
  });

describe('the branding Vite plugin', () => {
  it('builds the name, colours, fonts and logo of branding.json into the game', async () => {
    const root = tempProject();
    await buildWith(root, { BRANDING: ACME });
    const html = readFileSync(path.join(root, 'dist', 'index.html'), 'utf8');
    expect(html).toContain('<title>Acme Service Academy</title>');
    expect(html).toContain('Loading Acme Service Academy…');
    expect(html).not.toContain('Serving Moments');
    expect(html).toMatch(/<style id="branding">[^<]*--accent:#7a1f5c/);
    expect(html).toContain('--font-headings:Verdana, Arial, sans-serif');
    const js = readdirSync(path.join(root, 'dist', 'assets'))
      .map((f) => readFileSync(path.join(root, 'dist', 'assets', f), 'utf8'))
      .join('\n');
    expect(js).toContain('Acme Service Academy|branding/logo.svg');
    expect(readFileSync(path.join(root, 'dist', 'branding', 'logo.svg'), 'utf8')).toBe(
      readFileSync(path.join(path.dirname(ACME), 'acme-logo.svg'), 'utf8'),
    );
    // The tab icon is the brand's: its initials on its accent colour, not Serving Moments' face.
    expect(html).toContain('<link rel="icon" type="image/svg+xml" href="branding/favicon.svg" />');
    const icon = readFileSync(path.join(root, 'dist', 'branding', 'favicon.svg'), 'utf8');
    expect(icon).toContain('fill="#7a1f5c"');
    expect(icon).toMatch(/>AS<\/text>/);
  }, 60_000);

  it('bundles the web fonts branding.json names, each with an @font-face the brand’s font list uses', async () => {
    const root = tempProject();
    const brand = mkdtempSync(path.join(tmpdir(), 'serving-moments-fonts-'));
    writeFileSync(path.join(brand, 'acme-sans.woff2'), 'wOF2 font bytes');
    writeFileSync(
      path.join(brand, 'branding.json'),
      JSON.stringify({
        fonts: {
          body: "'Acme Sans', Arial, sans-serif",
          files: [{ family: 'Acme Sans', file: 'acme-sans.woff2', weight: 700 }],
        },
      }),
    );
    await buildWith(root, { BRANDING: path.join(brand, 'branding.json') });
    const html = readFileSync(path.join(root, 'dist', 'index.html'), 'utf8');
    expect(html).toContain(
      "@font-face{font-family:'Acme Sans';src:url('branding/acme-sans.woff2') format('woff2');font-weight:700",
    );
    expect(html).toContain("--font-body:'Acme Sans', Arial, sans-serif");
    expect(readFileSync(path.join(root, 'dist', 'branding', 'acme-sans.woff2'), 'utf8')).toBe(
      'wOF2 font bytes',
    );
  }, 60_000);

  it('keeps Serving Moments’ name and colours without a branding file', async () => {
    const root = tempProject();
    await buildWith(root, {});
    const html = readFileSync(path.join(root, 'dist', 'index.html'), 'utf8');
    expect(html).toContain('<title>Serving Moments</title>');
    expect(html).toContain('href="/favicon.svg"');
    expect(html).toMatch(/<style id="branding">[^<]*--accent:#1f5f8b/);
    expect(readdirSync(path.join(root, 'dist'))).not.toContain('branding');
  }, 60_000);

  it('stops the build when a brand colour fails WCAG AA, naming the pair and both colours', async () => {
    const root = tempProject();
    writeFileSync(
      path.join(root, 'branding.json'),
      JSON.stringify({ productName: 'Pale', colours: { accent: '#ffcc00' } }, null, 2),
    );
    await expect(buildWith(root, {})).rejects.toThrow(
      /a primary button label \(accentText on accent\): #ffffff on #ffcc00 is 1\.51:1, WCAG AA needs 4\.5:1/,
    );
  }, 60_000);

  it('serves the branded page and logo in the dev server', async () => {
    const root = tempProject();
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      cacheDir: path.join(root, '.vite'),
      plugins: [branding({ env: { BRANDING: ACME } })],
      server: { host: '127.0.0.1', port: 0 },
    });
    await server.listen();
    try {
      const url = server.resolvedUrls?.local[0] ?? '';
      const page = await (await fetch(url)).text();
      expect(page).toContain('<title>Acme Service Academy</title>');
      expect(page).toContain('--accent:#7a1f5c');
      const logo = await fetch(`${url}branding/logo.svg`);
      expect(logo.headers.get('content-type')).toBe('image/svg+xml');
      expect(await logo.text()).toContain('<svg');
      const entry = await (await fetch(`${url}entry.js`)).text();
      expect(entry).toContain('Acme Service Academy');
    } finally {
      await server.close();
    }
  }, 60_000);

  it('in the dev server, takes an edit of branding.json at once and keeps the last good one on a mistake', async () => {
    const root = tempProject();
    const file = path.join(root, 'branding.json');
    writeFileSync(file, JSON.stringify({ productName: 'Acme' }));
    const errors: string[] = [];
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      customLogger: {
        ...createLogger('silent'),
        error: (message: string) => void errors.push(message),
      },
      cacheDir: path.join(root, '.vite'),
      plugins: [branding({ env: {} })],
      server: { host: '127.0.0.1', port: 0 },
    });
    await server.listen();
    const page = async () => (await fetch(server.resolvedUrls?.local[0] ?? '')).text();
    try {
      expect(await page()).toContain('<title>Acme</title>');
      writeFileSync(file, JSON.stringify({ productName: 'Acme Academy' }));
      await expect.poll(page, { timeout: 20_000 }).toContain('<title>Acme Academy</title>');
      writeFileSync(
        file,
        JSON.stringify({ productName: 'Acme Academy', colours: { text: '#eeeeee' } }),
      );
      await expect
        .poll(() => errors.join('\n'), { timeout: 20_000 })
        .toContain('text on the page background (text on background): #eeeeee on #f7f5f0');
      expect(await page()).toContain('<title>Acme Academy</title>');
      expect(await page()).toContain('--ink:#1d2433');
    } finally {
      await server.close();
    }
  }, 60_000);
});
