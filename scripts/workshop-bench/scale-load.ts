import type { Socket } from 'socket.io-client';
import { seededRandom } from '../../src/core/random.ts';
import type { HostSnapshot } from '../../src/protocol/snapshots.ts';
import type { TeamRow } from '../../src/protocol/standings.ts';
import type { TeamChosen } from '../../src/protocol/team-play.ts';
import { connect, must, request } from '../../test/helpers/workshop-client.ts';
import { joinTeam, type JoinedTeam } from '../../test/helpers/workshop-play.ts';
import { sleep } from './pacing.ts';
import { latencySummary } from './proc-stats.ts';

/** The sessions of one phase of the benchmark, their teams joined and the round started. */
export interface Floor {
  hosts: Socket[];
  teams: JoinedTeam[];
  /** Choice → host leaderboard times of the choices sent since `listen` was last called. */
  latencies: number[];
  /** Choice → its acknowledgement on the team's device, for the same choices. */
  acks: number[];
  sentAt: Map<string, number>;
  close(): void;
}

let addressBlock = 0;

/**
 * Opens `sessions` sessions and joins `teamsPerSession` teams to each. Session s's host is on
 * process s mod N and its teams are spread over every process, so about half of all choices reach
 * their host through Redis. Each room has its own network (X-Forwarded-For 10.B.S.x).
 */
export async function openFloor(
  urls: string[],
  story: string,
  sessions: number,
  teamsPerSession: number,
): Promise<Floor> {
  const block = ++addressBlock % 250;
  const floor: Floor = {
    hosts: [],
    teams: [],
    latencies: [],
    acks: [],
    sentAt: new Map(),
    close: () => {
      for (const s of [...floor.hosts, ...floor.teams.map((t) => t.socket)]) s.disconnect();
    },
  };
  const at = (ip: string, i: number) => connect(urls[i % urls.length]!, { 'x-forwarded-for': ip });
  await Promise.all(
    Array.from({ length: sessions }, async (_, s) => {
      const room = `10.${block}.${s % 250}`;
      const host = await at(`${room}.1`, s);
      floor.hosts.push(host);
      const opened = await must<{ hostToken: string; snapshot: HostSnapshot }>(host, 'host:open', {
        storyId: story,
      });
      host.on('host:teams', (rows: TeamRow[]) => {
        for (const row of rows) {
          const key = `${row.teamId}:${row.made}`;
          const sent = floor.sentAt.get(key);
          if (sent === undefined) continue;
          floor.latencies.push(performance.now() - sent);
          floor.sentAt.delete(key);
        }
      });
      const code = opened.snapshot.code;
      for (let i = 0; i < teamsPerSession; i++) {
        const socket = await at(`${room}.${(i % 250) + 2}`, s + i);
        floor.teams.push(await joinTeam(socket, code, `Team ${i + 1}`));
      }
      await must(host, 'host:action', { code, hostToken: opened.hostToken, action: 'start' });
    }),
  );
  return floor;
}

/** One choice by a team, timed from sending to its row on the host's leaderboard. */
async function choose(floor: Floor, team: JoinedTeam, random: () => number) {
  const { snapshot, credentials } = team;
  const index = Math.floor(random() * snapshot.play.choices.length);
  const sent = performance.now();
  floor.sentAt.set(`${credentials.teamId}:${snapshot.made + 1}`, sent);
  const reply = await request(team.socket, 'team:choose', {
    ...credentials,
    hash: snapshot.story.hash,
    step: snapshot.made,
    index,
  });
  if (!reply.ok) return reply.error.code;
  floor.acks.push(performance.now() - sent);
  const { made, step } = reply.value as TeamChosen;
  team.snapshot = { ...snapshot, made, play: step };
  return 'accepted';
}

/**
 * Every team thinks `pauseFor()` between its choices (`firstPause()` before its first one) until `seconds` have passed or its story ends.
 * Returns the replies by code, the accepted choices per second and the leaderboard latencies.
 */
export async function play(
  floor: Floor,
  seconds: number,
  pauseFor: (random: () => number) => number,
  firstPause: (random: () => number) => number,
) {
  floor.latencies.length = 0;
  floor.acks.length = 0;
  floor.sentAt.clear();
  const replies = new Map<string, number>();
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    floor.teams.map(async (team, i) => {
      const random = seededRandom(7919 * (i + 1) + addressBlock);
      const think = (pause: (r: () => number) => number) =>
        sleep(Math.max(0, Math.min(pause(random), end - performance.now())));
      // Spread over the first pause, so the rate is steady from the start.
      await think(firstPause);
      while (!team.snapshot.play.ended && performance.now() < end) {
        const code = await choose(floor, team, random).catch(() => 'timeout');
        replies.set(code, (replies.get(code) ?? 0) + 1);
        if (code !== 'accepted') return;
        await think(pauseFor);
      }
    }),
  );
  const elapsed = Math.min(seconds, (performance.now() - started) / 1000);
  await sleep(300); // the last rows are on their way to the hosts
  const accepted = replies.get('accepted') ?? 0;
  return {
    seconds: +elapsed.toFixed(1),
    accepted,
    replies: Object.fromEntries(replies),
    choicesPerSecond: +(accepted / elapsed).toFixed(1),
    choiceToLeaderboardMs: latencySummary(floor.latencies),
    choiceToAckMs: latencySummary(floor.acks),
  };
}
