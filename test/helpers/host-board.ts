import type { Socket } from 'socket.io-client';
import type { HostSnapshot } from '../../src/protocol/snapshots.ts';
import type { TeamRow } from '../../src/protocol/standings.ts';
import { within } from './redis-cut.ts';

/** A team's row as the host's board shows it, and which message brought it there. */
export type ShownRow = TeamRow & { by: 'row' | 'snapshot' };

/**
 * The host page's board, kept as the page keeps it from the messages its socket gets: a snapshot
 * replaces every row, a row update adds or replaces one team's row. Teams are named by name.
 */
export function hostBoard(host: Socket) {
  const shown = new Map<string, ShownRow>();
  const changed = new Set<() => void>();
  const put = (teams: readonly TeamRow[], by: ShownRow['by']) => {
    for (const t of teams) shown.set(t.name, { ...t, by });
    for (const check of changed) check();
  };
  host.on('host:snapshot', (s: HostSnapshot) => {
    shown.clear();
    put(s.teams, 'snapshot');
  });
  host.on('host:teams', (rows: TeamRow[]) => put(rows, 'row'));
  return {
    /** The row shown for `name` now, if any. */
    team: (name: string): ShownRow | undefined => shown.get(name),
    /** Resolves once `name`'s row holds every value in `values`, bounded (`within`). */
    shows(name: string, values: Partial<ShownRow>): Promise<ShownRow> {
      const holds = () => {
        const row = shown.get(name);
        const keys = Object.keys(values) as (keyof ShownRow)[];
        return row && keys.every((k) => row[k] === values[k]) ? row : undefined;
      };
      return within(
        new Promise<ShownRow>((resolve) => {
          const check = () => {
            const row = holds();
            if (!row) return;
            changed.delete(check);
            resolve(row);
          };
          changed.add(check);
          check();
        }),
        `${name} with ${JSON.stringify(values)}`,
      );
    },
  };
}
