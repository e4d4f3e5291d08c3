import type { CompiledStory } from '../core/compiled-story.ts';
import { debriefOf } from '../core/debrief.ts';
import { Encounter } from '../core/encounter.ts';
import type { QualityId } from '../core/qualities.ts';
import { moodRank } from '../core/moods.ts';

/**
 * One path of a story as test/fixtures/story-paths.json keeps it: where it ends, what it scores,
 * and what the debrief judges of it (verdict and per-quality readings), so that a change in the
 * story, the scoring or the judgement shows up as a diff of that file.
 */
export interface RecordedPath {
  choices: number[];
  ending?: string;
  /** Per-quality score, qualities scoring 0 left out. */
  scores: Partial<Record<QualityId, number>>;
  verdict: {
    service: 'ALIVE' | 'DEAD';
    /** The overall share the verdict read, as the debrief shows it. */
    overall: string;
    /** The customer's mood when they first appear, and right after the last decision. */
    moods: string;
    customer: 'better off' | 'no better off' | 'worse off';
    /** Set when the ending's '#outcome:' said it, not the moods. */
    said?: 'by the ending';
    /** How a DEAD play failed. */
    failure?: string;
  };
  /** Each practised quality's reading as the debrief shows it. */
  readings: Partial<Record<QualityId, string>>;
}

/** Replays `choices` through the engine at seed 0 and reads its debrief (default ALIVE threshold). */
export function recordPath(story: CompiledStory, choices: readonly number[]): RecordedPath {
  const replay = Encounter.resume(story.json, choices, { seed: 0 });
  if (!replay.ok) throw new Error(`${story.id}: ${replay.error.reason}`);
  const encounter = replay.value;
  // Model answers are left out: they are not judgement of this path and cost an exploration each.
  const view = debriefOf(story, encounter, { outlooks: [] });
  const { served, test, failure } = view.verdict;
  const worse = test.stated
    ? test.stated === 'worse-off'
    : moodRank(test.last) < moodRank(test.first);
  const scores = Object.fromEntries(Object.entries(encounter.scores).filter(([, v]) => v !== 0));
  return {
    choices: [...choices],
    ...(encounter.ending ? { ending: encounter.ending } : {}),
    scores,
    verdict: {
      service: served ? 'ALIVE' : 'DEAD',
      overall: view.overall.display,
      moods: `${test.first} → ${test.last}`,
      customer: test.betterOff ? 'better off' : worse ? 'worse off' : 'no better off',
      ...(test.stated ? { said: 'by the ending' as const } : {}),
      ...(failure ? { failure: failure.kind } : {}),
    },
    readings: Object.fromEntries(
      view.qualities.filter((q) => q.kind !== 'not-practised').map((q) => [q.id, q.display]),
    ),
  };
}
