import { randomInt } from 'node:crypto';
import { sessionCsv } from './csv-export.ts';
import { newJoinCode, normalizeRecoveryCode } from '../protocol/join-code.ts';
import { teamRow, type LiveSession, type LiveTeam } from './live-session.ts';
import { admissionRefusal } from './admission.ts';
import { canChoose, canJoin, nextPhase, PHASE_LABELS } from '../protocol/phase-rules.ts';
import type { WorkshopError } from '../protocol/replies.ts';
import type { StoryChoice } from '../protocol/snapshots.ts';
import { done, refuse, type Outcome } from './outcome.ts';
import { restoreSessions } from './restore-sessions.ts';
import type { WorkshopStore } from './store.ts';
import { Encounter } from '../core/encounter.ts';
import { DEFAULT_ALIVE_AT } from '../core/verdict.ts';
import { standingFrom } from './team-standing.ts';
import { nameKey } from './team-name.ts';
import { KeyedQueue } from './keyed-queue.ts';
import { hashToken, newId, newRecoveryCode, newSeed, newToken, tokenMatches } from './tokens.ts';
import type { Payload } from './validate.ts';
import { storyChoiceOf, type WorkshopStory } from './workshop-story.ts';

export interface ManagerOptions {
  now?: () => number;
  /** Ended sessions are archived this long after they ended (not restored, not in memory). */
  archiveEndedAfterMs?: number;
  /** Sessions never ended are archived this long after they were opened. */
  archiveIdleAfterMs?: number;
  /** Archived sessions are deleted, with all their rows, this long after they were opened. */
  retainMs?: number;
  pickCode?: (max: number) => number;
  warn?: (message: string) => void;
  /**
   * Several processes share the store (WORKSHOP_REDIS): a session another process opened is
   * loaded from the store when first asked for, and every change here is told to `onChange`.
   */
  shared?: boolean;
  onChange?: (change: SessionChange) => void;
  /** Overall percent at or above which a team's play is ALIVE (the package's product setting). */
  aliveAt?: number;
}

/** What changed in a session, for the other processes: all of it, or one accepted choice. */
export type SessionChange =
  | { kind: 'session'; code: string }
  | { kind: 'choice'; code: string; teamId: string; step: number; index: number };

const HOUR = 60 * 60_000;

const noSession = () =>
  refuse('not-found', 'There is no workshop with that code. Check the code on the host screen.');

/**
 * The workshop's rules, with storage behind an interface: who may do what in which phase, and the
 * authoritative score of every team, from its live encounter on the server. No sockets here.
 */
export class SessionManager {
  private readonly byCode = new Map<string, LiveSession>();
  private readonly now: () => number;
  private readonly pickCode: (max: number) => number;
  private readonly archiveEndedAfterMs: number;
  private readonly archiveIdleAfterMs: number;
  private readonly retainMs: number;
  private readonly aliveAt: number;
  /** A team's choices, and a session's joins and host actions, are applied one at a time. */
  private readonly queue = new KeyedQueue();
  private readonly shared: boolean;
  private readonly warn: (message: string) => void;
  private readonly changed: (change: SessionChange) => void;

  private constructor(
    private readonly store: WorkshopStore,
    private readonly library: ReadonlyMap<string, WorkshopStory>,
    options: ManagerOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.pickCode = options.pickCode ?? randomInt;
    this.archiveEndedAfterMs = options.archiveEndedAfterMs ?? 12 * HOUR;
    this.archiveIdleAfterMs = options.archiveIdleAfterMs ?? 7 * 24 * HOUR;
    this.retainMs = Math.max(options.retainMs ?? 90 * 24 * HOUR, this.archiveIdleAfterMs);
    this.shared = options.shared ?? false;
    this.warn = options.warn ?? ((m: string) => console.warn(`workshop: ${m}`));
    this.changed = options.onChange ?? (() => undefined);
    this.aliveAt = options.aliveAt ?? DEFAULT_ALIVE_AT;
  }

  /** Archives what is old, then restores every live session from the store. */
  static async start(
    store: WorkshopStore,
    library: ReadonlyMap<string, WorkshopStory>,
    options: ManagerOptions = {},
  ): Promise<SessionManager> {
    const manager = new SessionManager(store, library, options);
    await manager.archive();
    for (const s of restoreSessions(await store.loadAll(), manager.warn, manager.aliveAt)) {
      manager.byCode.set(s.record.code, s);
    }
    return manager;
  }

