import { readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { Playthroughs } from '../app/playthroughs.ts';
import { cachedExploration } from '../build/exploration-cache.ts';
import { exploreStory } from '../core/explore.ts';
import { STORIES } from '../../test/helpers/fixtures.ts';
import { launchIn, lms12 } from '../../test/helpers/lms-apis.ts';
import { play, shippedStory } from '../../test/helpers/lms-play.ts';
import { SUSPEND_LIMITS } from './suspend-budget.ts';

const ids = readdirSync(STORIES)
  .filter((f) => f.endsWith('.ink'))
  .map((f) => f.slice(0, -4));
const stories = ids.map(shippedStory);

describe('SCORM 1.2 suspend data with every shipped scenario', () => {
  it('fits 4,096 characters for a learner who finishes every scenario and starts each again', () => {
    const warn = vi.spyOn(console, 'warn');
    const api = lms12();
    const { connection } = launchIn(api, '1.2');
    connection.record.launched(ids);
    for (const story of stories) play(story, { ...connection, pick: (s, n) => (s * 7) % n });
    for (const story of stories) play(story, { ...connection, stopAfter: 2 });
    connection.session.terminate();
    const suspended = api.cmi.suspend_data;
    expect(suspended.length).toBeLessThanOrEqual(4096);
    expect(warn).not.toHaveBeenCalled();

    const again = launchIn(lms12({ core: { entry: 'resume' }, suspend_data: suspended }), '1.2');
    const playthroughs = new Playthroughs(again.connection.store);
    for (const story of stories) expect(playthroughs.load(story.id).save?.path).toHaveLength(2);
    expect(api.LMSGetValue('cmi.core.lesson_status')).toMatch(/passed|failed/);
  });

  it('fits for the longest path of every scenario, with the largest seed and choice index', () => {
    const api = lms12();
    const { connection } = launchIn(api, '1.2');
    connection.record.launched(ids);
    const playthroughs = new Playthroughs(connection.store);
    for (const story of stories) {
      play(story, connection); // a best result for every quality the story practises
      const exploration = cachedExploration(story.json, () => exploreStory(story.json));
      const widest = Math.max(...exploration.choicePoints.map((c) => c.options.length));
      playthroughs.save({
        v: 1,
        storyId: story.id,
        hash: story.hash,
        seed: 2 ** 31 - 1,
        path: Array.from({ length: exploration.decisions.max }, () => widest - 1),
      });
    }
    connection.session.commit();
    expect(api.cmi.suspend_data.length).toBeLessThanOrEqual(SUSPEND_LIMITS['1.2']);
  });

  it('degrades when a package holds more than fits: keeps the current story and says what went', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const api = lms12();
    const { connection } = launchIn(api, '1.2');
    const playthroughs = new Playthroughs(connection.store);
    const many = Array.from({ length: 80 }, (_, i) => `scenario-number-${i}`);
    for (const storyId of many)
      playthroughs.save({
        v: 1,
        storyId,
        hash: 'abcdef01234567',
        seed: 99,
        path: Array(30).fill(1),
        finished: true,
      });
    expect(api.cmi.suspend_data.length).toBeLessThanOrEqual(4096);
    expect(api.cmi.suspend_data).toContain('scenario-number-79:');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('scenario-number-0 (finished path)'));
  });
});
