import type { Decision } from '../core/decision.ts';
import { FAILURE_LABELS } from '../core/failure.ts';
import { QUALITIES } from '../core/qualities.ts';
import { rankRows } from '../protocol/ranking.ts';
import type { TeamRow } from '../protocol/standings.ts';

export interface ExportTeam {
  row: TeamRow;
  decisions: readonly Decision[];
}

/**
 * A spreadsheet opens text that starts with = + - @ as a formula: a team called "=HYPERLINK(…)"
 * must stay a name. Such text gets a leading apostrophe (OWASP's advice for CSV injection).
 */
export function csvText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One row per team, ranked as on the leaderboard: scores, the verdict (ALIVE or DEAD, whether the
 * customer left better off, how a DEAD play failed), the ending and the text of each choice.
 */
export function sessionCsv(teams: readonly ExportTeam[], best: number): string {
  const longest = Math.max(0, ...teams.map((t) => t.decisions.length));
  const header = [
    'Rank',
    'Team',
    'Finished',
    'Decisions made',
    'Overall serving score (%)',
    'Points',
    'Best possible points',
    'Verdict',
    'Customer better off',
    'How the play failed',
    ...QUALITIES.flatMap((q) => [`${q.label} (points)`, `${q.label} (%)`]),
    'Ending',
    ...Array.from({ length: longest }, (_, i) => `Decision ${i + 1}`),
  ];
  const byId = new Map(teams.map((t) => [t.row.teamId, t]));
  const lines = rankRows(teams.map((t) => t.row)).map(({ rank, row }) => {
    const decisions = byId.get(row.teamId)?.decisions ?? [];
    const quality = (id: string) => row.qualities.find((q) => q.id === id);
    return [
      rank,
      csvText(row.name),
      row.finished ? 'yes' : 'no',
      row.made,
      row.overall,
      row.points,
      best,
      row.verdict.served ? 'ALIVE' : 'DEAD',
      row.verdict.betterOff ? 'yes' : 'no',
      row.verdict.failure ? FAILURE_LABELS[row.verdict.failure] : '',
      ...QUALITIES.flatMap((q) => [quality(q.id)?.score ?? 0, quality(q.id)?.percent ?? '']),
      csvText(row.ending ?? ''),
      ...Array.from({ length: longest }, (_, i) => {
        const d = decisions[i];
        return d ? csvText(d.options[d.chosen]?.text ?? '') : '';
      }),
    ];
  });
  // The byte order mark makes Excel read UTF-8; CRLF is what RFC 4180 asks for.
  return '\uFEFF' + [header, ...lines].map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}
