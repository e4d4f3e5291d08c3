import { describe, expect, it } from 'vitest';
import {
  addAttempt,
  bestScores,
  decodeProgress,
  emptyProgress,
  qualityTrends,
  suggestScenario,
  weakestQuality,
  type Attempt,
} from './progress.ts';

const attempt = (over: Partial<Attempt>): Attempt => ({
  storyId: 'hotel-heat',
  title: 'The Heat in Room 412',
  date: '2026-11-20T10:00:00.000Z',
  overall: 50,
  ending: 'A cool room',
  qualities: { listening: 40, empathy: 80 },
  ...over,
});

describe('progress', () => {
  it('round-trips and keeps the newest attempts within the cap', () => {
    let progress = emptyProgress();
    for (let i = 0; i < 502; i++) progress = addAttempt(progress, attempt({ overall: i % 101 }));
    expect(progress.attempts).toHaveLength(500);
    expect(decodeProgress(JSON.stringify(progress))).toEqual({ progress });
  });

  it('repairs a store with damaged attempts, keeping the good ones, and says so', () => {
    const good = attempt({});
    const raw = JSON.stringify({
      v: 1,
      attempts: [good, { storyId: 3 }, attempt({ overall: 140 })],
    });
    expect(decodeProgress(raw)).toEqual({
      progress: { v: 1, attempts: [good] },
      notice: '2 damaged attempts were removed from your progress; the rest is kept.',
    });
  });

  it('resets an unreadable or foreign store with a notice instead of crashing', () => {
    expect(decodeProgress('{oops').notice).toBe(
      'Your saved progress could not be read, so it was reset.',
    );
    expect(decodeProgress('{"v":9,"attempts":[]}').notice).toContain('unknown format');
    expect(decodeProgress(null)).toEqual({ progress: emptyProgress() });
  });

  it('finds best scores, trends and the weakest quality, and suggests where to practise it', () => {
    let progress = emptyProgress();
    progress = addAttempt(
      progress,
      attempt({ overall: 40, qualities: { listening: 20, empathy: 90 } }),
    );
    progress = addAttempt(
      progress,
      attempt({ overall: 70, qualities: { listening: 50, empathy: 70 } }),
    );
    progress = addAttempt(
      progress,
      attempt({ storyId: 'table-six', overall: 30, qualities: { growth: 60 } }),
    );
    expect(bestScores(progress).get('hotel-heat')).toEqual({ best: 70, attempts: 2 });
    expect(qualityTrends(progress).listening).toEqual([20, 50]);
    // Best per story, as the LMS reads it: listening at best 50 in the hotel.
    expect(weakestQuality(progress)).toEqual({ quality: 'listening', mean: 50 });
    const stories = [
      { id: 'hotel-heat', maxima: { listening: 5 } },
      { id: 'handle-time', maxima: { listening: 4 } },
      { id: 'table-six', maxima: { listening: 2 } },
    ];
    expect(suggestScenario('listening', stories, progress)).toBe('handle-time');
    expect(suggestScenario('healing', stories, progress)).toBeUndefined();
  });

  it('never names a quality, or suggests a story, already played at full marks', () => {
    let progress = emptyProgress();
    progress = addAttempt(progress, attempt({ qualities: { empathy: 0, listening: 60 } }));
    progress = addAttempt(progress, attempt({ qualities: { empathy: 100, listening: 100 } }));
    // The perfect run of the hotel masters both: nothing is left to suggest.
    expect(weakestQuality(progress)).toBeUndefined();
    progress = addAttempt(
      progress,
      attempt({ storyId: 'table-six', qualities: { empathy: 40, listening: 100 } }),
    );
    expect(weakestQuality(progress)).toEqual({ quality: 'empathy', mean: 70 });
    const stories = [
      { id: 'hotel-heat', maxima: { empathy: 5 } },
      { id: 'table-six', maxima: { empathy: 2 } },
    ];
    expect(suggestScenario('empathy', stories, progress)).toBe('table-six');
  });
});
