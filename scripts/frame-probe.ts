/**
 * Frame timing inside a page, for `npm run bench` and `npm run bench:frames`. Two things are
 * measured per frame, because they answer different questions:
 *
 * - the **interval** between frames (the `requestAnimationFrame` timestamps): what the learner
 *   sees, but it also holds the display's cadence and anything else on the machine that delays
 *   the page (other processes, the CPU throttle's own pauses);
 * - the **work** of a frame: from the frame's first animation callback until the page's next task
 *   runs, i.e. the callbacks (Phaser's step and render), style, layout, paint and the commit to
 *   the compositor; and the **script** share of it, the callbacks alone.
 *
 * A frame whose work is under the display's interval can still arrive late on a loaded machine;
 * one whose work is over it cannot arrive on time anywhere. The same probe runs on a blank page
 * and on a bare animated canvas in the same context, so each figure has a floor beside it.
 */
import type { Page } from '@playwright/test';

export { animatedFloor } from './bench-page-probes.ts';

export interface CanvasSize {
  width: number;
  height: number;
  cssWidth: number;
  cssHeight: number;
}

export interface Frames {
  perSecond: number;
  intervalP50: number;
  intervalP95: number;
  workP50: number;
  workP95: number;
  scriptP95: number;
  /** Share of frames whose work took longer than a 60 Hz frame (16.7 ms). */
  workOverFrame: number;
  /** Share of the window spent in long tasks (over 50 ms): the page's own stalls. */
  longTaskShare: number;
  /** Frames in which the page itself animated (a callback besides the probe's own). */
  pageFrames: number;
}

// Sent as source text: tsx would wrap named inner functions in a helper the page does not have.
const PROBE = (ms: number) => `(async () => {
  const raf = window.requestAnimationFrame;
  const frames = new Map();
  let open = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => { const now = performance.now(); for (const f of open) f.end = now; open = []; };
  window.requestAnimationFrame = (cb) => raf.call(window, (t) => {
    const start = performance.now();
    let f = frames.get(t);
    if (!f) { f = { t, start, script: 0, end: 0, callbacks: 0 }; frames.set(t, f); open.push(f); channel.port2.postMessage(0); }
    f.callbacks++;
    try { cb(t); } finally { f.script += performance.now() - start; }
  });
  let long = 0;
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) long += e.duration; });
  try { observer.observe({ type: 'longtask', buffered: false }); } catch (e) { /* not observable here */ }
  const started = performance.now();
  // A frame of our own every vsync, so a page that sleeps still has its frames counted.
  await new Promise((resolve) => {
    const tick = () => { if (performance.now() - started < ${ms}) requestAnimationFrame(tick); else resolve(); };
    requestAnimationFrame(tick);
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
  window.requestAnimationFrame = raf;
  observer.disconnect();
  const elapsed = performance.now() - started;
  const all = [...frames.values()].sort((a, b) => a.t - b.t);
  const q = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return +(s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0).toFixed(1); };
  const intervals = all.slice(1).map((f, i) => f.t - all[i].t);
  const work = all.filter((f) => f.end).map((f) => f.end - f.start);
  return {
    perSecond: Math.round(all.length / (elapsed / 1000)),
    intervalP50: q(intervals, 0.5), intervalP95: q(intervals, 0.95),
    workP50: q(work, 0.5), workP95: q(work, 0.95),
    scriptP95: q(all.map((f) => f.script), 0.95),
    workOverFrame: +(work.filter((w) => w > 16.7).length / Math.max(1, work.length)).toFixed(3),
    longTaskShare: +(long / elapsed).toFixed(3),
    pageFrames: all.filter((f) => f.callbacks > 1).length,
  };
})()`;

/** Frames over `ms` of the page as it is; `during` runs (a tap, a choice) while they are taken. */
export async function framesOf(
  page: Page,
  ms: number,
  during?: () => Promise<unknown>,
): Promise<Frames> {
  const frames = page.evaluate(PROBE(ms)) as Promise<Frames>;
  if (during) await during();
  return frames;
}

/** Nothing but an empty animation loop: what this browser, machine and throttle deliver for free. */
export const BLANK_PAGE = `<body><script>
  const tick = () => requestAnimationFrame(tick); requestAnimationFrame(tick);
</script></body>`;

/** The stage's canvas as the page shows it: its backing size and its size on screen. */
export const stageCanvas = (page: Page): Promise<CanvasSize> =>
  page.locator('.stage-canvas canvas').evaluate((c: HTMLCanvasElement) => ({
    width: c.width,
    height: c.height,
    cssWidth: c.clientWidth,
    cssHeight: c.clientHeight,
  }));
