import { Story } from 'inkjs/full';

/**
 * ink read by the tag contract in docs/writing-stories.md, with inkjs alone and nothing of
 * src/core: lines with their speaker, mood, scene, ending and outcome; choices with their quality
 * tags and feedback. The oracles build what the page must say from these.
 */

export interface InkLine {
  text: string;
  speaker?: string;
  mood?: string;
  scene?: string;
  ending?: string;
  outcome?: string;
  /** The line's presence tags, in order: ['onstage', 'Helen Marsh, Priya'], ['call', 'Marek']. */
  presence?: [string, string][];
}

export interface InkOption {
  index: number;
  text: string;
  effects: { quality: string; amount: number }[];
  feedback: string;
}

export const QUALITY_TAG =
  /^(listening|empathy|healing|awareness|persuasion|conceptualization|foresight|stewardship|growth|community)\s*([+-]\d+)$/;

function keyed(tag: string): [string, string] | undefined {
  const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(tag.trim());
  return m ? [m[1]!.toLowerCase(), m[2]!.trim()] : undefined;
}

function lineOf(text: string, tags: readonly string[] | null): InkLine {
  const line: InkLine = { text: text.trim() };
  for (const tag of tags ?? []) {
    const [key, value] = keyed(tag) ?? [];
    if (value === undefined) continue;
    if (key === 'speaker') line.speaker = value;
    if (key === 'mood') line.mood = value.toLowerCase();
    if (key === 'scene') line.scene = value;
    if (key === 'ending') line.ending = value;
    if (key === 'outcome') line.outcome = value.toLowerCase();
    if (['onstage', 'enter', 'leave', 'call', 'chat'].includes(key ?? ''))
      (line.presence ??= []).push([key!, value]);
  }
  return line;
}

const FIELDS = ['speaker', 'mood', 'scene', 'ending', 'outcome'] as const;

/** Presence tags of a tag-only line come before (or, at the end, after) the line's own. */
const withPresence = (first: InkLine, then: InkLine) =>
  first.presence || then.presence
    ? [...(first.presence ?? []), ...(then.presence ?? [])]
    : undefined;

/**
 * The lines up to the next choice. A tag-only line (ink emits them just before a choice, or after
 * an INCLUDE) gives its tags to the next line; at the end of a passage they land on its last line.
 */
export function readLines(story: Story): InkLine[] {
  const lines: InkLine[] = [];
  let carried: InkLine | undefined;
  while (story.canContinue) {
    story.Continue();
    const line = lineOf(story.currentText ?? '', story.currentTags);
    if (carried) {
      for (const f of FIELDS) line[f] ??= carried[f];
      const presence = withPresence(carried, line);
      if (presence) line.presence = presence;
    }
    carried = undefined;
    if (line.text === '') carried = line;
    else lines.push(line);
  }
  const last = lines[lines.length - 1];
  if (carried && last) {
    for (const f of FIELDS) last[f] = carried[f] ?? last[f];
    const presence = withPresence(last, carried);
    if (presence) last.presence = presence;
  } else if (carried) lines.push(carried);
  return lines;
}

export function optionsOf(story: Story): InkOption[] {
  return story.currentChoices.map((choice, index) => {
    const effects: InkOption['effects'] = [];
    const feedback: string[] = [];
    for (const tag of choice.tags ?? []) {
      const q = QUALITY_TAG.exec(tag.trim());
      const same = q && effects.find((e) => e.quality === q[1]);
      if (q && same) same.amount += Number(q[2]);
      else if (q) effects.push({ quality: q[1]!, amount: Number(q[2]) });
      const [key, value] = keyed(tag) ?? [];
      if (key === 'feedback' && value !== undefined) feedback.push(value);
    }
    return { index, text: choice.text.trim(), effects, feedback: feedback.join(' ') };
  });
}

export const optionTotal = (o: InkOption) => o.effects.reduce((s, e) => s + e.amount, 0);

/** The global tags at the top of the story (`# title:`, `# customer:`, `# setting:` …). */
export function globalTags(story: Story): Record<string, string> {
  return Object.fromEntries(
    (story.globalTags ?? []).flatMap((t) => {
      const kv = keyed(t);
      return kv ? [kv] : [];
    }),
  );
}

export const QUALITY_IDS = QUALITY_TAG.source.slice(2, QUALITY_TAG.source.indexOf(')')).split('|');

/** What can still happen from one state: over every complete path from there to an ending. */
export interface Below {
  /** The largest and the smallest total of choice tags still to be earned. */
  best: number;
  worst: number;
  /** Per quality, the least any path adds. */
  least: Record<string, number>;
  /** Per quality, the least and the most the paths earning `best` add. */
  bestLeast: Record<string, number>;
  bestMost: Record<string, number>;
  /** Qualities some choice from here on scores. */
  practised: Set<string>;
}

// What lies below each ink state depends on the story alone: kept per compiled story, so the
// oracles asking about several plays of one story (its extreme paths, each play's debrief) explore
// it once.
const memos = new Map<string, Map<string, Below>>();
export function memoFor(json: string): Map<string, Below> {
  let memo = memos.get(json);
  if (!memo) memos.set(json, (memo = new Map()));
  return memo;
}

const zeros = () => Object.fromEntries(QUALITY_IDS.map((q) => [q, 0]));

/**
 * Reads the story on to its next choice and sums up everything below it, depth first. Paths that
 * meet again in the same ink state are summed up once (`memo`, keyed by the saved state), so
 * the work grows with the story's states, not its paths; `budget` bounds the states.
 */
export function below(story: Story, memo: Map<string, Below>, budget = 200_000): Below {
  readLines(story);
  const options = optionsOf(story);
  if (options.length === 0)
    return {
      best: 0,
      worst: 0,
      least: zeros(),
      bestLeast: zeros(),
      bestMost: zeros(),
      practised: new Set(),
    };
  const saved = story.state.ToJson();
  const known = memo.get(saved);
  if (known) return known;
  if (memo.size > budget) throw new Error(`more than ${budget} states: too big for the oracle`);
  const children = options.map((option) => {
    story.state.LoadJson(saved);
    story.ChooseChoiceIndex(option.index);
    const child = below(story, memo, budget);
    const add = (r: Record<string, number>) =>
      Object.fromEntries(
        QUALITY_IDS.map((q) => [
          q,
          (r[q] ?? 0) +
            option.effects.filter((e) => e.quality === q).reduce((a, e) => a + e.amount, 0),
        ]),
      );
    return {
      best: optionTotal(option) + child.best,
      worst: optionTotal(option) + child.worst,
      least: add(child.least),
      bestLeast: add(child.bestLeast),
      bestMost: add(child.bestMost),
      practised: new Set([
        ...child.practised,
        ...option.effects.filter((e) => e.amount !== 0).map((e) => e.quality),
      ]),
    };
  });
  story.state.LoadJson(saved);
  const best = Math.max(...children.map((c) => c.best));
  const top = children.filter((c) => c.best === best);
  const per = (
    list: typeof children,
    key: 'least' | 'bestLeast' | 'bestMost',
    f: typeof Math.min,
  ) => Object.fromEntries(QUALITY_IDS.map((q) => [q, f(...list.map((c) => c[key][q] ?? 0))]));
  const summary: Below = {
    best,
    worst: Math.min(...children.map((c) => c.worst)),
    least: per(children, 'least', Math.min),
    bestLeast: per(top, 'bestLeast', Math.min),
    bestMost: per(top, 'bestMost', Math.max),
    practised: new Set(children.flatMap((c) => [...c.practised])),
  };
  memo.set(saved, summary);
  return summary;
}
