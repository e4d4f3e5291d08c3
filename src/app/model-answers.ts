import { OutlookTable } from '../core/outlook-table.ts';
import type { ModelAnswerSource } from './decision-record.ts';
import type { ModelAnswerRequest, ModelAnswerResponse } from './model-answer-protocol.ts';
import { startModelAnswerWorker } from './start-workers.ts';

/**
 * Route-aware model answers for the LMS records, from one exploration of each story in a Web
 * Worker (seconds for a large story: never on the page's thread); an LMS package starts it from a
 * Blob, so it runs from disk too. Where no worker can start (a page whose security policy forbids
 * them) there are none, and interactions go without correct responses.
 */
export function modelAnswersOffThread(): ModelAnswerSource {
  let worker: Worker | undefined;
  let failed = false;
  const told = new Set<string>();
  const waiting = new Map<number, (answers: number[] | undefined) => void>();
  let next = 0;
  const start = (): Worker | undefined => {
    // A worker that has failed stays failed: asking it again would wait for answers that never come.
    if (failed) return undefined;
    if (worker) return worker;
    try {
      worker = startModelAnswerWorker();
    } catch {
      failed = true;
      return undefined;
    }
    worker.onmessage = ({ data }: MessageEvent<ModelAnswerResponse>) => {
      waiting.get(data.id)?.(data.answers);
      waiting.delete(data.id);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      failed = true;
      for (const resolve of waiting.values()) resolve(undefined);
      waiting.clear();
    };
    return worker;
  };
  return (story, seed, route) => {
    const w = start();
    if (!w) return Promise.resolve(undefined);
    const post = (m: ModelAnswerRequest) => w.postMessage(m);
    if (!told.has(story.hash)) {
      told.add(story.hash);
      post({ kind: 'story', hash: story.hash, json: story.json });
    }
    const id = next++;
    return new Promise((resolve) => {
      waiting.set(id, resolve);
      post({ kind: 'ask', id, hash: story.hash, seed, route: [...route] });
    });
  };
}

/** The same answers on this thread: for Node (tests, the CLI), where blocking is fine. */
export function modelAnswersHere(): ModelAnswerSource {
  const tables = new Map<string, OutlookTable>();
  return (story, seed, route) => {
    let table = tables.get(story.hash);
    if (!table) tables.set(story.hash, (table = new OutlookTable(story.json)));
    return Promise.resolve(table.modelAnswersAt(seed, route));
  };
}
