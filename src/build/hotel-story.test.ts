import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from './compile-ink.ts';
import { STORIES } from '../../test/helpers/fixtures.ts';
import { EncounterSession } from '../core/session.ts';

// The foundation scenario's promises to learners, checked on the real story.
describe('the hotel scenario', () => {
  const outcome = compileInkFile(path.join(STORIES, 'hotel-heat.ink'), STORIES);
  const exploration = outcome.exploration;

  it('has at least six decisions on every path and at least three endings', () => {
    expect(exploration?.decisions.min).toBeGreaterThanOrEqual(6);
    expect(Object.keys(exploration?.endings ?? {}).length).toBeGreaterThanOrEqual(3);
  });

  it('puts at least six qualities in play', () => {
    expect(outcome.story?.ranges.practised.length).toBeGreaterThanOrEqual(6);
  });

  it('does not reward always picking the same position', () => {
    const json = outcome.story?.json ?? '';
    const best = outcome.story?.ranges.maxTotal ?? 0;
    for (const position of [0, 1, -1]) {
      const session = new EncounterSession(json, 0);
      let total = 0;
      while (!session.ended) {
        const count = session.choices.length;
        const index = position < 0 ? count - 1 : Math.min(position, count - 1);
        total += session.choices[index]?.effects.reduce((s, e) => s + e.amount, 0) ?? 0;
        session.choose(index);
      }
      expect(total, `always option ${position}`).toBeLessThan(best);
    }
  });
});
