import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from './compile-ink.ts';
import { STORIES } from '../../test/helpers/fixtures.ts';
import { QUALITY_IDS } from '../core/qualities.ts';
import { MOODS } from '../core/moods.ts';
import { Encounter } from '../core/encounter.ts';
import { libraryGoals, libraryMetrics, storyRow } from '../core/library-metrics.ts';
import { recordPath } from './recorded-path.ts';
import recorded from '../../test/fixtures/story-paths.json' with { type: 'json' };

// The onboarding library's promises to new hires, checked on the real stories.
const files = readdirSync(STORIES).filter((f) => f.endsWith('.ink'));
const stories = files.map((file) => ({
  file,
  outcome: compileInkFile(path.join(STORIES, file), STORIES),
}));
const rows = stories.flatMap(({ outcome: { story, exploration } }) =>
  story && exploration ? [storyRow(story, exploration)] : [],
);
const metrics = libraryMetrics(rows);

// Shipped stories still in their first draft, which issue 14 rewrites one by one; every other story,
// including any new one, is held to the library's rules below. Remove an id when its rewrite lands.
const FIRST_DRAFTS = new Set<string>([]);
const rewritten = rows.filter((r) => !FIRST_DRAFTS.has(r.id)).map((r) => r.id);

describe('the scenario library', () => {
  it('has ten scenarios, each a different role, customer and setting', () => {
    expect(stories.length).toBeGreaterThanOrEqual(10);
    const metas = stories.map((s) => s.outcome.meta);
    expect(new Set(metas.map((m) => m?.customer)).size).toBe(stories.length);
    expect(new Set(metas.map((m) => m?.role)).size).toBe(stories.length);
  });

  it.each(files)(
    '%s: 6–12 decisions on every path, 3+ endings, 5+ qualities, every choice taught',
    (file) => {
      const { outcome } = stories.find((s) => s.file === file) ?? {};
      const x = outcome?.exploration;
      expect(outcome?.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(x?.exact).toBe(true);
      expect(x?.decisions.min).toBeGreaterThanOrEqual(6);
      expect(x?.decisions.max).toBeLessThanOrEqual(12);
      expect(Object.keys(x?.endings ?? {}).length).toBeGreaterThanOrEqual(3);
      expect(outcome?.story?.ranges.practised.length).toBeGreaterThanOrEqual(5);
      for (const point of x?.choicePoints ?? []) {
        expect(point.options.length).toBeGreaterThanOrEqual(2);
        expect(point.options.length).toBeLessThanOrEqual(4);
        for (const option of point.options) {
          expect(option.effects.length, option.text).toBeGreaterThan(0);
          expect(option.feedback, option.text).toBe(true);
        }
      }
    },
  );

  it.each(files)('%s: the best path is not "always the same option" and the mood moves', (file) => {
    const story = stories.find((s) => s.file === file)?.outcome.story;
    const best = story?.ranges.maxTotal ?? 0;
    const moods = new Set<string>();
    for (const position of [0, 1, -1]) {
      const session = new Encounter(story?.json ?? '', { seed: 0 });
      let total = 0;
      while (!session.ended) {
        const count = session.choices.length;
        const index = position < 0 ? count - 1 : Math.min(position, count - 1);
        total += session.choices[index]?.effects.reduce((s, e) => s + e.amount, 0) ?? 0;
        session.choose(index);
        moods.add(session.mood);
      }
      expect(total, `always option ${position}`).toBeLessThan(best);
    }
    expect(moods.size).toBeGreaterThanOrEqual(3);
    expect([...moods].every((m) => (MOODS as readonly string[]).includes(m))).toBe(true);
  });

  it('lets a learner earn every quality in at least four scenarios', () => {
    for (const quality of QUALITY_IDS) {
      expect(metrics.earnableIn[quality], quality).toBeGreaterThanOrEqual(4);
    }
  });

  it.each(rewritten)(
    '%s: practises 5–7 qualities, and its best answers cost, its endings follow the play',
    (id) => {
      const row = rows.find((r) => r.id === id);
      const story = stories.find((s) => s.outcome.story?.id === id)?.outcome.story;
      const practised = story?.ranges.practised.length ?? 0;
      expect(row?.cut).toBe(false);
      expect(practised).toBeGreaterThanOrEqual(5);
      expect(practised).toBeLessThanOrEqual(7);
      // At least a third of the decisions have a best answer that loses something.
      expect((row?.modelCosts ?? 0) * 3).toBeGreaterThanOrEqual(row?.decisions ?? 1);
      // The model answer is not the longest option most of the time.
      expect((row?.modelLongest ?? 0) * 2).toBeLessThanOrEqual(row?.decisions ?? 0);
      // Only serving well reaches the best ending; the worst play leaves the customer no better off.
      expect(row?.bestEndingFloor).toBeGreaterThanOrEqual(50);
      expect(row?.worstBetterOff).toBe(false);
      // Trust, time and promises are carried in variables that later lines read.
      expect(row?.variables.length).toBeGreaterThan(0);
      for (const point of stories.find((s) => s.outcome.story?.id === id)?.outcome.exploration
        ?.choicePoints ?? []) {
        for (const option of point.options) {
          expect(option.text.split(/\s+/).length, option.text).toBeLessThanOrEqual(15);
        }
      }
    },
  );

  // Issue 14's library-wide goals. Those that depend on stories still being written are printed
  // until they hold; the ones listed here hold on main and must keep holding.
  const HELD = [
    'every quality earnable in 4 or more stories',
    'every path 6 or more decisions',
    '3 or more endings in each story',
    'choices average 15 words or fewer',
    'greedy play misses the best total in 5+ stories',
    'model answer carries a cost in 35%+ of decisions',
    'model answer the longest in 40% or fewer',
    '"never a minus" under 85% in 3/4 of stories',
  ];
  it('keeps the library goals it has reached, and reports the rest', () => {
    const goals = libraryGoals(metrics);
    for (const goal of goals.filter((g) => HELD.includes(g.goal))) {
      expect(goal.holds, `${goal.goal}: ${goal.measured}`).toBe(true);
    }
    const open = goals.filter((g) => !g.holds).map((g) => `  ${g.goal}: ${g.measured}`);
    if (open.length) console.info(`library goals not yet met:\n${open.join('\n')}`);
    expect(goals.map((g) => g.goal)).toEqual(expect.arrayContaining(HELD));
  });

  // Recorded by scripts/record-story-paths.ts: re-record on purpose when a story's scoring or its
  // judgement changes, and read the diff.
  it.each(Object.entries(recorded))(
    '%s: the recorded best and worst paths still end, score and are judged the same',
    (id, paths) => {
      const story = stories.find((s) => s.outcome.story?.id === id)?.outcome.story;
      expect(story, id).toBeDefined();
      if (!story) return;
      expect(recordPath(story, paths.best.choices)).toEqual(paths.best);
      expect(recordPath(story, paths.worst.choices)).toEqual(paths.worst);
      expect(Object.keys(recorded).sort()).toEqual(stories.map((s) => s.outcome.story?.id).sort());
    },
  );
});
