import { afterEach } from 'vitest';
import { MemoryStore } from '../../src/adapters/storage.ts';
import { parseXapiLaunch, type XapiLaunch } from '../../src/lms/xapi/launch.ts';
import { xapiRecord, type XapiRecord } from '../../src/lms/xapi/xapi-record.ts';
import type { TestLrs } from './lrs-server.ts';
import { verbsOf } from './statement-verbs.ts';

export const REGISTRATION = '0d4c4b1e-7a52-4f25-9d8e-3d2f1c6b5a49';
/** How long a test waits for the LRS to have what it expects. */
export const WAIT = { timeout: 15_000, interval: 20 };

/** Ann Lee's launch into the course, as an LMS writes it, sending to `lrs`. */
export function launchFor(lrs: TestLrs): XapiLaunch {
  const actor = JSON.stringify({ name: ['Ann Lee'], mbox: ['mailto:ann@example.com'] });
  const query = new URLSearchParams({
    endpoint: lrs.endpoint,
    auth: 'Basic dXNlcjpwYXNz',
    actor,
    registration: REGISTRATION,
    activity_id: 'https://lms.example.com/courses/serving',
  });
  const launch = parseXapiLaunch(`?${query}`);
  if (!launch) throw new Error('the launch did not parse');
  return launch;
}

/** The verbs the LRS received, in order, by their last word ('launched', 'answered', …). */
export const verbs = (lrs: TestLrs) => verbsOf(lrs.statements);

/**
 * Every xAPI record a test file opens, each one's queue stopped after its test so that no retry
 * outlives it: `open` makes one (pass mark 70, retries every 25 ms), `keep` takes one made elsewhere.
 */
export function xapiRecords() {
  const records: XapiRecord[] = [];
  afterEach(() => {
    for (const r of records.splice(0)) r.queue.stop();
  });
  const keep = (record: XapiRecord) => {
    records.push(record);
    return record;
  };
  return {
    open: (launch: XapiLaunch, store = new MemoryStore()) =>
      keep(xapiRecord(launch, { passMark: 70, store, retryMs: 25 })),
    keep,
  };
}
