import { OutlookTable } from '../core/outlook-table.ts';
import type { ModelAnswerRequest, ModelAnswerResponse } from './model-answer-protocol.ts';

// One exploration per story, off the page's thread; every decision of every play reads it.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ModelAnswerRequest>) => void) | null;
  postMessage(message: ModelAnswerResponse): void;
};

const tables = new Map<string, OutlookTable>();
const sources = new Map<string, string>();

scope.onmessage = ({ data }) => {
  if (data.kind === 'story') {
    sources.set(data.hash, data.json);
    return;
  }
  try {
    let table = tables.get(data.hash);
    const json = sources.get(data.hash);
    if (!table && json) tables.set(data.hash, (table = new OutlookTable(json)));
    const answers = table?.modelAnswersAt(data.seed, data.route);
    scope.postMessage({ id: data.id, ...(answers ? { answers } : {}) });
  } catch {
    scope.postMessage({ id: data.id });
  }
};
