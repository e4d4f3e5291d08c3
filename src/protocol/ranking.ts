import type { ResultRow, TeamRow } from './standings.ts';

/**
 * Ranked on serving, not speed: the overall serving score first, then points, then teams that
 * finished. Equal score and points share a rank (1, 1, 3), so no team loses on a tie-break
 * nobody can see. Pure: the host page re-ranks with it as rows arrive.
 */
export function compareRows(a: TeamRow, b: TeamRow): number {
  return (
    b.overall - a.overall ||
    b.points - a.points ||
    Number(b.finished) - Number(a.finished) ||
    a.name.localeCompare(b.name)
  );
}

export function rankRows(rows: readonly TeamRow[]): { rank: number; row: TeamRow }[] {
  const sorted = [...rows].sort(compareRows);
  let rank = 0;
  return sorted.map((row, i) => {
    const prev = sorted[i - 1];
    if (!prev || prev.overall !== row.overall || prev.points !== row.points) rank = i + 1;
    return { rank, row };
  });
}

/** What a team device may see of the others, after the reveal. */
export function resultRows(rows: readonly TeamRow[], mine: string): ResultRow[] {
  return rankRows(rows).map(({ rank, row }) => ({
    rank,
    name: row.name,
    overall: row.overall,
    finished: row.finished,
    verdict: row.verdict,
    mine: row.teamId === mine,
  }));
}
