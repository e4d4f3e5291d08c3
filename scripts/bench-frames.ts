/**
 * `npm run bench:frames`: the stage's frames on a laptop and a phone, beside two floors taken in
 * the same browser context in the same run (a blank page's empty animation loop, and a bare canvas
 * of the stage's size with a breathing face). `npm run bench` takes the same figures once.
 *
 * BENCH_RUNS (default 3) sets the runs per profile (medians are reported); BENCH_DIST serves an
 * already built game from that folder instead of building this checkout (to compare two builds);
 * BENCH_PROFILES=phone (or desktop) takes one profile only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunch } from '../playwright.config.ts';
import { ROOT, serve } from './serve-build.ts';
import { animatedFloor, BLANK_PAGE, framesOf, stageCanvas, type Frames } from './frame-probe.ts';

const WINDOW_MS = 3000;

export interface FrameProfile {
  name: string;
  touch: boolean;
  /** CPU slowdown through the DevTools protocol. */
  cpu: number;
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
}

/** A laptop as it comes, and a mid-range phone: 375×667 at two device pixels per CSS pixel, touch, CPU slowed 4×. */
export const FRAME_PROFILES: FrameProfile[] = [
  {
    name: 'desktop',
    touch: false,
    cpu: 1,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
  },
  {
    name: 'phone',
    touch: true,
    cpu: 4,
    viewport: { width: 375, height: 667 },
    deviceScaleFactor: 2,
  },
];

export interface StageFrames {
  /** An empty animation loop on a blank page. */
  blank: Frames;
  /** A bare canvas of the stage's size redrawn every frame. */
  floor: Frames;
  /** The encounter at rest between choices, the people breathing and blinking (no input). */
  idleLife: Frames;
  /** 3 s from just before a choice that changes the customer's mood and brings a new line. */
  choice: Frames;
  /** The same choice with the stage's chunk refused, so the page plays on as text alone. */
  choiceWithoutStage: Frames;
  canvas: { width: number; height: number };
}

export async function openEncounter(page: Page, url: string, touch: boolean, stage = true) {
  await page.goto(`${url}#/menu`);
  const card = page.getByRole('button', { name: /The Heat in Room 412/ });
  await (touch ? card.tap() : card.click());
  const choices = page.getByRole('group', { name: 'Choices' }).getByRole('button');
  const showAll = page.getByRole('button', { name: 'Show all' });
  await choices.first().or(showAll).first().waitFor();
  if (await showAll.isVisible()) await showAll.click().catch(() => undefined);
  await choices.first().waitFor();
  if (stage) await page.locator('.stage-canvas[data-portrait]').waitFor({ timeout: 30_000 });
  return choices;
}

/** One run of every window in one context, with motion allowed as most learners have it. */
/**
 * A browser context shaped as `profile` (size, density, touch, motion) and its page with the CPU
 * slowed through the DevTools protocol, as every bench takes it. Close `context` when done.
 */
