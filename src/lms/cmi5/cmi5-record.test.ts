import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStore } from '../../adapters/storage.ts';
import { startCmi5Lms, type Cmi5Lms } from '../../../test/helpers/cmi5-lms.ts';
import { fixtureStory, play } from '../../../test/helpers/lms-play.ts';
import { cmi5PlayVerbs, verbsOf } from '../../../test/helpers/statement-verbs.ts';
import { cmi5Record, type Cmi5Record } from './cmi5-record.ts';
import { parseCmi5Launch } from './launch.ts';

const desk = fixtureStory('small-desk.ink');
const WAIT = { timeout: 15_000, interval: 20 };
const verbs = (lms: Cmi5Lms) => verbsOf(lms.statements);
const open: Cmi5Record[] = [];
const servers: Cmi5Lms[] = [];

function launchAt(lms: Cmi5Lms, extra: Partial<Parameters<typeof cmi5Record>[1]> = {}) {
  const launch = parseCmi5Launch(new URL(lms.launchUrl('http://127.0.0.1/index.html')).search);
  if (!launch) throw new Error('not a cmi5 launch');
  const record = cmi5Record(launch, {
    passMark: 70,
    store: new MemoryStore(),
    retryMs: 25,
    ...extra,
  });
  open.push(record);
  return record;
}

afterEach(async () => {
  for (const r of open.splice(0)) r.queue.stop();
  for (const s of servers.splice(0)) await s.stop();
  vi.restoreAllMocks();
});

async function lmsWith(options: Parameters<typeof startCmi5Lms>[0] = {}) {
  const lms = await startCmi5Lms(options);
  servers.push(lms);
  return lms;
}

describe('cmi5: the AU launch sequence against a local cmi5 LMS', () => {
  it('initializes, answers, completes, passes and terminates, every statement by the AU rules', async () => {
    const lms = await lmsWith({ masteryScore: 0.6 });
    const record = launchAt(lms);
    record.launched(['small-desk']);
    await record.ready;
    play(desk, { record, store: new MemoryStore() }); // the first choices score above 60%
    record.terminate();
    record.decided({
      storyId: 'small-desk',
      title: 'late',
      number: 9,
      options: ['a'],
      chosenIndex: 0,
      chosen: 'a',
      effects: [],
      question: 'late',
    });
    await vi.waitFor(() => expect(verbs(lms)).toContain('terminated'), WAIT);
    expect(verbs(lms)).toEqual(cmi5PlayVerbs(2, 'passed'));
    expect(lms.violations).toEqual([]);
  });

  it('fails against the LMS’s mastery score, not the package’s pass mark', async () => {
    const lms = await lmsWith({ masteryScore: 0.6 });
    const record = launchAt(lms, { passMark: 40 });
    record.launched(['small-desk']);
    play(desk, { record, store: new MemoryStore(), pick: (step) => step }); // 50%
    record.terminate();
    await vi.waitFor(() => expect(verbs(lms)).toContain('terminated'), WAIT);
    expect(verbs(lms)).toContain('failed');
    expect(lms.violations).toEqual([]);
  });

  it('in Review mode sends no completed, passed or failed', async () => {
    const lms = await lmsWith({ launchMode: 'Review' });
    const record = launchAt(lms);
    record.launched(['small-desk']);
    play(desk, { record, store: new MemoryStore() });
    record.terminate();
    await vi.waitFor(() => expect(verbs(lms)).toContain('terminated'), WAIT);
    expect(verbs(lms)).toEqual(['initialized', 'terminated']);
    expect(lms.violations).toEqual([]);
  });

  it('says so, and sends nothing, when the fetch URL was already used', async () => {
    const lms = await lmsWith();
    launchAt(lms); // the first launch takes the one-time token
    const problems: string[] = [];
    const second = launchAt(lms, { onProblem: (m) => problems.push(m) });
    expect(await second.ready).toBeUndefined();
    expect(problems[0]).toMatch(/no authorization token .*already used/);
  });

  it('the stand-in catches a statement that breaks the rules', async () => {
    const lms = await lmsWith();
    const record = launchAt(lms);
    await record.ready;
    record.terminate();
    await vi.waitFor(() => expect(verbs(lms)).toContain('terminated'), WAIT);
    // A misbehaving AU: statements after terminated, and a second completed.
    record.queue.push({
      ...(lms.statements[0] as unknown as Record<string, unknown>),
      id: crypto.randomUUID(),
    } as never);
    await vi.waitFor(() => expect(lms.violations).toHaveLength(2), WAIT);
    expect(lms.violations[0]).toMatch(/initialized twice/);
    expect(lms.violations[1]).toMatch(/nothing may follow terminated/);
  });
});