  /**
   * Archives old sessions in the store and forgets them here, and deletes archived ones past the
   * retention time; how many were archived.
   */
  async archive(): Promise<number> {
    const now = this.now();
    await this.store.purge(now - this.retainMs);
    const ids = new Set(
      await this.store.archive(now - this.archiveEndedAfterMs, now - this.archiveIdleAfterMs),
    );
    for (const [code, session] of this.byCode)
      if (ids.has(session.record.id)) this.byCode.delete(code);
    return ids.size;
  }

  /** Why the server cannot promise to keep what it is sent, if it cannot. */
  storageProblem(): string | undefined {
    return this.store.problem()?.message;
  }

  /** Every change checks first that the store can keep it (the file is the one opened…). */
  private unwritable(): { ok: false; error: WorkshopError } | undefined {
    const problem = this.store.problem();
    if (!problem) return undefined;
    return refuse('unavailable', `${problem.message} ${problem.advice}`);
  }

  get sessions(): LiveSession[] {
    return [...this.byCode.values()];
  }

  /** Whether a session with this join code is held: the guessing limit counts only the others. */
  has(code: string): boolean {
    return this.byCode.has(code);
  }

  stories(): StoryChoice[] {
    return [...this.library.values()]
      .map(storyChoiceOf)
      .sort((a, b) => a.title.localeCompare(b.title));
  }

  async open({
    storyId,
  }: Payload<'host:open'>): Promise<
    Outcome<{ session: LiveSession; hostToken: string; recovery: string }>
  > {
    const story = this.library.get(storyId);
    if (!story) return refuse('not-found', `There is no scenario called '${storyId}'.`);
    const unwritable = this.unwritable();
    if (unwritable) return unwritable;
    let code = newJoinCode(this.pickCode);
    while (this.byCode.has(code)) code = newJoinCode(this.pickCode);
    const hostToken = newToken();
    const recovery = newRecoveryCode();
    const record = {
      id: newId(),
      code,
      storyHash: story.hash,
      seed: newSeed(),
      phase: 'lobby' as const,
      revealed: false,
      hostTokenHash: hashToken(hostToken),
      recoveryHash: hashToken(normalizeRecoveryCode(recovery)),
      joiningClosed: false,
      createdAt: this.now(),
      endedAt: null,
    };
    await this.store.saveStory(story);
    await this.store.createSession(record);
    const session: LiveSession = {
      record,
      story,
      aliveAt: this.aliveAt,
      teams: new Map(),
      bans: new Set(),
    };
    this.byCode.set(code, session);
    this.changed({ kind: 'session', code });
    return done({ session, hostToken, recovery });
  }

