/**
 * `npm run bench:studio`: in the built game in headless Chromium, opens the Studio on the ~100 KB
 * test/fixtures/large/night-shift.ink and times each keystroke that makes or mends an ink error
 * until the Problems summary says so (timed inside the page, to the frame after the change). The target is 500 ms.
 * Results go to bench-results/studio.json. Never part of the tests.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { chromiumLaunch } from '../playwright.config.ts';
import { LARGE_STORY } from './bench-stories-fixture.ts';

const ROOT = path.resolve(import.meta.dirname ?? '.', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const TARGET_MS = 500;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

// From a keydown to the frame after the Problems summary changed, timed inside the page.
const KEY_PROBE = `(() => {
  const summary = document.querySelector('.studio-summary');
  window.__keyMs = undefined;
  let down = 0;
  const before = summary.textContent;
  document.addEventListener('keydown', () => { down = performance.now(); }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (!down || summary.textContent === before) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__keyMs = Math.round(performance.now() - down); });
  });
  observer.observe(summary, { childList: true, characterData: true, subtree: true });
})()`;

async function main() {
  const out = path.join(ROOT, 'bench-results');
  const dist = path.join(out, 'studio');
  mkdirSync(out, { recursive: true });
  await build({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    base: './',
    build: { outDir: dist, emptyOutDir: true },
  });
  const server = await preview({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    build: { outDir: dist },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0] ?? '';
  // '-> END' is the last text: an 'x' after it makes an unknown divert, Backspace mends it.
  const story = readFileSync(LARGE_STORY, 'utf8').trimEnd();
  const browser = await chromium.launch(chromiumLaunch);
  const samples: number[] = [];
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.evaluate((text) => {
      localStorage.setItem(
        'serving-moments:studio:files',
        JSON.stringify([{ name: 'story.ink', text }]),
      );
    }, story);
    await page.goto(`${url}#/studio`);
    const summary = page.locator('.studio-summary');
    await summary.filter({ hasText: /problems|error|warning/ }).waitFor({ timeout: 120_000 });
    const editor = page.getByRole('textbox', { name: /Ink story/ });
    await editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    // '-> END' at the end of the story: an 'x' makes it an unknown divert, Backspace mends it.
    for (let run = 0; run < RUNS; run++) {
      await page.evaluate(KEY_PROBE);
      await page.keyboard.press(run % 2 === 0 ? 'x' : 'Backspace');
      await page.waitForFunction('window.__keyMs !== undefined', undefined, { timeout: 60_000 });
      samples.push((await page.evaluate('window.__keyMs')) as number);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const result = {
    storyBytes: story.length,
    runs: samples.length,
    keystrokeToProblemsMs: { median: median(samples), max: Math.max(...samples), samples },
    targetMs: TARGET_MS,
    withinTarget: median(samples) <= TARGET_MS,
  };
  writeFileSync(path.join(out, 'studio.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
}

await main();
