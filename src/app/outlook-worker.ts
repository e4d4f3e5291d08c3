import { outlooksAlong } from '../core/debrief.ts';
import type { OutlookRequest, OutlookResponse } from './outlook-protocol.ts';

// The model answers' explorations run here, off the page's thread, so the debrief never freezes it.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<OutlookRequest>) => void) | null;
  postMessage(message: OutlookResponse): void;
};

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ ok: true, value: outlooksAlong(data.json, data.seed, data.path) });
  } catch (err) {
    scope.postMessage({ ok: false, error: (err as Error).message });
  }
};
