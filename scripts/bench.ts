/**
 * `npm run bench`: measures the built game in headless Chromium against a floor page (inkjs runtime
 * and three buttons) measured in the same run, and reports ratios. Results go to bench-results/.
 *
 * "Ready" is each page's own performance mark (menu-ready, floor-ready); the menu's ratio is the
 * median of the per-run ratios. BENCH_RUNS (default 5) sets the runs per profile (medians are
 * reported); BENCH_PROFILES=desktop (or phone) takes one profile only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config.ts';
import {
  animatedFloor,
  FIRST_CHOICE_PROBE,
  framesDuringEncounter,
  readyMark,
  SCENE_PROBE,
  scriptBeforeReady,
  type Frames,
  type ScriptFetched,
} from './bench-page-probes.ts';
import { FRAME_PROFILES, profilePage } from './bench-frames.ts';
import { ROOT, serve } from './serve-build.ts';
import { summary } from './bench-summary.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** From the start of the navigation to the page's own ready mark, on the page's clock. */
async function timeToReady(page: Page, url: string, mark: string): Promise<number> {
  await page.goto(url);
  return readyMark(page, mark);
}

/**
 * The profiles of `npm run bench:frames`, so both benches measure the same phone: 375x667 at two
 * device pixels per CSS pixel (as such a phone has; the stage's canvas then has twice the rows),
 * touch, the CPU slowed 4x through CDP; and a laptop as it comes.
 */
const PROFILES = FRAME_PROFILES.filter(
  (p) => !process.env.BENCH_PROFILES || process.env.BENCH_PROFILES.split(',').includes(p.name),
);

