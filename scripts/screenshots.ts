/**
 * `npm run screenshots`: retakes the README's encounter pictures, docs/encounter-desktop.png
 * (1280×800) and docs/encounter-phone.png (375×667, touch), from a fresh build in headless
 * Chromium. It plays The Heat in Room 412 to its third decision, so the transcript shows what the
 * learner said, and waits until the stage has drawn everyone's faces and gone still.
 * Not part of `npm test`: run it after a change to how an encounter looks.
 */
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config.ts';
import { ROOT, serve } from './serve-build.ts';

/** Two choices in: at the door of 412, the guest in person, calm, what you said in the transcript. */
const PATH = [
  'Ask what the unit is doing and what she has tried',
  'Go to five, and ring 412 on the way to say why',
];
/** Kept small enough to sit in the repository and load quickly on the README. */
const MAX_BYTES = 300 * 1024;

const SHOTS = [
  { file: 'docs/encounter-desktop.png', viewport: { width: 1280, height: 800 }, touch: false },
  { file: 'docs/encounter-phone.png', viewport: { width: 375, height: 667 }, touch: true },
];

async function shoot(browser: Browser, url: string, shot: (typeof SHOTS)[number]) {
  const context = await browser.newContext({
    viewport: shot.viewport,
    hasTouch: shot.touch,
    isMobile: shot.touch,
    // Lines arrive whole and the stage holds still, so the picture is the same on every run.
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(`${url}#/play/hotel-heat`);
  const choices = page.getByRole('group', { name: 'Choices' });
  const stage = page.locator('.stage-canvas');
  // The customer's face files have arrived (else she would be drawn by hand).
  await stage.and(page.locator('[data-portrait="picture"]')).waitFor({ timeout: 60_000 });
  for (const said of PATH) {
    await choices.getByRole('button', { name: said }).click();
    await page.getByRole('log', { name: 'Transcript' }).getByText(`You: ${said}`).waitFor();
  }
  await choices.getByRole('button').first().waitFor();
  await stage.and(page.locator('[data-drawn="Helen Marsh"]')).waitFor({ timeout: 60_000 });
  await stage.and(page.locator('[data-loop="asleep"]')).waitFor({ timeout: 60_000 });
  // No hover highlight on the choice last clicked.
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.fonts.ready);
  // On a phone the page starts where the learner reads: the stage pinned above the choices.
  await page.screenshot({ path: path.join(ROOT, shot.file) });
  await context.close();
  const bytes = statSync(path.join(ROOT, shot.file)).size;
  if (bytes > MAX_BYTES) throw new Error(`${shot.file} is ${bytes} bytes, over ${MAX_BYTES}`);
  console.log(`${shot.file}: ${shot.viewport.width}×${shot.viewport.height}, ${bytes} bytes`);
}

const outDir = path.join(tmpdir(), `serving-moments-screenshots-${process.pid}`);
const { server, url } = await serve(ROOT, outDir);
const browser = await chromium.launch(chromiumLaunch);
try {
  for (const shot of SHOTS) await shoot(browser, url, shot);
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
