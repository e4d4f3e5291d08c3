import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
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
// a plum accent, Georgia for text and Verdana for headings).
const BRANDING = 'test/fixtures/branding/acme/branding.json';
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
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await expect(page).toHaveTitle(NAME);
  const logo = page.locator('h1 img.brand-logo');
  await expect(logo).toHaveAttribute('alt', '');
  expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(64);
  // The tab's icon is the company's: its initials on its plum, served beside the game.
  const icon = await page
    .locator('link[rel="icon"]')
    .evaluate((link: HTMLLinkElement) => fetch(link.href).then((r) => r.text()));
  expect(icon).toContain('fill="#7a1f5c"');
  expect(icon).toMatch(/>AS<\/text>/);

  const start = page.getByRole('button', { name: 'Start' });
  await expect(start).toHaveCSS('background-color', PLUM);
  await expect(page.locator('body')).toHaveCSS('font-family', /^Georgia/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('font-family', /^Verdana/);
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
