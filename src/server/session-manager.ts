import { randomInt } from 'node:crypto';
import { sessionCsv } from './csv-export.ts';
import { newJoinCode } from './join-code.ts';
import { teamRow, type LiveSession, type LiveTeam } from './live-session.ts';
import { canChoose, canJoin, nextPhase, PHASE_LABELS } from './phase-rules.ts';
import { LIMITS, type HostAction, type StoryChoice } from './protocol.ts';
import { done, refuse, type Outcome } from './outcome.ts';
import { restoreSessions } from './restore-sessions.ts';
import type { WorkshopStore } from './store.ts';
import { standingOf } from './team-standing.ts';
import { hashToken, newId, newSeed, newToken, tokenMatches } from './tokens.ts';
import type { Payload } from './validate.ts';
import { storyChoiceOf, type WorkshopStory } from './workshop-story.ts';

export interface ManagerOptions {
  now?: () => number;
  pickCode?: (max: number) => number;
  warn?: (message: string) => void;
}

const noSession = () =>
  refuse('not-found', 'There is no workshop with that code. Check the code on the host screen.');

/**
 * The workshop's rules, with storage behind an interface: who may do what in which phase, and the
 * authoritative score of every team, replayed from its whole path. No sockets here.
 */
export class SessionManager {
  private readonly byCode = new Map<string, LiveSession>();
  private readonly now: () => number;
  private readonly pickCode: (max: number) => number;

  constructor(
    private readonly store: WorkshopStore,
    private readonly library: ReadonlyMap<string, WorkshopStory>,
    options: ManagerOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.pickCode = options.pickCode ?? randomInt;
    const warn = options.warn ?? ((m: string) => console.warn(`workshop: ${m}`));
    for (const s of restoreSessions(store.loadAll(), warn)) this.byCode.set(s.record.code, s);
  }

  get sessions(): LiveSession[] {
    return [...this.byCode.values()];
  }

  stories(): StoryChoice[] {
    return [...this.library.values()]
      .map(storyChoiceOf)
      .sort((a, b) => a.title.localeCompare(b.title));
  }

  open({ storyId }: Payload<'host:open'>): Outcome<{ session: LiveSession; hostToken: string }> {
    const story = this.library.get(storyId);
    if (!story) return refuse('not-found', `There is no scenario called '${storyId}'.`);
    let code = newJoinCode(this.pickCode);
    while (this.byCode.has(code)) code = newJoinCode(this.pickCode);
    const hostToken = newToken();
    const record = {
      id: newId(),
      code,
      storyHash: story.hash,
      seed: newSeed(),
      phase: 'lobby' as const,
      revealed: false,
      hostTokenHash: hashToken(hostToken),
      createdAt: this.now(),
    };
    this.store.saveStory(story);
    this.store.createSession(record);
    const session: LiveSession = { record, story, teams: new Map() };
    this.byCode.set(code, session);
    return done({ session, hostToken });
  }

  /** Every host request proves itself with the secret token issued when the session opened. */
  host({ code, hostToken }: { code: string; hostToken: string }): Outcome<LiveSession> {
    const session = this.byCode.get(code);
    if (!session) return noSession();
    if (!tokenMatches(hostToken, session.record.hostTokenHash)) {
      return refuse('forbidden', 'Only the facilitator who opened this session can do that.');
    }
    return done(session);
  }

  act(request: Payload<'host:action'>): Outcome<LiveSession> {
    const host = this.host(request);
    if (!host.ok) return host;
    const { record } = host.value;
    const next = nextPhase(record.phase, request.action as HostAction);
    if (!next) {
      return refuse(
        'wrong-phase',
        `Cannot ${request.action} now: ${PHASE_LABELS[record.phase].toLowerCase()}.`,
      );
    }
    const revealed = record.revealed || next === 'revealed';
    this.store.setPhase(record.id, next, revealed);
    record.phase = next;
    record.revealed = revealed;
    return host;
  }