async function main() {
  const out = path.join(ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  const game = await serve(ROOT, path.join(out, 'game'));
  const floor = await serve(
    path.join(ROOT, 'bench'),
    path.join(out, 'floor'),
    path.join(ROOT, 'bench', 'floor.html'),
  );
  const browser = await chromium.launch(chromiumLaunch);
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    runs: RUNS,
    loadAverageAtStart: loadavg().map((l) => +l.toFixed(2)),
  };
  try {
    for (const profile of PROFILES) results[profile.name] = await measure(profile);
  } finally {
    await browser.close();
    await game.server.close();
    await floor.server.close();
  }

  /**
   * With motion allowed, as most learners have it: the people breathe, blink and start at news.
   * Frames are taken over 3 s from a choice that changes the customer's mood.
   */
  async function framesWhileAnimating(profile: (typeof PROFILES)[number]) {
    const { context, page } = await profilePage(browser, profile);
    await page.goto(`${game.url}#/menu`);
    const card = page.getByRole('button', { name: /The Heat in Room 412/ });
    await (profile.touch ? card.tap() : card.click());
    const choices = page.getByRole('group', { name: 'Choices' }).getByRole('button');
    const showAll = page.getByRole('button', { name: 'Show all' });
    await choices.first().or(showAll).first().waitFor();
    if (await showAll.isVisible()) await showAll.click().catch(() => undefined);
    await choices.first().waitFor();
    await page.locator('.stage-canvas[data-portrait]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1500);
    const probe = framesDuringEncounter(page);
    await page.waitForTimeout(300);
    await choices.nth(1).click();
    const frames = await probe;
    const canvas = await page.locator('.stage-canvas canvas').evaluate((c: HTMLCanvasElement) => ({
      width: c.width,
      height: c.height,
      cssWidth: c.clientWidth,
      cssHeight: c.clientHeight,
    }));
    await page.setContent(animatedFloor(canvas));
    await page.waitForTimeout(1000);
    const floorFrames = await framesDuringEncounter(page);
    await context.close();
    return { ...frames, floor: floorFrames };
  }

  async function measure(profile: (typeof PROFILES)[number]) {
    const samples = {
      floorReady: [] as number[],
      menuReady: [] as number[],
      firstChoice: [] as number[],
      sceneVisible: [] as number[],
      floorJs: [] as number[],
      gameJs: [] as number[],
    };
    let gameJs: ScriptFetched = { bytes: 0, files: [] };
    let frames: Frames = { p95: 0, busyShare: 0, perSecond: 0 };
    for (let run = 0; run < RUNS; run++) {
      // Lines at once, as under reduced motion: 'first choice' is the app's wait, not reading time.
      const { context, page } = await profilePage(browser, profile, 'reduce');
      samples.floorReady.push(await timeToReady(page, `${floor.url}floor.html`, 'floor-ready'));
      samples.floorJs.push((await scriptBeforeReady(page, 'floor-ready')).bytes);
      samples.menuReady.push(await timeToReady(page, `${game.url}#/menu`, 'menu-ready'));
      await page.waitForTimeout(1500); // the scene renderer preloads while the learner reads the menu
      // Read after the wait, so every script begun before the menu was ready has arrived.
      gameJs = await scriptBeforeReady(page, 'menu-ready');
      samples.gameJs.push(gameJs.bytes);
      await page.evaluate(FIRST_CHOICE_PROBE);
      await page.evaluate(SCENE_PROBE);
      const card = page.getByRole('button', { name: /The Heat in Room 412/ });
      await (profile.touch ? card.tap() : card.click());
      const choices = page.getByRole('group', { name: 'Choices' }).getByRole('button');
      await choices.first().click({ trial: true });
      await page.waitForFunction('window.__firstChoiceMs !== undefined');
      samples.firstChoice.push((await page.evaluate('window.__firstChoiceMs')) as number);
      await page.waitForFunction('window.__sceneMs !== undefined', undefined, { timeout: 30_000 });
      samples.sceneVisible.push((await page.evaluate('window.__sceneMs')) as number);
      if (run === RUNS - 1) {
        // Let the scene settle as a reader would, then measure while a choice changes the mood.
        await page.waitForTimeout(1500);
        const probe = framesDuringEncounter(page);
        await page.waitForTimeout(500);
        await choices.nth(1).click();
        frames = await probe;
      }
      await context.close();
    }
    const animating = await framesWhileAnimating(profile);
    const floorReady = median(samples.floorReady);
    // Each run's menu over the floor loaded just before it in the same context, then the median of
    // those ratios: a run slowed as a whole (the machine is shared) slows both of its pages.
    const menuRatios = samples.menuReady.map((ms, i) => ms / (samples.floorReady[i] ?? NaN));
    const phone = profile.name === 'phone';
    return {
      cpuSlowdown: profile.cpu,
      deviceScaleFactor: profile.deviceScaleFactor,
      floor: {
        readyMs: floorReady,
        scriptBytes: median(samples.floorJs),
        runs: samples.floorReady,
      },
      menuReady: {
        ms: median(samples.menuReady),
        ratioToFloor: +median(menuRatios).toFixed(2),
        ratioIs: 'median of the per-run ratios (menu-ready ÷ floor-ready marks)',
        runs: samples.menuReady,
        runRatios: menuRatios.map((r) => +r.toFixed(2)),
        target: '≤ 1.5× floor',
      },
      firstChoice: {
        ms: median(samples.firstChoice),
        ratioToFloor: +(median(samples.firstChoice) / floorReady).toFixed(2),
        target: phone ? '≤ 1,000 ms' : '≤ 400 ms',
      },
      sceneVisible: {
        ms: median(samples.sceneVisible),
        afterFirstChoiceMs: median(samples.sceneVisible) - median(samples.firstChoice),
        target: phone ? '—' : '≤ 800 ms after first choice',
      },
      initialScript: {
        bytes: median(samples.gameJs),
        kib: +(median(samples.gameJs) / 1024).toFixed(1),
        ratioToFloor: +(median(samples.gameJs) / median(samples.floorJs)).toFixed(2),
        // Every run's figure: the same build should read the same in each.
        runs: samples.gameJs,
        filesInLastRun: gameJs.files,
        target: '< 150 KiB compressed',
      },
      frames: {
        p95Ms: +frames.p95.toFixed(1),
        busyShare: +frames.busyShare.toFixed(3),
        target: 'p95 < 20 ms',
      },
      framesAnimating: {
        p95Ms: +animating.p95.toFixed(1),
        busyShare: +animating.busyShare.toFixed(3),
        perSecond: Math.round(animating.perSecond),
        floorP95Ms: +animating.floor.p95.toFixed(1),
        floorPerSecond: Math.round(animating.floor.perSecond),
        target: 'p95 < 20 ms while a character animates',
      },
    };
  }
  const result = { ...results, loadAverageAtEnd: loadavg().map((l) => +l.toFixed(2)) };
  writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  console.log(`\n${summary(result).join('\n')}`);
}

await main();
