import { h } from '../render/dom/h.ts';
import type { StageFactory } from '../render/stage/stage.ts';
import type { Phase } from '../protocol/phases.ts';
import type { DebriefView } from '../core/debrief.ts';
import type { TeamRejoined, TeamSnapshot } from '../protocol/snapshots.ts';
import type { ResultRow } from '../protocol/standings.ts';
import type { TeamChosen, TeamDebrief } from '../protocol/team-play.ts';
import { WorkshopConnection } from './connection.ts';
import { deviceId, refusedForGood, teamCredentials } from './stored-credentials.ts';
import { renderJoinForm, renderLobby } from './team-join-view.ts';
import {
  rankLine,
  renderAwaitingDebrief,
  renderTeamDebrief,
  replaceKeyMoments,
  resultsSection,
} from './team-debrief-view.ts';
import { TeamPlay } from './team-play.ts';
import { modelAnswersUpdate } from './model-answers-notice.ts';
import { pageTitle } from '../core/brand.ts';
import { builtBrand } from '../built-brand.ts';

type Screen = 'connecting' | 'join' | 'lobby' | 'play' | 'debrief';

/**
 * The team device: join with the code, wait, play, read the debrief, see the results once
 * revealed. The rejoin token in localStorage brings a reloaded or woken device back to its team.
 */
export class TeamApp {
  private readonly connection = new WorkshopConnection();
  private readonly status = h('p', { class: 'connection', role: 'status' });
  private readonly screenHost = h('div', { class: 'screen-host' });
  private screen: Screen = 'connecting';
  private snapshot: TeamSnapshot | undefined;
  private play: TeamPlay | undefined;
  private stage: Promise<StageFactory | undefined> | undefined;
  private retries = 0;
  /** Whether the server's debrief is on screen (rather than the wait for the reveal). */
  private debriefShown = false;
  /** The debrief on screen, to tell whether one sent again has better model answers. */
  private shownDebrief: DebriefView | undefined;
  private debriefAsks = 0;

  constructor(private readonly root: HTMLElement) {}

  start(): void {
    document.title = pageTitle(builtBrand(), 'Join a workshop');
    this.root.replaceChildren(this.status, this.screenHost);
    this.screenHost.replaceChildren(h('p', { role: 'status' }, 'Connecting to the workshop…'));
    this.connection.onStatus((online) => {
      this.status.textContent = online
        ? ''
        : 'Connection lost: reconnecting… Your choices so far are safe.';
      if (online) void this.connected();
    });
    this.connection.on<{ phase: Phase; results?: ResultRow[] }>('team:phase', (p) =>
      this.phaseChanged(p.phase, p.results),
    );
    // Sent after a debrief whose model answers were approximate, once the server has them exact.
    this.connection.on<TeamDebrief>('team:debrief', ({ debrief }) => this.improve(debrief));
    this.connection.on<{ message: string }>('team:removed', ({ message }) => {
      teamCredentials.clear();
      this.leave();
      this.showJoin(message);
    });
  }

  private async connected(): Promise<void> {
    const saved = teamCredentials.load();
    if (!saved) {
      if (this.screen === 'connecting') this.showJoin();
      return;
    }
    const reply = await this.connection.request<TeamRejoined>('team:rejoin', saved);
    if (reply.ok) {
      this.retries = 0;
      this.status.textContent = '';
      this.enter(reply.value.snapshot);
      // Exact model answers pushed while this device was away come with the rejoin.
      if (reply.value.debrief) this.improve(reply.value.debrief.debrief);
      return;
    }
    if (!refusedForGood(reply.error.code)) {
      // Throttled or no answer: the credentials stay, and the next reconnection tries again.
      this.status.textContent = `Could not reach your team yet: ${reply.error.message} Trying again…`;
      if (this.retries++ < 60) setTimeout(() => void this.connected(), 5_000);
      return;
    }
    teamCredentials.clear();
    this.leave();
    this.showJoin(`Your team could not be found again (${reply.error.message})`);
  }

  /** Puts better model answers in place of those on screen, and says so; else changes nothing. */
  private improve(debrief: DebriefView): void {
    if (this.screen !== 'debrief' || !this.debriefShown || !this.shownDebrief) return;
    const notice = modelAnswersUpdate(this.shownDebrief, debrief);
    if (notice === undefined || !replaceKeyMoments(this.screenHost, debrief)) return;
    this.shownDebrief = debrief;
    this.status.textContent = notice;
  }

  private showJoin(notice = ''): void {
    this.screen = 'join';
    const code = new URLSearchParams(location.search).get('code') ?? '';
    renderJoinForm(
      this.screenHost,
      code,
      async (joinCode, name) => {
        const reply = await this.connection.request<{ token: string; snapshot: TeamSnapshot }>(
          'team:join',
          { code: joinCode, name, device: deviceId() },
        );
        if (!reply.ok) return reply.error.message;
        const { token, snapshot } = reply.value;
        teamCredentials.save({ code: snapshot.code, teamId: snapshot.team.id, token });
        this.enter(snapshot);
        return undefined;
      },
      notice,
    );
  }

