import type { CompletionRule } from './completion-rule.ts';
import type { KeyValueStore } from '../adapters/storage.ts';
import type { Edition } from './edition.ts';
import { findLmsApi, type WindowLike } from './find-api.ts';
import type { Notify } from './notices.ts';
import {
  scorm12Port,
  scorm2004Port,
  type Scorm12Api,
  type Scorm2004Api,
  type ScormEditionId,
  type ScormPort,
} from './scorm-api.ts';
import { scorm12 } from './scorm12-edition.ts';
import { scorm2004 } from './scorm2004-edition.ts';
import { scormRecord, type ScormRecord } from './scorm-record.ts';
import { ScormSession } from './scorm-session.ts';
import { prefixedStore, suspendStore } from './suspend-store.ts';

export interface ScormConnection {
  session: ScormSession;
  record: ScormRecord;
  store: KeyValueStore;
}

export interface ConnectOptions {
  passMark: number;
  rule?: CompletionRule;
  prefer?: ScormEditionId;
  /** This device's store, for what suspend data does not hold; asked for only inside an LMS. */
  local: () => KeyValueStore;
  now?: () => number;
  /** What the learner is told when tracking is off, failing or read-only. */
  notify?: Notify;
  /** The package was built for an LMS: finding none is worth telling the learner. */
  expected?: boolean;
  retryMs?: readonly number[];
}

function portFor(win: WindowLike, edition: ScormEditionId): ScormPort | undefined {
  if (edition === '1.2') {
    const api = findLmsApi(win, 'API') as Partial<Scorm12Api> | undefined;
    return typeof api?.LMSInitialize === 'function' ? scorm12Port(api as Scorm12Api) : undefined;
  }
  const api = findLmsApi(win, 'API_1484_11') as Partial<Scorm2004Api> | undefined;
  return typeof api?.Initialize === 'function' ? scorm2004Port(api as Scorm2004Api) : undefined;
}

const EDITIONS: Record<ScormEditionId, Edition> = { '1.2': scorm12, '2004': scorm2004 };

/** Finds and initialises the LMS: the package's own edition first, the other one after. */
export function connectScorm(
  win: WindowLike,
  options: ConnectOptions,
): ScormConnection | undefined {
  const order: ScormEditionId[] = options.prefer === '1.2' ? ['1.2', '2004'] : ['2004', '1.2'];
  for (const id of order) {
    const port = portFor(win, id);
    if (!port) continue;
    const session = ScormSession.open(port, EDITIONS[id], {
      passMark: options.passMark,
      ...(options.rule ? { rule: options.rule } : {}),
      ...(options.now ? { now: options.now } : {}),
      ...(options.notify ? { notify: options.notify } : {}),
      ...(options.retryMs ? { retryMs: options.retryMs } : {}),
      device: options.local(),
    });
    if (!session) return undefined;
    const local = session.learnerId
      ? prefixedStore(
          options.local(),
          `serving-moments:lms:${encodeURIComponent(session.learnerId)}:`,
        )
      : options.local();
    return { session, record: scormRecord(session), store: suspendStore(session, local) };
  }
  if (options.expected) options.notify?.({ kind: 'lms-missing' });
  return undefined;
}
