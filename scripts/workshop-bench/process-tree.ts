import { readdirSync, readFileSync } from 'node:fs';
import { cpuMs } from './proc-stats.ts';

/** CPU time of a process's children that ended and were waited for (cutime + cstime). */
function endedChildrenMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return 0;
  }
}

/** The parent of every process now running, from /proc. */
function parents(): Map<number, number> {
  const found = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      found.set(Number(name), ppid);
    } catch {
      // ended while we looked
    }
  }
  return found;
}

/**
 * CPU time used so far by a process and every process under it (Postgres's backends are children
 * of its postmaster), in milliseconds: the live ones' own time, and the root's children that have
 * ended (their time is added to the root's once it has waited for them).
 */
export function treeCpuMs(root: number | undefined): number {
  if (root === undefined) return 0;
  const tree = parents();
  let total = endedChildrenMs(root);
  for (const [pid] of tree) {
    let p: number | undefined = pid;
    while (p !== undefined && p !== root && p > 1) p = tree.get(p);
    if (p !== root) continue;
    try {
      total += cpuMs(pid);
    } catch {
      // ended while we looked
    }
  }
  return total;
}