  /**
   * A facilitator who lost the page (another browser, a cleared cache) takes the session back with
   * the recovery code: a new host token is issued and the old one stops working.
   */
  async recover({
    code,
    recovery,
  }: Payload<'host:recover'>): Promise<Outcome<{ session: LiveSession; hostToken: string }>> {
    const session = this.byCode.get(code);
    if (!session) return noSession();
    const { record } = session;
    if (!record.recoveryHash || !tokenMatches(recovery, record.recoveryHash)) {
      return refuse('forbidden', 'That recovery code does not belong to this session.');
    }
    const unwritable = this.unwritable();
    if (unwritable) return unwritable;
    const hostToken = newToken();
    const hostTokenHash = hashToken(hostToken);
    await this.store.setHostToken(record.id, hostTokenHash);
    record.hostTokenHash = hostTokenHash;
    this.changed({ kind: 'session', code });
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

  act(request: Payload<'host:action'>): Promise<Outcome<LiveSession>> {
    const host = this.host(request);
    if (!host.ok) return Promise.resolve(host);
    return this.queue.run(`session:${host.value.record.id}`, () => this.actInOrder(request));
  }

  private async actInOrder(request: Payload<'host:action'>): Promise<Outcome<LiveSession>> {
    const host = this.host(request);
    if (!host.ok) return host;
    const unwritable = this.unwritable();
    if (unwritable) return unwritable;
    const { record } = host.value;
    const { action } = request;
    if (action === 'close-joining' || action === 'open-joining') {
      if (!canJoin(record.phase)) {
        return refuse(
          'wrong-phase',
          `Joining is closed anyway: ${PHASE_LABELS[record.phase].toLowerCase()}.`,
        );
      }
      const closed = action === 'close-joining';
      await this.store.setJoiningClosed(record.id, closed);
      record.joiningClosed = closed;
      this.changed({ kind: 'session', code: record.code });
      return host;
    }
    const next = nextPhase(record.phase, action);
    if (!next) {
      return refuse(
        'wrong-phase',
        `Cannot ${request.action} now: ${PHASE_LABELS[record.phase].toLowerCase()}.`,
      );
    }
    const revealed = record.revealed || next === 'revealed';
    const now = this.now();
    await this.store.setPhase(record.id, next, revealed, now);
    record.phase = next;
    record.revealed = revealed;
    if (next === 'ended') record.endedAt = now;
    this.changed({ kind: 'session', code: record.code });
    return host;
  }

  removeTeam(
    request: Payload<'host:remove-team'>,
  ): Promise<Outcome<{ session: LiveSession; team: LiveTeam }>> {
    const host = this.host(request);
    if (!host.ok) return Promise.resolve(host);
    return this.queue.run(`session:${host.value.record.id}`, () => this.removeInOrder(request));
  }

  private async removeInOrder(
    request: Payload<'host:remove-team'>,
  ): Promise<Outcome<{ session: LiveSession; team: LiveTeam }>> {
    const host = this.host(request);
    if (!host.ok) return host;
    const team = host.value.teams.get(request.teamId);
    if (!team) return refuse('not-found', 'That team is not in this session.');
    const unwritable = this.unwritable();
    if (unwritable) return unwritable;
    // The name (and every look-alike of it) and the device stay out of this session.
    const sessionId = host.value.record.id;
    for (const key of [`name:${nameKey(team.name)}`, team.device ? `device:${team.device}` : '']) {
      if (!key || host.value.bans.has(key)) continue;
      await this.store.addBan({ sessionId, key });
      host.value.bans.add(key);
    }
    await this.store.removeTeam(team.id);
    host.value.teams.delete(team.id);
    this.changed({ kind: 'session', code: host.value.record.code });
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

  join(
    request: Payload<'team:join'>,
  ): Promise<Outcome<{ session: LiveSession; team: LiveTeam; token: string }>> {
    const session = this.byCode.get(request.code);
    if (!session) return Promise.resolve(noSession());
    // One join at a time per session, so two teams cannot both take the last place or one name.
    return this.queue.run(`session:${session.record.id}`, () => this.joinInOrder(request));
  }

  private async joinInOrder({
    code,
    name,
    device,
  }: Payload<'team:join'>): Promise<
    Outcome<{ session: LiveSession; team: LiveTeam; token: string }>
  > {
    const session = this.byCode.get(code);
    if (!session) return noSession();
    const refused = admissionRefusal(session, name, device);
    if (refused) return refused;
    const unwritable = this.unwritable();
    if (unwritable) return unwritable;
    const encounter = new Encounter(session.story.json, { seed: session.record.seed });
    const token = newToken();
    const team: LiveTeam = {
      id: newId(),
      name,
      tokenHash: hashToken(token),
      joinedAt: this.now(),
      device,
      encounter,
      path: [],
      standing: standingFrom(session.story, encounter, session.aliveAt),
      decisions: encounter.decisions,
      connections: 0,
    };
    await this.store.addTeam({
      id: team.id,
      sessionId: session.record.id,
      name,
      tokenHash: team.tokenHash,
      joinedAt: team.joinedAt,
      device,
    });
    session.teams.set(team.id, team);
    this.changed({ kind: 'session', code });
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

  /**
   * A team's choice, applied after any of its choices still being stored: in order, exactly once.
   * The store checks the step again inside its write, so a choice another process took first is
   * caught up with, not applied twice.
   */
  choose(
    request: Payload<'team:choose'>,
  ): Promise<Outcome<{ session: LiveSession; team: LiveTeam }>> {
    const found = this.team(request);
    if (!found.ok) return Promise.resolve(found);
    return this.queue.run(`team:${request.teamId}`, () => this.chooseInOrder(request));
  }

  private async chooseInOrder(
    request: Payload<'team:choose'>,
  ): Promise<Outcome<{ session: LiveSession; team: LiveTeam }>> {
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
    // A device ahead of this process: another process took its last choices. Alone, this process
    // holds every stored choice, so a device ahead is refused without asking the store.
    if (step > team.path.length && this.shared) await this.catchUp(session, team);
    // A choice sent again after a lost acknowledgement is already stored: say so, change nothing.
    if (step === team.path.length - 1 && team.path[step] === index) return found;
    // Another process may have started the round a moment ago: ask the store before refusing.
    if (!canChoose(session.record.phase) && this.shared) await this.refresh(session.record.code);
    if (!canChoose(session.record.phase)) {
      return refuse(
        'wrong-phase',
        `Choices are closed: ${PHASE_LABELS[session.record.phase].toLowerCase()}.`,
      );
    }
    if (step !== team.path.length) return outOfTurn(team);
    const unwritable = this.unwritable();
    if (unwritable) return unwritable;
    const { encounter } = team;
    if (encounter.ended || !Number.isInteger(index) || !encounter.choices[index]) {
      const why = encounter.ended
        ? `the story ends before decision ${step + 1}`
        : `decision ${step + 1} has ${encounter.choices.length} choices, not ${index + 1}`;
      return refuse('out-of-range', `Not a choice here: ${why}.`);
    }
    // Stored first: a choice the store refused must not move the team on.
    const stored = await this.store.appendChoice({ teamId: team.id, step, index, at: this.now() });
    if (stored === 'stored') {
      this.apply(session, team, [index]);
      this.changed({ kind: 'choice', code: session.record.code, teamId: team.id, step, index });
      return found;
    }
    if (stored === 'closed') {
      return refuse('wrong-phase', 'Choices are closed for this team now.');
    }
    // Another process stored this team's choices: take them over, then judge this one again.
    await this.catchUp(session, team);
    if (team.path[step] === index) return found;
    return outOfTurn(team);
  }

  /**
   * A session this process does not hold, if the store has it (opened by another process, or
   * before this one started); whether it is held now.
   */
  async load(code: string): Promise<boolean> {
    if (this.byCode.has(code)) return true;
    if (!this.shared) return false;
    const state = await this.store.loadSession(code);
    if (!this.byCode.has(code)) {
      for (const s of restoreSessions(state, this.warn, this.aliveAt))
        this.byCode.set(s.record.code, s);
    }
    return this.byCode.has(code);
  }

  /**
   * Reads a session another process changed again from the store: its phase, flags and bans, new
   * and removed teams, and every team's choices beyond what this process has played.
   */
  refresh(code: string): Promise<void> {
    const held = this.byCode.get(code);
    if (!held) return Promise.resolve();
    return this.queue.run(`session:${held.record.id}`, async () => {
      const state = await this.store.loadSession(code);
      const record = state.sessions[0];
      if (!record) {
        this.byCode.delete(code); // archived meanwhile
        return;
      }
      Object.assign(held.record, record);
      held.bans = new Set(state.bans.map((b) => b.key));
      const fresh = new Set(state.teams.map((t) => t.id));
      for (const id of held.teams.keys()) if (!fresh.has(id)) held.teams.delete(id);
      const unknown = state.teams.filter((t) => !held.teams.has(t.id));
      if (unknown.length > 0) {
        const ids = new Set(unknown.map((t) => t.id));
        const only = {
          ...state,
          teams: unknown,
          choices: state.choices.filter((c) => ids.has(c.teamId)),
        };
        for (const s of restoreSessions(only, this.warn, this.aliveAt)) {
          for (const t of s.teams.values()) held.teams.set(t.id, t);
        }
      }
      const paths = new Map<string, number[]>();
      for (const c of state.choices) {
        const path = paths.get(c.teamId) ?? [];
        if (c.step === path.length) path.push(c.index);
        paths.set(c.teamId, path);
      }
      for (const team of held.teams.values()) {
        const path = paths.get(team.id) ?? [];
        if (path.length > team.path.length) this.apply(held, team, path.slice(team.path.length));
      }
    });
  }

  /** Before a page that came back is shown its session: as the store has it, when shared. */
  async reread(code: string): Promise<void> {
    if (this.shared) await this.refresh(code);
  }

  /** A choice another process stored: played here too, or caught up with from the store. */
  remoteChoice(change: Extract<SessionChange, { kind: 'choice' }>): Promise<void> {
    const session = this.byCode.get(change.code);
    const team = session?.teams.get(change.teamId);
    if (!session || !team) return Promise.resolve();
    return this.queue.run(`team:${team.id}`, async () => {
      if (team.path.length === change.step) this.apply(session, team, [change.index]);
      else if (team.path.length < change.step) await this.catchUp(session, team);
    });
  }

  /** Applies the steps the store holds beyond what this process has played for the team. */
  private async catchUp(session: LiveSession, team: LiveTeam): Promise<void> {
    const stored = await this.store.teamChoices(team.id);
    const more = stored.slice(team.path.length).map((c) => c.index);
    this.apply(session, team, more);
  }

  private apply(session: LiveSession, team: LiveTeam, indices: readonly number[]): void {
    const { encounter } = team;
    for (const index of indices) {
      if (encounter.ended || !encounter.choices[index]) break;
      encounter.choose(index);
    }
    team.path = encounter.path;
    team.standing = standingFrom(session.story, encounter, session.aliveAt);
    team.decisions = encounter.decisions;
  }
}

const outOfTurn = (team: LiveTeam) =>
  refuse(
    'out-of-turn',
    `The server has ${team.path.length} choices from this team, so the next is decision ${team.path.length + 1}.`,
  );