  /**
   * Shows whatever the server's view of this team calls for. A reconnection that changes nothing
   * keeps the screen as it is, so a phone on a flaky network does not jump back to the top.
   */
  private enter(snapshot: TeamSnapshot): void {
    const samePath =
      this.snapshot?.team.id === snapshot.team.id && this.snapshot.made === snapshot.made;
    this.snapshot = snapshot;
    document.title = `Team ${snapshot.team.name} · ${snapshot.story.meta.title}`;
    const { phase } = snapshot;
    const target: Screen =
      phase === 'lobby'
        ? 'lobby'
        : (phase === 'playing' || phase === 'locked') && !snapshot.play.ended
          ? 'play'
          : 'debrief';
    if (!samePath || target !== this.screen) {
      if (target === 'lobby') return this.showLobby();
      return target === 'play' ? this.showPlay() : this.showDebrief();
    }
    if (target === 'play') this.play?.setLocked(phase === 'locked');
    if (target === 'debrief') this.phaseChanged(phase, snapshot.results);
  }

  private phaseChanged(phase: Phase, results: ResultRow[] | undefined): void {
    if (!this.snapshot) return;
    this.snapshot.phase = phase;
    if (results) this.snapshot.results = results;
    if (this.screen === 'lobby' && phase === 'playing') return this.showPlay();
    if (this.screen === 'play' && (phase === 'playing' || phase === 'locked'))
      return this.play?.setLocked(phase === 'locked');
    if (this.screen === 'play') return this.showDebrief();
    if (this.screen !== 'debrief') return;
    if (!this.debriefShown && (phase === 'revealed' || phase === 'ended'))
      return this.showDebrief();
    this.screenHost
      .querySelector('.team-results')
      ?.replaceWith(resultsSection(phase, this.snapshot.results));
    this.screenHost
      .querySelector('.team-rank')
      ?.replaceWith(rankLine(this.snapshot.results, this.shownDebrief?.verdict));
  }

  private showLobby(): void {
    this.leave();
    this.screen = 'lobby';
    const { team, story } = this.snapshot!;
    renderLobby(this.screenHost, team.name, story.meta.title, story.meta.role, story.meta.summary);
    this.stage ??= import('../render/stage/phaser-stage.ts')
      .then((m) => m.createPhaserStage)
      .catch(() => undefined);
  }

  private showPlay(): void {
    this.leave();
    this.screen = 'play';
    const snapshot = this.snapshot!;
    this.stage ??= import('../render/stage/phaser-stage.ts')
      .then((m) => m.createPhaserStage)
      .catch(() => undefined);
    this.play = new TeamPlay(
      this.screenHost,
      snapshot,
      {
        send: (step, index) =>
          this.connection.request<TeamChosen>('team:choose', {
            ...teamCredentials.load(),
            hash: snapshot.story.hash,
            step,
            index,
          }),
        debrief: () => this.showDebrief(),
        resync: () => void this.connected(),
      },
      this.stage,
    );
  }

  /**
   * The debrief is built on the server and sent only after the reveal (or the end): until then a
   * finished team sees its ending and what it is waiting for.
   */
  private showDebrief(): void {
    this.leave();
    this.screen = 'debrief';
    this.debriefShown = false;
    const snapshot = this.snapshot!;
    const { phase, results, story, team } = snapshot;
    const waiting = () =>
      renderAwaitingDebrief(this.screenHost, team.name, story.meta.title, snapshot.play, {
        results: resultsSection(phase, results),
        rank: rankLine(results),
        revealed: phase === 'revealed' || phase === 'ended',
      });
    if (phase !== 'revealed' && phase !== 'ended') return waiting();
    waiting();
    const asked = ++this.debriefAsks;
    void this.connection
      .request<TeamDebrief>('team:debrief', { ...teamCredentials.load() })
      .then((reply) => {
        if (asked !== this.debriefAsks || this.screen !== 'debrief') return;
        if (!reply.ok) {
          this.status.textContent = `Your debrief could not be fetched: ${reply.error.message}`;
          return;
        }
        this.debriefShown = true;
        this.shownDebrief = reply.value.debrief;
        renderTeamDebrief(
          this.screenHost,
          team.name,
          reply.value.debrief,
          reply.value.finished,
          resultsSection(this.snapshot!.phase, this.snapshot!.results),
          rankLine(this.snapshot!.results, reply.value.debrief.verdict),
        );
      });
  }

  private leave(): void {
    this.play?.destroy();
    this.play = undefined;
  }
}
