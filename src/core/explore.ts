import { Story } from 'inkjs';
import type { Beat, ChoiceEffect, RuntimeProblem } from './beat.ts';
import { endingOf, readBeat } from './beat-reader.ts';
import { QUALITY_IDS, zeroScores, type QualityId, type Scores } from './qualities.ts';

/** What any path through a story can earn: the denominators of the debrief. */
export interface ScoreRanges {
  max: Scores;
  min: Scores;
  /** Best and worst total over all qualities on a single path. */
  maxTotal: number;
  minTotal: number;
  /** Qualities that at least one reachable choice scores, in contract order. */
  practised: QualityId[];
}

export interface DeadEnd {
  path: number[];
  lastLine: string;
}

/** One decision as the story offers it, met on at least one path. */
export interface ChoicePoint {
  options: { text: string; effects: ChoiceEffect[]; feedback: boolean }[];
}

export interface Exploration {
  /** Every distinct decision met, in the order first met. */
  choicePoints: ChoicePoint[];
  ranges: ScoreRanges;
  /** Complete paths found; a lower bound when `boundHit` is set. */
  paths: number;
  boundHit: 'paths' | 'decisions' | undefined;
  endings: Record<string, number>;
  deadEnds: DeadEnd[];
  decisions: { min: number; max: number };
  /** How many complete paths take each number of decisions. */
  decisionCounts: Record<number, number>;
  bestPath: string[];
  worstPath: string[];
  problems: RuntimeProblem[];
}

export interface ExploreOptions {
  maxPaths?: number;
  maxDecisions?: number;
  seed?: number;
}

interface Suffix {
  max: Scores;
  min: Scores;
  maxTotal: number;
  minTotal: number;
  /** Choice texts of the best and the worst path by total, from here to the end. */
  bestPath: string[];
  worstPath: string[];
}

function add(suffix: Suffix, effects: readonly ChoiceEffect[], text: string): Suffix {
  const max = { ...suffix.max };
  const min = { ...suffix.min };
  let delta = 0;
  for (const { quality, amount } of effects) {
    max[quality] += amount;
    min[quality] += amount;
    delta += amount;
  }
  return {
    max,
    min,
    maxTotal: suffix.maxTotal + delta,
    minTotal: suffix.minTotal + delta,
    bestPath: [text, ...suffix.bestPath],
    worstPath: [text, ...suffix.worstPath],
  };
}

function merge(into: Suffix | undefined, next: Suffix): Suffix {
  if (!into) return next;
  for (const q of QUALITY_IDS) {
    into.max[q] = Math.max(into.max[q], next.max[q]);
    into.min[q] = Math.min(into.min[q], next.min[q]);
  }
  if (next.maxTotal > into.maxTotal) {
    into.maxTotal = next.maxTotal;
    into.bestPath = next.bestPath;
  }
  if (next.minTotal < into.minTotal) {
    into.minTotal = next.minTotal;
    into.worstPath = next.worstPath;
  }
  return into;
}

const emptySuffix = (): Suffix => ({
  max: zeroScores(),
  min: zeroScores(),
  maxTotal: 0,
  minTotal: 0,
  bestPath: [],
  worstPath: [],
});

/**
 * Walks every path by depth-first search, saving and restoring ink state at each decision, so
 * loops, conditions and variables behave exactly as in play. Bounded: a story whose paths grow past
 * the bounds gets a partial answer with `boundHit` set, never a hang.
 */
export function exploreStory(compiledJson: string, options: ExploreOptions = {}): Exploration {
  const maxPaths = options.maxPaths ?? 20_000;
  const maxDecisions = options.maxDecisions ?? 80;
  const story = new Story(compiledJson);
  story.state.storySeed = options.seed ?? 0;
  const problems: RuntimeProblem[] = [];
  const seen = new Set<string>();
  const report = (p: RuntimeProblem) => {
    const key = `${p.message}|${p.near ?? ''}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(p);
    }
  };
  story.onError = (message, type) =>
    report({ severity: type === 2 ? 'error' : 'warning', message });
  const practised = new Set<QualityId>();
  const choicePoints = new Map<string, ChoicePoint>();
  const endings: Record<string, number> = {};
  const deadEnds: DeadEnd[] = [];
  const decisions = { min: Infinity, max: 0 };
  const decisionCounts: Record<number, number> = {};
  let paths = 0;
  let boundHit: Exploration['boundHit'];
  const path: number[] = [];

  // A branch cut by a bound returns undefined: only complete paths count towards the ranges.
  const visit = (beat: Beat): Suffix | undefined => {
    if (beat.ended) {
      paths++;
      decisions.min = Math.min(decisions.min, path.length);
      decisions.max = Math.max(decisions.max, path.length);
      decisionCounts[path.length] = (decisionCounts[path.length] ?? 0) + 1;
      const ending = endingOf(beat);
      if (ending) endings[ending] = (endings[ending] ?? 0) + 1;
      else if (deadEnds.length < 20) {
        const last = beat.lines[beat.lines.length - 1]?.text ?? '';
        deadEnds.push({ path: [...path], lastLine: last });
      }
      return emptySuffix();
    }
    if (path.length >= maxDecisions) {
      boundHit ??= 'decisions';
      return undefined;
    }
    const signature = beat.choices.map((c) => c.text).join('\u0001');
    if (!choicePoints.has(signature)) {
      choicePoints.set(signature, {
        options: beat.choices.map((c) => ({
          text: c.text,
          effects: c.effects,
          feedback: Boolean(c.feedback),
        })),
      });
    }
    const saved = story.state.toJson();
    let best: Suffix | undefined;
    for (const choice of beat.choices) {
      if (paths >= maxPaths) {
        boundHit ??= 'paths';
        break;
      }
      for (const e of choice.effects) if (e.amount !== 0) practised.add(e.quality);
      // The first branch starts from the state as it is; later ones restore it. Whoever called
      // this visit restores its own state, so nothing needs restoring after the last branch.
      if (choice.index > 0) story.state.LoadJson(saved);
      story.ChooseChoiceIndex(choice.index);
      path.push(choice.index);
      const rest = visit(readBeat(story, report));
      if (rest) best = merge(best, add(rest, choice.effects, choice.text));
      path.pop();
    }
    return best;
  };

  const { bestPath, worstPath, ...suffix } = visit(readBeat(story, report)) ?? emptySuffix();
  return {
    ranges: { ...suffix, practised: QUALITY_IDS.filter((q) => practised.has(q)) },
    bestPath,
    worstPath,
    decisionCounts,
    choicePoints: [...choicePoints.values()],
    paths,
    boundHit,
    endings,
    deadEnds,
    decisions: { min: paths ? decisions.min : 0, max: decisions.max },
    problems,
  };
}
