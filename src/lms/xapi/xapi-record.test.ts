import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStore } from '../../adapters/storage.ts';
import { fixtureStory, play } from '../../../test/helpers/lms-play.ts';
import { startLrs, type TestLrs } from '../../../test/helpers/lrs-server.ts';
import { parseXapiLaunch, type XapiLaunch } from './launch.ts';
import { learnerKey } from './learner-key.ts';
import { xapiRecord, type XapiRecord } from './xapi-record.ts';

const desk = fixtureStory('small-desk.ink');
const REGISTRATION = '0d4c4b1e-7a52-4f25-9d8e-3d2f1c6b5a49';
const WAIT = { timeout: 15_000, interval: 20 };

function launchFor(lrs: TestLrs): XapiLaunch {
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

interface Sent {
  object: { id: string; definition: { interactionType?: string } };
  result: { extensions: Record<string, unknown> } & Record<string, unknown>;
}

const verbs = (lrs: TestLrs) => lrs.statements.map((s) => s.verb.id.replace(/^.*\//, ''));
const records: XapiRecord[] = [];
const open = (launch: XapiLaunch, store = new MemoryStore()) => {
  const record = xapiRecord(launch, { passMark: 70, store, retryMs: 25 });
  records.push(record);
  return record;
};

afterEach(() => {
  for (const r of records.splice(0)) r.queue.stop();
  vi.restoreAllMocks();
});

describe('xAPI statements to a local LRS', () => {
  it('sends launched, answered per decision, completed and passed for a playthrough', async () => {
    const lrs = await startLrs();
    const record = open(launchFor(lrs));
    record.launched(['small-desk']);
    play(desk, { record, store: new MemoryStore(), pick: (step) => step });
    await vi.waitFor(() => expect(lrs.statements).toHaveLength(7), WAIT);
    await lrs.stop();

    // The scenario's completed and failed, then the course's own: a one-scenario package is done.
    expect(verbs(lrs)).toEqual([
      'launched',
      'answered',
      'answered',
      'completed',
      'failed',
      'completed',
      'failed',
    ]);
    const [launched, first, second, completed, failed, courseCompleted] =
      lrs.statements as unknown as Sent[];
    for (const s of lrs.statements) {
      expect(s.actor).toEqual({
        objectType: 'Agent',
        name: 'Ann Lee',
        mbox: 'mailto:ann@example.com',
      });
      expect((s.context as { registration: string }).registration).toBe(REGISTRATION);
      expect(s.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(launched?.object.id).toBe('https://lms.example.com/courses/serving');
    // The question's id, the same as its SCORM interaction's: one activity per choice point.
    expect(first?.object.id).toBe('urn:serving-moments:small-desk:story-start');
    expect(first?.object.definition.interactionType).toBe('choice');
    expect(first?.result).toEqual({
      response: 'ask-what-the-call-is-for',
      success: true,
      extensions: { 'urn:x-serving-moments:xapi:qualities-moved': { listening: 2, empathy: 1 } },
    });
    expect(second?.result.extensions['urn:x-serving-moments:xapi:qualities-moved']).toEqual({
      community: 1,
      listening: -1,
    });
    expect(completed?.result).toMatchObject({
      completion: true,
      duration: 'PT1M5S',
      response: 'The lounge instead',
      score: { scaled: 0.5, raw: 50, min: 0, max: 100 },
    });
    expect(failed?.result).toMatchObject({
      success: false,
      score: { scaled: 0.5 },
      duration: 'PT1M5S',
    });
    const course = 'https://lms.example.com/courses/serving';
    expect(courseCompleted?.object.id).toBe(course);
    expect(courseCompleted?.result).toMatchObject({ completion: true, score: { raw: 50 } });
    // The scenario is a child of the course: an LRS rolls it up under the course activity.
    const parent = (s: Sent) =>
      (s as unknown as { context: { contextActivities: { parent: { id: string }[] } } }).context
        .contextActivities.parent;
    expect(parent(completed as Sent)).toEqual([expect.objectContaining({ id: course })]);
    expect(lrs.headers[0]?.authorization).toBe('Basic dXNlcjpwYXNz');
    expect(lrs.headers[0]?.['x-experience-api-version']).toBe('1.0.3');
  });

  it('names the course and the platform as the branded package does', async () => {
    const lrs = await startLrs();
    const record = xapiRecord(launchFor(lrs), {
      passMark: 70,
      store: new MemoryStore(),
      retryMs: 25,
      courseName: 'Acme Service Academy: Small desk',
      platform: 'Acme Service Academy',
    });
    records.push(record);
    record.launched(['small-desk']);
    play(desk, { record, store: new MemoryStore(), pick: (step) => step });
    await vi.waitFor(() => expect(lrs.statements).toHaveLength(7), WAIT);
    await lrs.stop();
    const named = (s: unknown) => s as { object: { id: string; definition: { name: unknown } } };
    const course = lrs.statements
      .map(named)
      .filter((s) => s.object.id === launchFor(lrs).activityId);
    // launched, and the course's own completed and failed.
    expect(course).toHaveLength(3);
    for (const s of course)
      expect(s.object.definition.name).toEqual({ 'en-US': 'Acme Service Academy: Small desk' });
    for (const s of lrs.statements) {
      const context = s.context as { platform: string; contextActivities?: { grouping?: unknown } };
      expect(context.platform).toBe('Acme Service Academy');
      if (context.contextActivities?.grouping)
        expect(context.contextActivities.grouping).toEqual([
          expect.objectContaining({
            definition: expect.objectContaining({
              name: { 'en-US': 'Acme Service Academy: Small desk' },
            }),
          }),
        ]);
    }
  });

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
    expect(verbs(lrs)).toEqual([
      'launched',
      'answered',
      'answered',
      'completed',
      'passed',
      'completed',
      'passed',
    ]);
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
    records.push(ann);
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

  it('completes the course once, when the package’s rule is met', async () => {
    const lrs = await startLrs();
    const record = xapiRecord(launchFor(lrs), {
      passMark: 70,
      rule: { completeWhen: 1, passWhen: 'overall' },
      store: new MemoryStore(),
      retryMs: 25,
    });
    records.push(record);
    record.launched(['small-desk', 'another-story']);
    play(desk, { record, store: new MemoryStore() });
    play(desk, { record, store: new MemoryStore() });
    await vi.waitFor(() => expect(lrs.statements).toHaveLength(11), WAIT);
    await lrs.stop();
    const course = lrs.statements.filter(
      (s) => (s.object as { id: string }).id === 'https://lms.example.com/courses/serving',
    );
    expect(course.map((s) => s.verb.id.replace(/^.*\//, ''))).toEqual([
      'launched',
      'completed',
      'passed',
    ]);
  });
});
