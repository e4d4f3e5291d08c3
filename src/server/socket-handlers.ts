import type { Server, Socket } from 'socket.io';
import type { DebriefView } from '../core/debrief.ts';
import { hostSnapshot, teamSnapshot, type LiveSession, type LiveTeam } from './live-session.ts';
import type { HostRows } from './host-rows.ts';
import type { Outcome } from './outcome.ts';
import type { Reply } from '../protocol/replies.ts';
import type { TeamRejoined } from '../protocol/snapshots.ts';
import type { TeamChosen, TeamDebrief } from '../protocol/team-play.ts';
import { luckPending, readSessionLuck } from './session-luck.ts';
import { signedInTeam } from './socket-sign-in.ts';
import { prepareOutlooks } from './story-outlooks.ts';
import { teamDebrief } from './team-debrief.ts';
import { teamStep } from './team-view.ts';
import type { AttemptCounter, RateBudget } from './rate-limit.ts';
import type { ServerLimits } from './server-limits.ts';
import type { SessionManager } from './session-manager.ts';
import type { Handlers } from './socket-dispatch.ts';

export interface HandlerDeps {
  io: Server;
  manager: SessionManager;
  /** The join address base teams can reach, or null to let the host page use its own origin. */
  joinBase: string | null;
  opens: AttemptCounter;
  /** Choices per team, whichever of its devices send them. */
  choices: RateBudget;
  limits: ServerLimits;
  /** Leaderboard rows on their way to the hosts (the server stops them when it closes). */
  hostRows: HostRows;
}

export const hostRoom = (code: string) => `host:${code}`;
const teamRoom = (teamId: string) => `team:${teamId}`;

function reply<T, R>(outcome: Outcome<T>, shape: (value: T) => R): Reply<R> {
  return outcome.ok ? { ok: true, value: shape(outcome.value) } : outcome;
}

