import { nameKey } from './team-name.ts';

/** A team row as the v2 migration reads it, in the order the teams joined. */
export interface NamedTeam {
  id: string;
  sessionId: string;
  name: string;
}

/**
 * The name key each team gets in the v2 migration. A session from before v2 may already hold
 * two teams with one key (two processes admitted them at the same instant): both are kept, with
 * their choices; the one that joined first holds the key, and the later ones get none (null), so
 * the unique index can be built and no new team can take the name either.
 */
export function nameKeysFor(teams: readonly NamedTeam[]): { id: string; key: string | null }[] {
  const taken = new Set<string>();
  return teams.map((t) => {
    const key = `${t.sessionId}\u0000${nameKey(t.name)}`;
    if (taken.has(key)) return { id: t.id, key: null };
    taken.add(key);
    return { id: t.id, key: nameKey(t.name) };
  });
}
