import { randomInt } from 'node:crypto';
import { newJoinCode, normalizeRecoveryCode } from '../protocol/join-code.ts';
import type { LiveSession, LiveTeam } from './live-session.ts';
import type { StoryChoice } from '../protocol/snapshots.ts';
import { done, refuse, type Outcome } from './outcome.ts';
import { restoreSessions } from './restore-sessions.ts';
import { readSessionLuck, readStoredLuck } from './session-luck.ts';
import type { StoreProblem, WorkshopStore } from './store.ts';
import { DEFAULT_ALIVE_AT } from '../core/verdict.ts';
import { KeyedQueue } from './keyed-queue.ts';
import {
  noSession,
  unwritable,
  type ManagerContext,
  type ManagerOptions,
  type SessionChange,
} from './manager-context.ts';
import { actInOrder, recoverHost, removeInOrder, sessionExport } from './host-actions.ts';
import { hostOf, teamOf } from './session-access.ts';
import {
  loadShared,
  noteRemoteChoice,
  refreshShared,
  serveSession,
  serveTeam,
} from './session-sync.ts';
import { chooseInOrder } from './team-choices.ts';
import { joinInOrder } from './team-joining.ts';
import { sessionMemo } from './story-outlooks.ts';
import { hashToken, newId, newRecoveryCode, newSeed, newToken } from './tokens.ts';
import type { Payload } from './validate.ts';
import { storyChoiceOf, type WorkshopStory } from './workshop-story.ts';

export type { ManagerOptions, SessionChange } from './manager-context.ts';

const HOUR = 60 * 60_000;

/**
 * The workshop's rules, with storage behind an interface: who may do what in which phase, and the
 * authoritative score of every team, from its live encounter on the server. No sockets here. The
 * rules themselves live beside it (host-actions, team-joining, team-choices, session-sync); this
 * class holds the sessions and puts each request in its session's or its team's order.
 */
export class SessionManager implements ManagerContext {
  readonly byCode = new Map<string, LiveSession>();
  readonly now: () => number;
  private readonly pickCode: (max: number) => number;
  private readonly archiveEndedAfterMs: number;
  private readonly archiveIdleAfterMs: number;
  private readonly retainMs: number;
  readonly aliveAt: number;
  /** A team's choices, and a session's joins and host actions, are applied one at a time. */
  readonly queue = new KeyedQueue();
  readonly rereads = new Map<string, Promise<void>>();
  readonly shared: boolean;
  readonly warn: (message: string) => void;
  readonly changed: (change: SessionChange) => void;

  private constructor(
    readonly store: WorkshopStore,
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
    const state = await store.loadAll();
    await readStoredLuck(state);
    for (const s of restoreSessions(state, manager.warn, manager.aliveAt)) {
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
  storageProblem(): StoreProblem | undefined {
    return this.store.problem();
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
    const refused = unwritable(this);
    if (refused) return refused;
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
    // Its teams are read against the rolls its seed allows: in a large random story a new seed is
    // explored for seconds, in slices, while the server serves everyone else.
    await readSessionLuck(story, record.seed);
    const session: LiveSession = {
      record,
      story,
      aliveAt: this.aliveAt,
      teams: new Map(),
      memo: sessionMemo(story, record.seed),
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
  recover(
    request: Payload<'host:recover'>,
  ): Promise<Outcome<{ session: LiveSession; hostToken: string }>> {
    return recoverHost(this, request);
  }

  /** Every host request proves itself with the secret token issued when the session opened. */
  host(request: { code: string; hostToken: string }): Outcome<LiveSession> {
    return hostOf(this.byCode, request);
  }

  act(request: Payload<'host:action'>): Promise<Outcome<LiveSession>> {
    const host = this.host(request);
    if (!host.ok) return Promise.resolve(host);
    return this.queue.run(`session:${host.value.record.id}`, () => actInOrder(this, request));
  }

  removeTeam(
    request: Payload<'host:remove-team'>,
  ): Promise<Outcome<{ session: LiveSession; team: LiveTeam }>> {
    const host = this.host(request);
    if (!host.ok) return Promise.resolve(host);
    return this.queue.run(`session:${host.value.record.id}`, () => removeInOrder(this, request));
  }

  exportCsv(request: Payload<'host:export'>): Outcome<{ filename: string; csv: string }> {
    const host = this.host(request);
    if (!host.ok) return host;
    return done(sessionExport(host.value));
  }

  join(
    request: Payload<'team:join'>,
  ): Promise<Outcome<{ session: LiveSession; team: LiveTeam; token: string }>> {
    const session = this.byCode.get(request.code);
    if (!session) return Promise.resolve(noSession());
    // One join at a time per session, so two teams cannot both take the last place or one name.
    return this.queue.run(`session:${session.record.id}`, () => joinInOrder(this, request));
  }

  /** A team device proves itself with the rejoin token it was given when the team joined. */
  team(request: {
    code: string;
    teamId: string;
    token: string;
  }): Outcome<{ session: LiveSession; team: LiveTeam }> {
    return teamOf(this.byCode, request);
  }

  /**
   * A team's choice, applied after any of its choices still being stored: in order, exactly once.
   * The store checks the step again inside its write, so a choice another process took first is
   * caught up with, not applied twice.
   */
  choose(
    request: Payload<'team:choose'>,
    signedIn?: { session: LiveSession; team: LiveTeam },
  ): Promise<Outcome<{ session: LiveSession; team: LiveTeam }>> {
    // A caller that has just checked the token passes what it found: checked once per choice.
    const found = signedIn ? done(signedIn) : this.team(request);
    if (!found.ok) return Promise.resolve(found);
    return this.queue.run(`team:${request.teamId}`, () =>
      chooseInOrder(this, request, found.value, (code) => this.refresh(code)),
    );
  }

  /** A session another process opened, loaded from the store; whether it is held now. */
  load(code: string): Promise<boolean> {
    return loadShared(this, code);
  }

  /** Reads a session another process changed again from the store. */
  refresh(code: string): Promise<void> {
    return refreshShared(this, code);
  }

  /**
   * Before a page that came back is shown its session: as the store has it, when shared. A host
   * page sees every team played up to date; a team's device, its own team (`serveTeam`).
   */
  async reread(code: string, page: 'host' | 'team' = 'team'): Promise<void> {
    if (this.shared) await refreshShared(this, code, page === 'host');
  }

  /** Plays a team up to date before this process serves it, if another process moved it on. */
  serveTeam(session: LiveSession, team: LiveTeam): Promise<void> {
    return serveTeam(this, session, team);
  }

  /** Plays every team of the session up to date (before the results export). */
  serveSession(session: LiveSession): Promise<void> {
    return serveSession(this, session);
  }

  /**
   * A choice another process stored (its row is kept, its playing left until it is needed), or a
   * team's devices coming or going there: the team, if held here.
   */
  remoteChange(change: Extract<SessionChange, { kind: 'choice' | 'presence' }>, origin: string) {
    return noteRemoteChoice(this, change, origin);
  }
}