/** The protocol's requests, each a rule from the manager plus who hears about the change. */
export function workshopHandlers(deps: HandlerDeps): Handlers {
  const { io, manager, joinBase, opens, choices, limits, hostRows } = deps;
  // Sessions whose host pages were sent a snapshot while their seed was being read again.
  const awaitingLuck = new WeakSet<LiveSession>();
  /**
   * The host's snapshot, at once: while the session's seed is read again in slices it says so
   * (`readingLuck`), and the host pages get the snapshot read on that seed when the reading ends.
   */
  const snapshotOf = (session: LiveSession) => {
    const snapshot = hostSnapshot(session, manager.storageProblem());
    if (snapshot.readingLuck && !awaitingLuck.has(session)) {
      awaitingLuck.add(session);
      void readSessionLuck(session.story, session.record.seed).then(() => {
        awaitingLuck.delete(session);
        toHost(session);
      });
    }
    return snapshot;
  };
  const toHost = (session: LiveSession): void =>
    void io.to(hostRoom(session.record.code)).emit('host:snapshot', snapshotOf(session));
  const rowToHost = (session: LiveSession, team: LiveTeam) => hostRows.add(session, team);
  const toTeams = (session: LiveSession) => {
    for (const team of session.teams.values()) {
      const { phase, results } = teamSnapshot(session, team);
      io.to(teamRoom(team.id)).emit('team:phase', { phase, ...(results ? { results } : {}) });
    }
  };

  /** Model answers are worked out in the background; a revealed walk-through is re-sent when ready. */
  const prepare = (session: LiveSession) =>
    void prepareOutlooks(session.story).then(() => {
      if (session.record.revealed) toHost(session);
    });
  // Restored sessions whose teams may ask for debriefs before the host returns.
  for (const session of manager.sessions)
    if (session.record.revealed || session.record.phase === 'ended') prepare(session);

  /** The host sees whether the team is online, here and (told) on the other processes. */
  const present = (session: LiveSession, team: LiveTeam) => {
    rowToHost(session, team);
    const online = team.connections > 0;
    manager.changed({ kind: 'presence', code: session.record.code, teamId: team.id, online });
  };
  /** Counts a device as online for its team (once per connection), and the host sees it. */
  const attend = (socket: Socket, session: LiveSession, team: LiveTeam) => {
    const previous = socket.data.team as { teamId: string } | undefined;
    if (previous?.teamId === team.id) return;
    void socket.join(teamRoom(team.id));
    socket.data.team = { code: session.record.code, teamId: team.id };
    team.connections += 1;
    socket.once('disconnect', () => {
      team.connections = Math.max(0, team.connections - 1);
      present(session, team);
    });
    present(session, team);
  };

  /**
   * The team's debrief once revealed: an approximate one (the model answers still being worked
   * out) is followed by the exact one, pushed to every device of the team then connected.
   */
  const debriefOf = (session: LiveSession, team: LiveTeam): Outcome<TeamDebrief> => {
    const send = (debrief: DebriefView): TeamDebrief => ({
      debrief,
      finished: team.encounter.ended,
    });
    const exact = (debrief: DebriefView) =>
      io.to(teamRoom(team.id)).emit('team:debrief', send(debrief));
    const built = teamDebrief(session, team, exact);
    return built.ok ? { ok: true, value: send(built.value) } : built;
  };

  return {
    'stories:list': () => ({ ok: true, value: { stories: manager.stories(), joinBase } }),
    'host:open': async (payload, socket) => {
      const address = socket.data.address as string;
      // Counted as it is checked (one step in Redis), and given back if the opening fails.
      const wait = await opens.count(address);
      if (wait > 0) {
        await opens.uncount(address);
        return {
          ok: false,
          error: {
            code: 'rate-limited',
            message: `This device has opened ${limits.opens} sessions within the hour. Resume one instead.`,
          },
        };
      }
      const opened = await manager.open(payload).catch(async (err: unknown) => {
        await opens.uncount(address);
        throw err;
      });
      if (opened.ok) {
        void socket.join(hostRoom(opened.value.session.record.code));
        prepare(opened.value.session);
      } else await opens.uncount(address);
      return reply(opened, ({ session, hostToken, recovery }) => ({
        hostToken,
        recoveryCode: recovery,
        snapshot: snapshotOf(session),
        joinBase,
      }));
    },
    'host:recover': async (payload, socket) => {
      const recovered = await manager.recover(payload);
      if (recovered.ok) void socket.join(hostRoom(recovered.value.session.record.code));
      return reply(recovered, ({ session, hostToken }) => ({
        hostToken,
        snapshot: snapshotOf(session),
        joinBase,
      }));
    },
    'host:resume': async (payload, socket) => {
      await manager.reread(payload.code, 'host');
      const host = manager.host(payload);
      if (host.ok) {
        void socket.join(hostRoom(host.value.record.code));
        prepare(host.value); // a session restored after a restart
      }
      return reply(host, (session) => ({ snapshot: snapshotOf(session), joinBase }));
    },
    'host:action': async (payload) => {
      const acted = await manager.act(payload);
      if (acted.ok) {
        toHost(acted.value);
        toTeams(acted.value);
      }
      return reply(acted, (session) => ({ snapshot: snapshotOf(session) }));
    },
    'host:remove-team': async (payload) => {
      const removed = await manager.removeTeam(payload);
      if (removed.ok) {
        const { session, team } = removed.value;
        io.to(teamRoom(team.id)).emit('team:removed', {
          message: 'The facilitator removed this team from the workshop.',
        });
        io.in(teamRoom(team.id)).socketsLeave(teamRoom(team.id));
        toHost(session);
      }
      return reply(removed, ({ session }) => ({ snapshot: snapshotOf(session) }));
    },
    'host:export': async (payload) => {
      const host = manager.host(payload);
      if (host.ok) {
        await manager.serveSession(host.value);
        await readSessionLuck(host.value.story, host.value.record.seed);
      }
      return reply(manager.exportCsv(payload), (file) => file);
    },
    'team:join': async (payload, socket) => {
      const joined = await manager.join(payload);
      // The host pages get the new team's row (attend sends it, here and, through its 'online',
      // on the other processes), not the whole session: a snapshot per join went to every
      // process through Redis, 100 rows each for the last team of a full room.
      if (joined.ok) attend(socket, joined.value.session, joined.value.team);
      return reply(joined, ({ session, team, token }) => ({
        token,
        snapshot: teamSnapshot(session, team),
      }));
    },
    'team:rejoin': async (payload, socket) => {
      await manager.reread(payload.code);
      const found = manager.team(payload);
      if (found.ok) {
        await manager.serveTeam(found.value.session, found.value.team);
        attend(socket, found.value.session, found.value.team);
      }
      // After the reveal the debrief as it is now comes along: a device that was away when the
      // exact model answers were pushed gets them here instead of keeping the approximate ones.
      // A seed being read again in slices: the device asks for its debrief itself, and waits.
      return reply(found, ({ session, team }): TeamRejoined => {
        const pending = luckPending(session.story, session.record.seed);
        const debrief = pending ? undefined : debriefOf(session, team);
        return {
          snapshot: teamSnapshot(session, team),
          ...(debrief?.ok ? { debrief: debrief.value } : {}),
        };
      });
    },
    'team:choose': async (payload, socket) => {
      // Signed in first, so nobody can spend another team's budget; over budget costs no replay.
      const found = signedInTeam(manager, payload, socket);
      if (!found.ok) return found;
      if (!choices.take(payload.teamId)) {
        return {
          ok: false,
          error: { code: 'rate-limited', message: 'Too many choices from this team: slow down.' },
        };
      }
      const chosen = await manager.choose(payload, found.value);
      if (chosen.ok) rowToHost(chosen.value.session, chosen.value.team);
      return reply(
        chosen,
        ({ team }): TeamChosen => ({
          made: team.path.length,
          finished: team.standing.finished,
          step: teamStep(team.encounter, team.encounter.beat.lines),
        }),
      );
    },
    'team:debrief': async (payload, socket) => {
      const found = signedInTeam(manager, payload, socket);
      if (!found.ok) return found;
      const { session, team } = found.value;
      await manager.serveTeam(session, team);
      // Read in slices if the luck cache has let the session's seed go: the device shows that its
      // debrief is on its way meanwhile, and every other room's choices go on.
      await readSessionLuck(session.story, session.record.seed);
      return debriefOf(session, team);
    },
  };
}
