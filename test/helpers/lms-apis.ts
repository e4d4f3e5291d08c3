import { Scorm12API, Scorm2004API } from 'scorm-again';
import { MemoryStore, type KeyValueStore } from '../../src/adapters/storage.ts';
import {
  connectScorm,
  type ConnectOptions,
  type ScormConnection,
} from '../../src/lms/scorm-connect.ts';
import type { ScormEditionId } from '../../src/lms/scorm-api.ts';

/** scorm-again as the LMS side, quiet; `data` is what the LMS already holds for this learner. */
export function lms12(data?: Record<string, unknown>): Scorm12API {
  const api = new Scorm12API({ logLevel: 'NONE' });
  if (data) api.loadFromJSON(data, '');
  return api;
}

export function lms2004(data?: Record<string, unknown>): Scorm2004API {
  const api = new Scorm2004API({ logLevel: 'NONE' });
  if (data) api.loadFromJSON(data, '');
  return api;
}

export interface Launch {
  connection: ScormConnection;
  local: KeyValueStore;
  /** Moves the session clock on. */
  tick(ms: number): void;
}

/** The game launched in a frame whose parent holds `api`, as an LMS's player does. */
export function launchIn(
  api: Scorm12API | Scorm2004API,
  edition: ScormEditionId,
  passMark = 70,
  more: Partial<Pick<ConnectOptions, 'notify' | 'retryMs'>> & { local?: KeyValueStore } = {},
): Launch {
  // The LMS's own window is the top: its parent is itself, which the search reads as no parent.
  const parent =
    edition === '1.2' ? { API: api, parent: null } : { API_1484_11: api, parent: null };
  const frame = { parent };
  let now = 1_000_000;
  const local = more.local ?? new MemoryStore();
  const connection = connectScorm(frame, {
    passMark,
    prefer: edition,
    local: () => local,
    now: () => now,
    ...(more.notify ? { notify: more.notify } : {}),
    ...(more.retryMs ? { retryMs: more.retryMs } : {}),
  });
  if (!connection) throw new Error('the SCORM adapter did not connect');
  return { connection, local, tick: (ms) => (now += ms) };
}

type Cmi = {
  cmi: Record<string, unknown> & { interactions: Record<string, Record<string, unknown>> };
};

/** What the LMS would store at the next commit, as plain data. */
export function committed(api: Scorm12API | Scorm2004API): Cmi['cmi'] {
  return (api.renderCommitCMI(true) as Cmi).cmi;
}

export const interactionsOf = (api: Scorm12API | Scorm2004API) =>
  Object.values(committed(api).interactions);
