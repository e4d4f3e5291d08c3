import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from './compile-ink.ts';
import { STORIES } from '../../test/helpers/fixtures.ts';

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
});
