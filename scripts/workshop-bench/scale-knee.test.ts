import { describe, expect, it } from 'vitest';
import { bottleneck, describeKnee, kneeOf, type KneeStep } from './scale-knee.ts';

const cores = { workshop: 0.3, postgres: 0.2, redis: 0.02, benchClient: 0.1 };
const step = (offered: number, achieved: number, p99: number, c = cores): KneeStep => ({
  offered,
  achieved,
  p99,
  cores: c,
});

describe('the scale bench knee', () => {
  it('is not reached when every rate tried kept up: the top rate is a floor, not a limit', () => {
    const k = kneeOf([step(100, 101, 30), step(900, 905, 29)], 150, 2, 1);
    expect(k).toMatchObject({ choicesPerSecond: 905, reached: false, triedUpTo: 900 });
    expect(describeKnee(k)).toMatch(/^knee not reached: kept up at every rate tried, up to 900/);
  });

  it('is reached when a higher rate falls behind or its p99 passes the limit', () => {
    const behind = kneeOf([step(500, 502, 30), step(900, 700, 40)], 150, 2, 1);
    expect(behind).toMatchObject({ choicesPerSecond: 502, reached: true });
    const slow = kneeOf([step(500, 502, 30), step(900, 899, 151)], 150, 2, 1);
    expect(slow).toMatchObject({ choicesPerSecond: 502, reached: true });
    expect(describeKnee(slow)).toMatch(/^knee 502 choices\/s; the next rate failed/);
  });

  it('keeps a higher rate that kept up after a blip at a lower one', () => {
    const k = kneeOf([step(350, 351, 160), step(500, 503, 40)], 150, 2, 1);
    expect(k).toMatchObject({ choicesPerSecond: 503, reached: false });
  });

  it('names the machine when the parts together use nearly all its cores', () => {
    const busy = { workshop: 0.9, postgres: 0.5, redis: 0.05, benchClient: 0.4 };
    expect(bottleneck(step(900, 700, 40, busy), 2, 1)).toBe(
      "the machine's 2 cores (1.85 in use: workshop 0.90, postgres 0.50, bench client 0.40, redis 0.05)",
    );
  });

  it('counts what other processes on the machine used towards the cores in use', () => {
    const light = { workshop: 0.5, postgres: 0.2, redis: 0.02, benchClient: 0.3 };
    expect(bottleneck({ ...step(900, 700, 40, light), machineBusy: 1.9 }, 2, 1)).toBe(
      "the machine's 2 cores (1.90 in use: other processes 0.88, workshop 0.50, bench client 0.30, postgres 0.20, redis 0.02)",
    );
  });

  it("names a workshop process's main thread when one process holds a core and the machine has room", () => {
    const one = { workshop: 0.95, postgres: 0.2, redis: 0.01, benchClient: 0.2 };
    expect(bottleneck(step(900, 700, 40, one), 4, 1)).toMatch(
      /^a workshop process's one main thread/,
    );
    // The same core use spread over two processes saturates neither.
    expect(bottleneck(step(900, 700, 40, one), 4, 2)).toMatch(/^no part saturated/);
  });
});
