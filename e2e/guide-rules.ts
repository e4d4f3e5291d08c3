import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Story } from 'inkjs/full';
import { below, type Below } from './ink-walk.ts';

/**
 * The judgement rules of docs/writing-stories.md ("How the debrief judges a play"), written out
 * for the e2e oracle with nothing of src/: each quality's reading against the best-serving play,
 * and the ALIVE/DEAD verdict with its better-off test. The quality names and their order, and
 * the ranking of moods, are read from the guide itself.
 */

const GUIDE = readFileSync(path.resolve('docs', 'writing-stories.md'), 'utf8');

/** The qualities table of the guide: `| Listening (`listening`) | …`, in the order the debrief lists them. */
const QUALITIES = [...GUIDE.matchAll(/^\| ([A-Z][a-z ]+) \(`([a-z]+)`\)\s*\|/gm)].map((m) => ({
  label: m[1]!.trim(),
  id: m[2]!,
}));
if (QUALITIES.length !== 10) throw new Error('docs/writing-stories.md: the qualities table moved');

const RANKING = /Moods rank from worst to best:([a-z,\s]+)\./
  .exec(GUIDE)?.[1]
  ?.split(',')
  .map((m) => m.trim());
if (RANKING?.length !== 6) throw new Error('docs/writing-stories.md: the mood ranking moved');
/** A mood's place in the guide's ranking, worst first. */
export const rank = (mood: string) => RANKING.indexOf(mood);

const ALIVE_AT = 60;
export const label = (id: string) => QUALITIES.find((q) => q.id === id)?.label ?? id;
export const points = (n: number) => `${n} ${Math.abs(n) === 1 ? 'point' : 'points'}`;
export const share = (part: number, whole: number) =>
  whole <= 0 ? 0 : Math.round(Math.min(1, Math.max(0, part / whole)) * 100);
/** Per quality: the least any path ends with, and the least and most over the best plays. */
export function basisOf(story: { json: string }, memo: Map<string, Below>) {
  const ink = new Story(story.json);
  ink.state.storySeed = 0;
  const all = below(ink, memo);
  return {
    maxTotal: all.best,
    practised: all.practised,
    least: (q: string) => all.least[q] ?? 0,
    bestLeast: (q: string) => all.bestLeast[q] ?? 0,
    bestMost: (q: string) => all.bestMost[q] ?? 0,
  };
}

export function readings(
  scores: Record<string, number>,
  total: number,
  basis: ReturnType<typeof basisOf>,
) {
  const rows = QUALITIES.map(({ id, label }) => {
    const s = scores[id] ?? 0;
    const b = basis.bestLeast(id);
    if (!basis.practised.has(id))
      return { id, label, score: s, percent: null, display: 'not practised in this story' };
    if (b > 0) {
      const percent = share(s, b);
      return {
        id,
        label,
        score: s,
        percent,
        display: s < 0 ? `${percent}% (${points(s)})` : `${percent}%`,
      };
    }
    if (s >= b)
      return {
        id,
        label,
        score: s,
        percent: 100,
        display: s >= 0 ? 'kept intact' : `${points(s)}, as on the best play`,
      };
    const floor = Math.min(basis.least(id), s);
    const percent = share(s - floor, b - floor);
    // The guide: below B, "lost N points the best play keeps", N = B − S.
    return {
      id,
      label,
      score: s,
      percent,
      display: `${percent}%: lost ${points(b - s)} the best play keeps`,
    };
  });
  const short = rows.filter((r) => r.percent !== null && r.percent < 100).map((r) => r.label);
  const cost = short.length
    ? `at a cost to ${short.join(', ')}`
    : `at a cost of ${points(basis.maxTotal - total)} overall`;
  return rows.map((r) => {
    const most = basis.bestMost(r.id);
    if (r.percent === null || r.score <= most) return r;
    return {
      ...r,
      display: `${r.display}: more than the best play earns (${r.score} against ${most}), ${cost}`,
    };
  });
}

export function verdictOf(
  customer: string,
  percent: number,
  first: string,
  last: string,
  stated?: string,
  pronoun = 'they',
) {
  const betterOff = stated ? stated === 'better-off' : rank(last) > rank(first);
  const worseOff = stated ? stated === 'worse-off' : rank(last) < rank(first);
  const served = percent >= ALIVE_AT && !worseOff;
  const said = {
    'better-off': 'better off',
    'worse-off': 'worse off',
    'no-better': 'no better off',
  }[stated ?? ''];
  const text = said
    ? `The ending says it: ${customer} left ${said} than ${pronoun} came.`
    : first === last
      ? `${customer} came to you ${first} and was still ${last} after your last choice: no better off than ${pronoun} came.`
      : `${customer} came to you ${first} and was ${last} after your last choice: ${rank(last) > rank(first) ? 'better off' : 'worse off'} than ${pronoun} came.`;
  return {
    served,
    heading: served ? 'You served: ALIVE service' : 'You serviced: DEAD service',
    test: { betterOff, text },
  };
}
