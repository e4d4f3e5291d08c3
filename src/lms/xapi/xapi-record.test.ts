import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStore } from '../../adapters/storage.ts';
import { fixtureStory, play } from '../../../test/helpers/lms-play.ts';
import { startLrs } from '../../../test/helpers/lrs-server.ts';
import { verbsOf, xapiPlayVerbs } from '../../../test/helpers/statement-verbs.ts';
import {
  launchFor,
  REGISTRATION,
  verbs,
  WAIT,
  xapiRecords,
} from '../../../test/helpers/xapi-records.ts';
import { xapiRecord } from './xapi-record.ts';

const desk = fixtureStory('small-desk.ink');

interface Sent {
  object: { id: string; definition: { interactionType?: string } };
  result: { extensions: Record<string, unknown> } & Record<string, unknown>;
}

afterEach(() => {
  vi.restoreAllMocks();
});
// Registered after the hook above, so each test's queues stop before its mocks are restored.
const { open, keep } = xapiRecords();

describe('xAPI statements to a local LRS', () => {
  it('sends launched, answered per decision, completed and passed for a playthrough', async () => {
    const lrs = await startLrs();
    const record = open(launchFor(lrs));
    record.launched(['small-desk']);
    play(desk, { record, store: new MemoryStore(), pick: (step) => step });
    await vi.waitFor(() => expect(lrs.statements).toHaveLength(7), WAIT);
    await lrs.stop();

    // The scenario's completed and failed, then the course's own: a one-scenario package is done.
    expect(verbs(lrs)).toEqual(xapiPlayVerbs(2, 'failed'));
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
    keep(record);
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

  it('completes the course once, when the package’s rule is met', async () => {
    const lrs = await startLrs();
    const record = xapiRecord(launchFor(lrs), {
      passMark: 70,
      rule: { completeWhen: 1, passWhen: 'overall' },
      store: new MemoryStore(),
      retryMs: 25,
    });
    keep(record);
    record.launched(['small-desk', 'another-story']);
    play(desk, { record, store: new MemoryStore() });
    play(desk, { record, store: new MemoryStore() });
    await vi.waitFor(() => expect(lrs.statements).toHaveLength(11), WAIT);
    await lrs.stop();
    const course = lrs.statements.filter(
      (s) => (s.object as { id: string }).id === 'https://lms.example.com/courses/serving',
    );
    expect(verbsOf(course)).toEqual(['launched', 'completed', 'passed']);
  });
});