export async function profilePage(
  browser: Browser,
  profile: FrameProfile,
  reducedMotion: 'reduce' | 'no-preference' = 'no-preference',
) {
  const context = await browser.newContext({
    viewport: profile.viewport,
    deviceScaleFactor: profile.deviceScaleFactor,
    hasTouch: profile.touch,
    isMobile: profile.touch,
    reducedMotion,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  return { context, page, cdp };
}

export async function stageFrames(
  browser: Browser,
  url: string,
  profile: FrameProfile,
): Promise<StageFrames> {
  const { context, page } = await profilePage(browser, profile);
  try {
    await page.setContent(BLANK_PAGE);
    await page.waitForTimeout(500);
    const blank = await framesOf(page, WINDOW_MS);

    const choices = await openEncounter(page, url, profile.touch);
    // The opening's lines have woken the people: they breathe and blink for the spell's 8 s.
    await page.waitForTimeout(1000);
    const idleLife = await framesOf(page, WINDOW_MS);
    const choice = await framesOf(page, WINDOW_MS, async () => {
      await page.waitForTimeout(300);
      await choices.nth(1).click();
    });
    const canvas = await stageCanvas(page);

    await page.setContent(animatedFloor(canvas));
    await page.waitForTimeout(1000);
    const floor = await framesOf(page, WINDOW_MS);
    await page.close();

    const text = await context.newPage();
    await text.route(/phaser-stage-[^/]*\.js$/, (route) => route.abort());
    const textCdp = await context.newCDPSession(text);
    await textCdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    const textChoices = await openEncounter(text, url, profile.touch, false);
    await text.waitForTimeout(2000);
    const choiceWithoutStage = await framesOf(text, WINDOW_MS, async () => {
      await text.waitForTimeout(300);
      await textChoices.nth(1).click();
    });
    return {
      blank,
      floor,
      idleLife,
      choice,
      choiceWithoutStage,
      canvas: { width: canvas.width, height: canvas.height },
    };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Each figure's median over the runs. */
export function medianFrames(runs: Frames[]): Frames {
  const first = runs[0];
  if (!first) throw new Error('no runs');
  const keys = Object.keys(first) as (keyof Frames)[];
  return Object.fromEntries(
    keys.map((k) => [k, median(runs.map((r) => r[k]))]),
  ) as unknown as Frames;
}

const ratio = (a: number, b: number) => (b > 0 ? +(a / b).toFixed(2) : null);

/** The medians of `runs` runs of every window, with the stage's figures as ratios to the floors. */
export async function profileFrames(
  browser: Browser,
  url: string,
  profile: FrameProfile,
  runs: number,
) {
  const all: StageFrames[] = [];
  for (let run = 0; run < runs; run++) all.push(await stageFrames(browser, url, profile));
  const of = (k: Exclude<keyof StageFrames, 'canvas'>) => medianFrames(all.map((r) => r[k]));
  const [blank, floor, idleLife] = [of('blank'), of('floor'), of('idleLife')];
  const [choice, choiceWithoutStage] = [of('choice'), of('choiceWithoutStage')];
  return {
    cpuSlowdown: profile.cpu,
    deviceScaleFactor: profile.deviceScaleFactor,
    canvas: all[0]?.canvas,
    blank,
    floor,
    idleLife,
    choice,
    choiceWithoutStage,
    /** Each run's p95 interval, so a median can be read beside how often a run missed. */
    intervalP95ByRun: {
      blank: all.map((r) => r.blank.intervalP95),
      floor: all.map((r) => r.floor.intervalP95),
      idleLife: all.map((r) => r.idleLife.intervalP95),
      choice: all.map((r) => r.choice.intervalP95),
      choiceWithoutStage: all.map((r) => r.choiceWithoutStage.intervalP95),
    },
    ratios: {
      idleLifeWorkP95ToBlank: ratio(idleLife.workP95, blank.workP95),
      idleLifeWorkP95ToFloor: ratio(idleLife.workP95, floor.workP95),
      choiceWorkP95ToBlank: ratio(choice.workP95, blank.workP95),
      choiceWorkP95ToWithoutStage: ratio(choice.workP95, choiceWithoutStage.workP95),
      idleLifeIntervalP95ToBlank: ratio(idleLife.intervalP95, blank.intervalP95),
      choiceIntervalP95ToBlank: ratio(choice.intervalP95, blank.intervalP95),
      choiceIntervalP95ToWithoutStage: ratio(choice.intervalP95, choiceWithoutStage.intervalP95),
    },
    target: 'p95 < 20 ms while a character animates',
  };
}

async function main() {
  const out = path.join(ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const dist = process.env.BENCH_DIST;
  const profiles = (process.env.BENCH_PROFILES ?? 'desktop,phone').split(',');
  const game = dist
    ? await (async () => {
        const server = await preview({
          root: ROOT,
          configFile: false,
          logLevel: 'error',
          build: { outDir: path.resolve(dist) },
          preview: { port: 0, host: '127.0.0.1' },
        });
        return { server, url: server.resolvedUrls?.local[0] ?? '' };
      })()
    : await serve(ROOT, path.join(out, 'game'));
  const result: Record<string, unknown> = {
    date: new Date().toISOString(),
    build: dist ?? 'this checkout',
    runs,
    loadAverageAtStart: loadavg().map((l) => +l.toFixed(2)),
  };
  const browser = await chromium.launch(chromiumLaunch);
  try {
    for (const profile of FRAME_PROFILES.filter((p) => profiles.includes(p.name)))
      result[profile.name] = await profileFrames(browser, game.url, profile, runs);
  } finally {
    await browser.close();
    await game.server.close();
  }
  result.loadAverageAtEnd = loadavg().map((l) => +l.toFixed(2));
  writeFileSync(path.join(out, 'frames.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  await main();
}
