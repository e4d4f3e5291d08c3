/**
 * What `npm run bench` runs inside the page: timing probes sent as source text, and the canvas
 * floor its frame times are read against.
 */
import type { Page } from '@playwright/test';

// From the learner's press on a scenario to its first choice painted (two frames after it is in
// the page), timed inside the page: the driver's own round trips are not the learner's wait.
export const FIRST_CHOICE_PROBE = `(() => {
  let down = 0;
  document.addEventListener('pointerdown', () => { down = performance.now(); }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (!down || !document.querySelector('fieldset.choices button')) return;
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => { window.__firstChoiceMs = Math.round(performance.now() - down); }));
  });
  observer.observe(document.body, { childList: true, subtree: true });
})()`;

// Sent as source text: tsx would wrap named inner functions in a helper the page does not have.
const FRAME_PROBE = `(async () => {
  const deltas = [];
  let busy = 0;
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) busy += e.duration; });
  try { observer.observe({ type: 'longtask', buffered: false }); } catch (e) { /* not observable here */ }
  const started = performance.now();
  await new Promise((resolve) => {
    let last = performance.now();
    const tick = (now) => {
      deltas.push(now - last);
      last = now;
      if (now - started < 3000) requestAnimationFrame(tick); else resolve();
    };
    requestAnimationFrame(tick);
  });
  observer.disconnect();
  deltas.sort((a, b) => a - b);
  return { p95: deltas[Math.floor(deltas.length * 0.95)] || 0, busyShare: busy / (performance.now() - started), perSecond: deltas.length / ((performance.now() - started) / 1000) };
})()`;

// From the press on a scenario to the first frame with the customer's face drawn as a picture.
export const SCENE_PROBE = `(() => {
  let down = 0;
  document.addEventListener('pointerdown', () => { down = performance.now(); }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (!down || !document.querySelector('.stage-canvas[data-portrait]')) return;
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => { window.__sceneMs = Math.round(performance.now() - down); }));
  });
  observer.observe(document.body, { attributes: true, childList: true, subtree: true });
})()`;

/**
 * The least a canvas animation costs on this machine: a canvas of the stage's size and resolution
 * with a backdrop and one face that breathes, cleared and redrawn on every frame. Its frame times
 * are the floor the stage's are read against (a loaded two-core machine misses frames even here).
 */
export const animatedFloor = (canvas: {
  width: number;
  height: number;
  cssWidth: number;
  cssHeight: number;
}) =>
  `<canvas id="c" width="${canvas.width}" height="${canvas.height}" style="display:block;width:${canvas.cssWidth}px;height:${canvas.cssHeight}px"></canvas>
<script>
  const c = document.getElementById('c'); const ctx = c.getContext('2d');
  const w = c.width, h = c.height, size = Math.round(h * 0.66);
  const face = document.createElement('canvas'); face.width = face.height = 300;
  const f = face.getContext('2d'); f.fillStyle = '#c9956b'; f.beginPath(); f.arc(150, 150, 120, 0, 7); f.fill();
  const back = document.createElement('canvas'); back.width = w; back.height = h;
  const b = back.getContext('2d'); b.fillStyle = '#9aa9b8'; b.fillRect(0, 0, w, h); b.fillStyle = '#6b7785'; b.fillRect(0, h * 0.7, w, h * 0.3);
  const frame = (t) => {
    ctx.setTransform(1, 0, 0, 1, 0, 0); ctx.clearRect(0, 0, w, h); ctx.drawImage(back, 0, 0);
    const breath = 1 + 0.015 * Math.sin(t / 600);
    ctx.setTransform(size / 300, 0, 0, (size / 300) * breath, w / 2, h * 0.55); ctx.drawImage(face, -150, -150);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
</script>`;

export type Frames = { p95: number; busyShare: number; perSecond: number };

export async function framesDuringEncounter(page: Page): Promise<Frames> {
  return (await page.evaluate(FRAME_PROBE)) as Frames;
}

/**
 * When the page said it was ready: the first `performance.mark` of that name (the game sets
 * 'menu-ready' once the menu's cards are in the page with their handlers bound, the floor page
 * 'floor-ready' once its buttons are), in ms from the start of the navigation on the page's own
 * clock, so neither the driver's round trips nor its polling are in the figure.
 */
export async function readyMark(page: Page, mark: string): Promise<number> {
  // Sent as source text, as the probes above are.
  const at = `performance.getEntriesByName(${JSON.stringify(mark)}, 'mark')[0]?.startTime`;
  await page.waitForFunction(`${at} !== undefined`, undefined, { timeout: 30_000 }).catch(() => {
    throw new Error(`${page.url()}: no '${mark}' performance mark within 30 s`);
  });
  return Math.round((await page.evaluate(at)) as number);
}

export interface ScriptFetched {
  /** Compressed bytes (the response body as the server sent it). */
  bytes: number;
  files: { name: string; bytes: number }[];
}

/**
 * The JavaScript whose fetch began before the page's ready mark, compressed as the server sent it.
 * What the page fetches after it (a hovered card's prefetch, the scene renderer it preloads once
 * idle) is left out however soon it arrives, so the figure does not depend on when it is read.
 * Read it once everything fetched before that moment has arrived (a resource shows only then).
 */
export async function scriptBeforeReady(page: Page, mark: string): Promise<ScriptFetched> {
  const result = (await page.evaluate(`(() => {
    const readyAt = performance.getEntriesByName(${JSON.stringify(mark)}, 'mark')[0]?.startTime;
    if (readyAt === undefined) return undefined;
    const files = performance.getEntriesByType('resource')
      .filter((r) => r.initiatorType === 'script' || new URL(r.name).pathname.endsWith('.js'))
      .filter((r) => r.startTime < readyAt)
      .map((r) => ({ name: new URL(r.name).pathname.replace(/^.*\\//, ''), bytes: r.encodedBodySize }));
    return { bytes: files.reduce((s, f) => s + f.bytes, 0), files };
  })()`)) as ScriptFetched | undefined;
  if (!result)
    throw new Error(
      `${page.url()}: no '${mark}' performance mark, so the moment it was ready is unknown`,
    );
  return result;
}
