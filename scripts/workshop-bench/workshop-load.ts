import type { Socket } from 'socket.io-client';
import type { HostSnapshot } from '../../src/protocol/snapshots.ts';
import type { TeamRow } from '../../src/protocol/standings.ts';
import type { TeamChosen } from '../../src/protocol/team-play.ts';
import { connect, must, request } from '../../test/helpers/workshop-client.ts';
import { joinTeam, type JoinedTeam } from '../../test/helpers/workshop-play.ts';
import { sleep, thinker } from './pacing.ts';
import { cpuMs, latencySummary, rssMb, settled, threadCpuMs } from './proc-stats.ts';

export interface LoadPlan {
  sessions: number;
  teamsPerSession: number;
  /** Accepted choices per second the teams together aim for. */
  choicesPerSecond: number;
  story: string;
  deadlineMs: number;
}

interface Room {
  host: Socket;
  teams: JoinedTeam[];
}

/** Choices per second between the 10th and the 90th percentile of their acceptance times. */
function steadyRate(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const from = sorted[Math.floor(sorted.length * 0.1)];
  const to = sorted[Math.floor(sorted.length * 0.9)];
  if (from === undefined || to === undefined || to <= from) return NaN;
  return Number(((sorted.length * 0.8) / ((to - from) / 1000)).toFixed(1));
}

/**
 * Opens `sessions` sessions on a running workshop server, joins their teams over real sockets,
 * plays every team to its ending at the planned rate with seeded random choices, and measures the
 * server process: CPU per accepted choice, choice → host leaderboard time, memory.
 */
export async function playLoad(url: string, pid: number, plan: LoadPlan) {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  // Messages the server sends besides the answers, counted while the teams play.
  let counting = false;
  const told = { hostMessages: 0, hostRows: 0, teamMessages: 0 };
  const rooms: Room[] = [];
  const memoryBefore = rssMb(pid);
  for (let s = 0; s < plan.sessions; s++) {
    const host = await connect(url);
    const opened = await must<{ hostToken: string; snapshot: HostSnapshot }>(host, 'host:open', {
      storyId: plan.story,
    });
    host.onAny((event: string) => {
      if (counting && event !== 'host:teams') told.hostMessages += 1;
    });
    host.on('host:teams', (rows: TeamRow[]) => {
      if (counting) {
        told.hostMessages += 1;
        told.hostRows += rows.length;
      }
      for (const row of rows) {
        const key = `${row.teamId}:${row.made}`;
        const sent = sentAt.get(key);
        if (sent === undefined) continue;
        latencies.push(performance.now() - sent);
        sentAt.delete(key);
      }
    });
    const code = opened.snapshot.code;
    const teams: JoinedTeam[] = [];
    for (let i = 0; i < plan.teamsPerSession; i++) {
      teams.push(await joinTeam(await connect(url), code, `Team ${i + 1}`));
    }
    await must(host, 'host:action', { code, hostToken: opened.hostToken, action: 'start' });
    rooms.push({ host, teams });
  }
  const teams = rooms.flatMap((room) => room.teams);
  for (const team of teams) team.socket.onAny(() => counting && (told.teamMessages += 1));
  const memoryJoined = rssMb(pid);
  const idleBeforePlay = await settled(pid);

  let choices = 0;
  const acceptedAt: number[] = [];
  const refusals: string[] = [];
  const started = performance.now();
  counting = true;
  const cpuBefore = cpuMs(pid);
  const threadsBefore = threadCpuMs(pid);
  await Promise.all(
    teams.map(async (team, i) => {
      const { pause, random } = thinker(teams.length, plan.choicesPerSecond, i + 1);
      const { snapshot, credentials } = team;
      let { made, play } = snapshot;
      while (!play.ended && performance.now() - started < plan.deadlineMs) {
        await pause();
        const index = Math.floor(random() * play.choices.length);
        sentAt.set(`${credentials.teamId}:${made + 1}`, performance.now());
        const reply = await request(team.socket, 'team:choose', {
          ...credentials,
          hash: snapshot.story.hash,
          step: made,
          index,
        });
        if (!reply.ok) {
          refusals.push(reply.error.code);
          return;
        }
        choices++;
        acceptedAt.push(performance.now());
        ({ made, step: play } = reply.value as TeamChosen);
      }
      team.snapshot = { ...snapshot, made, play };
    }),
  );
  const cpu = cpuMs(pid) - cpuBefore;
  const threads = threadCpuMs(pid);
  const seconds = (performance.now() - started) / 1000;
  await sleep(200); // the last leaderboard rows are on their way
  counting = false;
  const per = (n: number) => Number((n / Math.max(1, choices)).toFixed(3));
  return {
    teams: teams.length,
    sessions: plan.sessions,
    choices,
    refused: refusals.length,
    refusedCodes: [...new Set(refusals)],
    seconds: Number(seconds.toFixed(2)),
    choicesPerSecond: Number((choices / seconds).toFixed(1)),
    // The rate while every team is playing, without the start-up and the last teams' tail.
    steadyChoicesPerSecond: steadyRate(acceptedAt),
    choiceToLeaderboardMs: latencySummary(latencies),
    // Per accepted choice, besides its answer: messages to the host pages (and the rows they
    // carry), and to team devices.
    sentPerChoice: {
      hostMessages: per(told.hostMessages),
      hostRows: per(told.hostRows),
      teamMessages: per(told.teamMessages),
    },
    idleBeforePlay,
    cpuMsPerChoice: cpu / Math.max(1, choices),
    // The event loop's share, and what V8's collector and compilers added on their own threads.
    cpuMsPerChoiceByThread: {
      main: (threads.main - threadsBefore.main) / Math.max(1, choices),
      others: (threads.others - threadsBefore.others) / Math.max(1, choices),
    },
    memoryMb: { before: memoryBefore, joined: memoryJoined, played: rssMb(pid) },
    rooms,
  };
}

/**
 * Every finished team sends choices the server must refuse (a step after its ending), within
 * the per-team budget, so what is measured is the refusal itself and not the rate limiter.
 */
export async function refuseLoad(
  pid: number,
  teams: JoinedTeam[],
  perSecond: number,
  each: number,
) {
  const codes = new Map<string, number>();
  const cpuBefore = cpuMs(pid);
  await Promise.all(
    teams.map(async (team, i) => {
      const { pause } = thinker(teams.length, perSecond, 1000 + i);
      for (let n = 0; n < each; n++) {
        await pause();
        const reply = await request(team.socket, 'team:choose', {
          ...team.credentials,
          hash: team.snapshot.story.hash,
          step: team.snapshot.made,
          index: 0,
        });
        const code = reply.ok ? 'accepted' : reply.error.code;
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
    }),
  );
  const cpu = cpuMs(pid) - cpuBefore;
  const sent = teams.length * each;
  return { sent, replies: Object.fromEntries(codes), cpuMsPerRefusal: cpu / sent };
}
