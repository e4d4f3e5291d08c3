import { readdirSync, readFileSync } from 'node:fs';
import { cpuMs, runDelayMs } from './proc-stats.ts';

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

/** The live processes in the tree under `root`, `root` included. */
function treeOf(root: number): number[] {
  const tree = parents();
  const found: number[] = [];
  for (const [pid] of tree) {
    let p: number | undefined = pid;
    while (p !== undefined && p !== root && p > 1) p = tree.get(p);
    if (p === root) found.push(pid);
  }
  return found;
}

const sumOver = (pids: number[], measure: (pid: number) => number) =>
  pids.reduce((sum, pid) => {
    try {
      return sum + measure(pid);
    } catch {
      return sum; // ended while we looked
    }
  }, 0);

/**
 * CPU time used so far by a process and every process under it (Postgres's backends are children
 * of its postmaster), in milliseconds: the live ones' own time, and the root's children that have
 * ended (their time is added to the root's once it has waited for them).
 */
export function treeCpuMs(root: number | undefined): number {
  if (root === undefined) return 0;
  return endedChildrenMs(root) + sumOver(treeOf(root), cpuMs);
}

/** Time the live processes of the tree have waited for a core so far (runDelayMs), in ms. */
export function treeRunDelayMs(root: number | undefined): number {
  if (root === undefined) return 0;
  return sumOver(treeOf(root), runDelayMs);
}
