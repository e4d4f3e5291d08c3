import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStore } from '../../adapters/storage.ts';
import { fixtureStory, play } from '../../../test/helpers/lms-play.ts';
import { startLrs } from '../../../test/helpers/lrs-server.ts';
import { xapiPlayVerbs } from '../../../test/helpers/statement-verbs.ts';
import { launchFor, verbs, WAIT, xapiRecords } from '../../../test/helpers/xapi-records.ts';
import { parseXapiLaunch } from './launch.ts';
import { learnerKey } from './learner-key.ts';
import { xapiRecord } from './xapi-record.ts';

const desk = fixtureStory('small-desk.ink');

afterEach(() => {
  vi.restoreAllMocks();
});
// Registered after the hook above, so each test's queues stop before its mocks are restored.
const { open, keep } = xapiRecords();

// Statements wait on the device while the LRS or the network is away, and go out once, to the
// learner they belong to.
describe('xAPI statements through an outage, a reload and a change of learner', () => {
  it('queues through a 503 outage and delivers everything once the LRS recovers', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const lrs = await startLrs();
    lrs.unavailable = true;
    const record = open(launchFor(lrs));
    record.launched(['small-desk']);
    play(desk, { record, store: new MemoryStore() });
    await vi.waitFor(() => expect(lrs.headers.length).toBeGreaterThan(1), WAIT);
    expect(lrs.statements).toHaveLength(0);
    expect(record.queue.pending).toBe(7);

    lrs.unavailable = false;
    await vi.waitFor(() => expect(lrs.statements).toHaveLength(7), WAIT);
    expect(verbs(lrs)).toEqual(xapiPlayVerbs(2, 'passed'));
    await vi.waitFor(() => expect(record.queue.pending).toBe(0), WAIT);
    await lrs.stop();
  });

  it('keeps the queue across a reload while the LRS is down, then sends it, each once', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const lrs = await startLrs();
    await lrs.stop();
    const store = new MemoryStore();
    const before = open(launchFor(lrs), store);
    before.launched(['small-desk']);
    play(desk, { record: before, store: new MemoryStore(), stopAfter: 1 });
    await vi.waitFor(() => expect(before.queue.pending).toBe(2), WAIT);
    before.queue.stop(); // the page goes away

    const key = `serving-moments:xapi-queue:${learnerKey(launchFor(lrs))}`;
    expect(JSON.parse(store.get(key) ?? '[]')).toHaveLength(2);

    await lrs.restart();
    const after = open(launchFor(lrs), store);
    await vi.waitFor(() => expect(lrs.statements).toHaveLength(2), WAIT);
    after.decided({
      storyId: 'small-desk',
      title: 'The small front desk',
      number: 2,
      options: ['Offer one o’clock', 'Offer the lounge'],
      chosenIndex: 0,
      chosen: 'Offer one o’clock',
      effects: [{ quality: 'foresight', amount: 2 }],
      question: 'Harriet: Can we do one o’clock?',
    });
    await vi.waitFor(() => expect(lrs.statements).toHaveLength(3), WAIT);
    expect(verbs(lrs)).toEqual(['launched', 'answered', 'answered']);
    // Removed from storage once the LRS has answered.
    await vi.waitFor(() => expect(store.get(key)).toBeNull(), WAIT);
    await lrs.stop();
  });

  it('keeps one learner’s unsent statements from going out under another learner on the same device', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const lrs = await startLrs();
    const store = new MemoryStore();
    // Ann's page goes away while her network is down: her statement waits on the device.
    const ann = xapiRecord(launchFor(lrs), {
      passMark: 70,
      store,
      send: () => Promise.reject(new TypeError('fetch failed')),
    });
    keep(ann);
    ann.launched(['small-desk']);
    ann.queue.stop();
    const annKey = `serving-moments:xapi-queue:${learnerKey(launchFor(lrs))}`;
    expect(JSON.parse(store.get(annKey) ?? '[]')).toHaveLength(1);

    const bob = parseXapiLaunch(
      `?${new URLSearchParams({
        endpoint: lrs.endpoint,
        auth: 'Basic Ym9iOnBhc3M=',
        actor: JSON.stringify({ name: 'Bob Roe', mbox: 'mailto:bob@example.com' }),
        registration: '6b1f1c52-1e2f-4b7c-9a3e-2f8d7c6b5a41',
      })}`,
    );
    if (!bob) throw new Error('the launch did not parse');
    const record = open(bob, store);
    record.launched(['small-desk']);
    await vi.waitFor(() => expect(lrs.statements).toHaveLength(1), WAIT);
    await lrs.stop();
    expect(lrs.statements.map((s) => (s.actor as { mbox?: string }).mbox)).toEqual([
      'mailto:bob@example.com',
    ]);
    expect(lrs.headers.map((h) => h.authorization)).toEqual(['Basic Ym9iOnBhc3M=']);
    // Ann's statement is still hers to send, next time she launches.
    expect(JSON.parse(store.get(annKey) ?? '[]')).toHaveLength(1);
  });
});