  removeTeam(
    request: Payload<'host:remove-team'>,
  ): Outcome<{ session: LiveSession; team: LiveTeam }> {
    const host = this.host(request);
    if (!host.ok) return host;
    const team = host.value.teams.get(request.teamId);
    if (!team) return refuse('not-found', 'That team is not in this session.');
    this.store.removeTeam(team.id);
    host.value.teams.delete(team.id);
    return done({ session: host.value, team });
  }

  exportCsv(request: Payload<'host:export'>): Outcome<{ filename: string; csv: string }> {
    const host = this.host(request);
    if (!host.ok) return host;
    const { record, story, teams } = host.value;
    const day = new Date(record.createdAt).toISOString().slice(0, 10);
    const rows = [...teams.values()].map((t) => ({ row: teamRow(t), decisions: t.decisions }));
    return done({
      filename: `serving-moments-${story.id}-${record.code}-${day}.csv`,
      csv: sessionCsv(rows, story.ranges.maxTotal),
    });
  }

  join({
    code,
    name,
  }: Payload<'team:join'>): Outcome<{ session: LiveSession; team: LiveTeam; token: string }> {
    const session = this.byCode.get(code);
    if (!session) return noSession();
    if (!canJoin(session.record.phase)) {
      return refuse(
        'wrong-phase',
        `This workshop is closed to new teams: ${PHASE_LABELS[session.record.phase].toLowerCase()}.`,
      );
    }
    const key = name.toLocaleLowerCase();
    if ([...session.teams.values()].some((t) => t.name.toLocaleLowerCase() === key)) {
      return refuse('name-taken', `A team called '${name}' has already joined. Pick another name.`);
    }
    if (session.teams.size >= LIMITS.teamsPerSession) {
      return refuse('full', `This workshop already has ${LIMITS.teamsPerSession} teams.`);
    }
    const start = standingOf(session.story, session.record.seed, []);
    if (!start.ok) return refuse('invalid', start.reason);
    const token = newToken();
    const team: LiveTeam = {
      id: newId(),
      name,
      tokenHash: hashToken(token),
      joinedAt: this.now(),
      path: [],
      standing: start.standing,
      decisions: [],
      connections: 0,
    };
    this.store.addTeam({
      id: team.id,
      sessionId: session.record.id,
      name,
      tokenHash: team.tokenHash,
      joinedAt: team.joinedAt,
    });
    session.teams.set(team.id, team);
    return done({ session, team, token });
  }

  /** A team device proves itself with the rejoin token it was given when the team joined. */
  team({
    code,
    teamId,
    token,
  }: {
    code: string;
    teamId: string;
    token: string;
  }): Outcome<{ session: LiveSession; team: LiveTeam }> {
    const session = this.byCode.get(code);
    if (!session) return noSession();
    const team = session.teams.get(teamId);
    if (!team || !tokenMatches(token, team.tokenHash)) {
      return refuse(
        'forbidden',
        'This device is not signed in as that team. Join again with the code.',
      );
    }
    return done({ session, team });
  }

  choose(request: Payload<'team:choose'>): Outcome<{ session: LiveSession; team: LiveTeam }> {
    const found = this.team(request);
    if (!found.ok) return found;
    const { session, team } = found.value;
    const { step, index, hash } = request;
    if (hash !== session.story.hash) {
      return refuse(
        'wrong-story',
        'This device has a different version of the scenario. Reload the page.',
      );
    }
    // A choice sent again after a lost acknowledgement is already stored: say so, change nothing.
    if (step === team.path.length - 1 && team.path[step] === index) return found;
    if (!canChoose(session.record.phase)) {
      return refuse(
        'wrong-phase',
        `Choices are closed: ${PHASE_LABELS[session.record.phase].toLowerCase()}.`,
      );
    }
    if (step !== team.path.length) {
      return refuse(
        'out-of-turn',
        `The server has ${team.path.length} choices from this team, so the next is decision ${team.path.length + 1}.`,
      );
    }
    const path = [...team.path, index];
    const scored = standingOf(session.story, session.record.seed, path);
    if (!scored.ok) return refuse('out-of-range', `Not a choice here: ${scored.reason}.`);
    this.store.appendChoice({ teamId: team.id, step, index, at: this.now() });
    team.path = path;
    team.standing = scored.standing;
    team.decisions = scored.decisions;
    return found;
  }
}
