import type { LuckGame } from './luck-odds.ts';
import { bestOdds, movedQualities } from './luck-warning.ts';

const points = (n: number) => `${n} ${Math.abs(n) === 1 ? 'point' : 'points'}`;

/** The report's luck section: read off the story's graph explored over every outcome. */
export function luckLines(luck: LuckGame & { steers?: false }): string[] {
  const how = luck.exact
    ? 'worked out over every outcome'
    : `APPROXIMATE, stopped by ${luck.cut ?? 'a bound'}`;
  if (luck.steers === false)
    return [
      `luck: the story draws random numbers, but no outcome of any draw changes a route (${how}), so every learner is read against the same routes`,
    ];
  const { total } = luck;
  const moved = movedQualities(luck);
  const rolls = luck.rolls.flatMap((r) => {
    const of = r.outcomes.reduce((n, o) => n + o.of, 0);
    return [
      `  ${r.after === undefined ? 'before the first decision' : `after '${r.after}'`}${r.at ? ` (the draw at ${r.at.file}:${r.at.line})` : ''}:`,
      ...r.outcomes.map(
        (o) =>
          `    ${o.of} of ${of} outcomes ${o.of === 1 ? 'leads' : 'lead'} to ${o.leadsTo}: the best play is then sure of ${points(o.sure)} more`,
      ),
    ];
  });
  return [
    `luck: the story draws random numbers, and each learner is read against what their own rolls allow (${how})`,
    total.bestSure === total.bestLucky
      ? `  luck does not change what the best play earns: sure of ${points(total.bestSure)} whatever the rolls`
      : `  luck decides how much a learner can earn: ${bestOdds(total)}`,
    `  the worst play ends no higher than ${points(total.worstSure)} whatever the rolls, and as low as ${points(total.worstUnlucky)} with the rolls against it`,
    ...(moved.length ? [`  qualities luck moves: ${moved.join('; ')}`] : []),
    ...(luck.rolls.length
      ? ['rolls that matter (their outcomes change what the best play is sure of):', ...rolls]
      : []),
    ...(luck.moreRolls ? [`  …and ${luck.moreRolls} more`] : []),
  ];
}
