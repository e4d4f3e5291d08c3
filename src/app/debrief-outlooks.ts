import { outlooksAlong } from '../core/debrief.ts';
import type { OutlookResponse, Outlooks } from './outlook-protocol.ts';
import { startOutlookWorker } from './start-workers.ts';

/**
 * Longest the model answers' exploration may take before the debrief shows without them. The
 * exploration itself is bounded by work (states and steps), so its answers never depend on the
 * machine's load; this only stops a worker that cannot finish at all, and the debrief then marks
 * every model answer approximate rather than passing off the best immediate score as the answer.
 */
export const OUTLOOK_BUDGET_MS = 60_000;

export interface OutlookSource {
  json: string;
  seed: number;
  path: readonly number[];
}

/**
 * The route-aware model answers of a finished play, worked out in a Web Worker so the page keeps
 * responding (an LMS package starts it from a Blob, so it runs from disk too). Where no worker can
 * start (a page whose security policy forbids them), they are worked out here instead: right
 * answers late beat wrong ones early. A worker that runs past the budget is
 * stopped, and the debrief judges each option by its own score (`[]`), marked approximate.
 */
export function outlooksOffThread(
  play: OutlookSource,
  budgetMs = OUTLOOK_BUDGET_MS,
): Promise<Outlooks> {
  const here = () => outlooksAlong(play.json, play.seed, play.path);
  let worker: Worker;
  try {
    worker = startOutlookWorker();
  } catch {
    return Promise.resolve(here());
  }
  return new Promise((resolve) => {
    const finish = (outlooks: Outlooks) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(outlooks);
    };
    const timer = setTimeout(() => finish([]), budgetMs);
    worker.onmessage = ({ data }: MessageEvent<OutlookResponse>) =>
      finish(data.ok ? data.value : []);
    worker.onerror = (event) => {
      event.preventDefault();
      finish(here());
    };
    worker.postMessage({ json: play.json, seed: play.seed, path: [...play.path] });
  });
}
