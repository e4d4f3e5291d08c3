import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { build, preview, type PreviewServer } from 'vite';
import { PROJECT } from '../test/helpers/temp-project';
import {
  expectNoAxeViolations,
  HOTEL,
  playByMouse,
  showAllIfTyping,
  choicesGroup,
} from './helpers';

// The company's branding the build applies: test/fixtures/branding/acme (product name, logo,
// a plum accent, Georgia for text, and for headings a web font the build bundles: Acme Serif,
// fonts/acme-serif-bold.woff2).
const BRANDING = 'test/fixtures/branding/acme/branding-web-font.json';
const NAME = 'Acme Service Academy';
const PLUM = 'rgb(122, 31, 92)';

let server: PreviewServer;
let url: string;

test.beforeAll(async () => {
  const outDir = path.join(PROJECT, `${process.env.E2E_OUT ?? 'dist'}-branding`);
  const before = { ...process.env };
  process.env.BRANDING = BRANDING;
  process.env.SERVING_MOMENTS_STORIES = 'hotel-heat';
  try {
    await build({
      root: PROJECT,
      configFile: path.join(PROJECT, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    for (const key of ['BRANDING', 'SERVING_MOMENTS_STORIES']) {
      if (before[key] === undefined) delete process.env[key];
      else process.env[key] = before[key];
    }
  }
  server = await preview({
    root: PROJECT,
    configFile: false,
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  url = server.resolvedUrls?.local[0] ?? '';
});

test.afterAll(async () => {
  await server?.httpServer.close();
});

/** The favicon link resolves to an SVG that the browser decodes as a picture; returns its text. */
async function expectFaviconIsAnImage(page: Page): Promise<string> {
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  const url = new URL(href ?? '', page.url()).href;
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toContain('image/svg+xml');
  const size = await page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    return image.naturalWidth;
  }, url);
  expect(size, `${url} decodes as a picture`).toBeGreaterThan(0);
  return response.text();
}

/**
 * Headings are set in the brand's bundled woff2, not a fallback: the file arrived as a font, the
 * page's font set has it loaded, and Chromium reports the heading's letters drawn with it (a web
 * font, by the family name inside the file).
 */
async function expectHeadingsInWebFont(page: Page): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveCSS('font-family', /^"?Acme Serif"?,/);
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((f) => f.family.replace(/["']/g, '') === 'Acme Serif')
      .map((f) => `${f.status} ${f.weight}`);
  });
  expect(loaded).toEqual(['loaded 700']);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  expect(fonts.map((f) => `${f.familyName}${f.isCustomFont ? ' (web font)' : ''}`)).toEqual([
    'Acme Serif (web font)',
  ]);
  await cdp.detach();
}

/** The text lines jsPDF wrote into the summary (it writes text uncompressed, one Tj per line). */
const pdfLines = (bytes: Buffer): string[] =>
  [...bytes.toString('latin1').matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)].map((m) =>
    (m[1] ?? '').replace(/\\(.)/g, '$1'),
  );

test('a branded build shows the company’s name, logo, colours and fonts in the game and on its PDF summary', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fontFiles: string[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.woff2')) fontFiles.push(`${r.status()} ${r.headers()['content-type']}`);
  });
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await expect(page).toHaveTitle(NAME);
  const logo = page.locator('h1 img.brand-logo');
  await expect(logo).toHaveAttribute('alt', '');
  expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(64);
  // The tab's icon is the company's: its initials on its plum, served beside the game.
  const icon = await expectFaviconIsAnImage(page);
  expect(icon).toContain('fill="#7a1f5c"');
  expect(icon).toMatch(/>AS<\/text>/);

  const start = page.getByRole('button', { name: 'Start' });
  await expect(start).toHaveCSS('background-color', PLUM);
  await expect(page.locator('body')).toHaveCSS('font-family', /^Georgia/);
  await expectHeadingsInWebFont(page);
  expect(fontFiles).toEqual(['200 font/woff2']);
  await expectNoAxeViolations(page);

  // High contrast mode sets its own colours over the brand's.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog').getByRole('checkbox', { name: 'High contrast' }).check();
  await expect(start).toHaveCSS('background-color', 'rgb(0, 58, 112)');
  await page.getByRole('dialog').getByRole('checkbox', { name: 'High contrast' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(start).toHaveCSS('background-color', PLUM);

  await start.click();
  await expect(page).toHaveTitle(`Choose a scenario · ${NAME}`);
  await expect(page.getByText(`Welcome to ${NAME}: 1 of 3`)).toBeVisible();
  await page.getByRole('button', { name: HOTEL }).click();
  await showAllIfTyping(page);
  await expect(choicesGroup(page)).toBeVisible();
  await playByMouse(page, () => 0);
  await page.getByRole('button', { name: 'See your debrief' }).click();
  await expect(page).toHaveTitle(/^Debrief: The Heat in Room 412 · Acme Service Academy$/);

  const nameField = page.getByRole('textbox', { name: 'Your name on the summary (optional)' });
  await nameField.fill('Ana Ruiz');
  await expectNoAxeViolations(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download summary' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^acme-service-academy-hotel-heat-\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  const bytes = readFileSync(await file.path());
  const lines = pdfLines(bytes);
  expect(lines.slice(0, 2)).toEqual([`${NAME}: debrief`, 'Prepared for: Ana Ruiz']);
  // The logo, drawn at 4 pixels a point and 36 points high (the chart is the other picture).
  expect(bytes.toString('latin1')).toMatch(/\/Subtype \/Image\s*\/Width 144\s*\/Height 144/);

  // The name is offered again on the next summary.
  await page.getByRole('button', { name: 'Play again' }).click();
  await playByMouse(page, () => 0);
  await page.getByRole('button', { name: 'See your debrief' }).click();
  await expect(nameField).toHaveValue('Ana Ruiz');
  await context.close();
});

test('the unbranded game’s tab icon is a real picture, not the page answered for a missing file', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  expect(await expectFaviconIsAnImage(page)).toContain('<svg');
});
