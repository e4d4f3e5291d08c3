/**
 * `npm run bench:trace`: where a phone's frames go around a choice. It opens the hotel scenario
 * in the phone profile of `npm run bench:frames` (375×667, touch, 2 device pixels per CSS pixel,
 * CPU slowed 4× through the DevTools protocol, motion allowed), records a Chromium performance
 * trace and a JavaScript CPU profile of the same 3 s window (from 0.3 s before a choice that changes
 * the customer's mood), and writes a breakdown of the page's main thread by kind of work
 * (`bench-results/trace.json`; the raw trace and profile beside it open in DevTools' Performance
 * panel).
 *
 * The trace and the profiler slow the page themselves: compare two builds' breakdowns taken the
 * same way, not these times with `bench:frames`' figures. TRACE_MINIFY=1 traces the build as
 * shipped (function names are then minified); BENCH_DIST=folder traces a build already made.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { chromiumLaunch } from '../playwright.config.ts';
import { FRAME_PROFILES, openEncounter, profilePage } from './bench-frames.ts';
import { ROOT } from './serve-build.ts';
import { breakdown, type CpuProfile, type TraceEvent } from './trace-breakdown.ts';

const WINDOW_MS = 3000;
const MARK = 'choice-window';
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'blink',
  'cc',
  'v8.execute',
];

async function serveForTrace(out: string) {
  const dist = process.env.BENCH_DIST;
  const outDir = dist ? path.resolve(dist) : out;
  if (!dist)
    await build({
      root: ROOT,
      configFile: path.join(ROOT, 'vite.config.ts'),
      logLevel: 'error',
      base: './',
      build: { outDir, emptyOutDir: true, minify: process.env.TRACE_MINIFY === '1' },
    });
  const server = await preview({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  return { server, url: server.resolvedUrls?.local[0] ?? '' };
}

async function main() {
  const out = path.join(ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  const profile = FRAME_PROFILES.find((p) => p.name === (process.env.TRACE_PROFILE ?? 'phone'));
  if (!profile) throw new Error('TRACE_PROFILE is desktop or phone');
  const loadAtStart = loadavg().map((l) => +l.toFixed(2));
  const game = await serveForTrace(path.join(out, 'trace-game'));
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const { context, page, cdp } = await profilePage(browser, profile);
    const choices = await openEncounter(page, game.url, profile.touch);
    await page.waitForTimeout(1000);

    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
      transferMode: 'ReportEvents',
    });
    await cdp.send('Profiler.start');
    const started = Date.now();
    await page.evaluate((mark) => console.timeStamp(mark), MARK);
    await page.waitForTimeout(300);
    await choices.nth(1).click();
    await page.waitForTimeout(Math.max(0, WINDOW_MS - (Date.now() - started)));
    const { profile: cpu } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    await cdp.send('Tracing.end');
    await complete;
    await context.close();

    writeFileSync(path.join(out, 'trace-events.json'), JSON.stringify({ traceEvents: events }));
    writeFileSync(path.join(out, 'trace.cpuprofile'), JSON.stringify(cpu));
    const result = {
      date: new Date().toISOString(),
      profile: profile.name,
      build: process.env.BENCH_DIST ?? 'this checkout',
      minified: process.env.TRACE_MINIFY === '1',
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: loadavg().map((l) => +l.toFixed(2)),
      ...breakdown(events, cpu, MARK, WINDOW_MS),
    };
    writeFileSync(path.join(out, 'trace.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    await game.server.close();
  }
}

await main();
