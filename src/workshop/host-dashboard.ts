import { h } from '../render/dom/h.ts';
import { PHASE_LABELS } from '../protocol/phase-rules.ts';
import type { HostSnapshot } from '../protocol/snapshots.ts';
import type { TeamRow } from '../protocol/standings.ts';
import { phaseControls, type ControlHandlers } from './host-controls.ts';
import { recoveryNotice } from './host-recover-form.ts';
import { leaderboardTable } from './leaderboard-view.ts';
import { roundSummary } from './progress-text.ts';
import { presenterScreen, type PresenterState } from './presenter-view.ts';
import { qrCodeSvg } from './qr-code.ts';
import { walkthroughSection } from './walkthrough-view.ts';

export interface DashboardHandlers extends ControlHandlers {
  removeTeam(teamId: string): void;
}

/**
 * The host screen during a session. Parts redraw on their own as the server pushes changes, so a
 * facilitator tabbing through the controls keeps their place while teams play.
 */
export class HostDashboard {
  private snapshot: HostSnapshot;
  private readonly rows = new Map<string, TeamRow>();
  private readonly summary = h('p', { class: 'round-summary', role: 'status' });
  private readonly connection = h('p', { class: 'connection', role: 'status' });
  private readonly message = h('p', { class: 'host-message', role: 'alert' });
  private readonly storage = h('p', { class: 'storage-alert', role: 'alert' });
  /** A database server out of reach for a while (a Postgres restart): told calmly, it clears. */
  private readonly saving = h('p', { class: 'connection saving-paused', role: 'status' });
  private readonly recovery = h('div', { class: 'recovery-host' });
  private readonly controls = h('div', { class: 'controls-host' });
  private readonly board = h('div', { class: 'board-host' });
  private readonly walk = h('div', { class: 'walk-host' });
  private readonly main: HTMLElement;
  private readonly present = h('div', { class: 'presenter-host', hidden: true });
  private presenting: PresenterState | undefined;
  private confirmingEnd = false;
  private confirmingRemoval: string | undefined;
  private walkIndex = 0;

  constructor(
    root: HTMLElement,
    snapshot: HostSnapshot,
    joinAddress: string,
    private readonly on: DashboardHandlers,
  ) {
    this.snapshot = snapshot;
    const { code, story } = snapshot;
    const joinWithCode = `${joinAddress}?code=${code}`;
    this.main = h(
      'section',
      { class: 'screen workshop-host', 'aria-labelledby': 'host-heading' },
      h(
        'header',
        { class: 'host-bar' },
        h('h1', { id: 'host-heading' }, `Workshop: ${story.title}`),
        h(
          'button',
          { type: 'button', class: 'present-open', onclick: () => this.setPresenting(true) },
          'Presenter view',
        ),
        this.connection,
        this.saving,
        this.storage,
      ),
      this.recovery,
      h(
        'div',
        { class: 'host-top' },
        h(
          'section',
          { class: 'join-panel', 'aria-labelledby': 'join-heading' },
          h('h2', { id: 'join-heading' }, 'Join this workshop'),
          h(
            'p',
            {},
            'On a phone or laptop, open ',
            h('strong', { class: 'join-address' }, joinAddress),
          ),
          h('p', {}, 'and enter the code ', h('strong', { class: 'join-code' }, code)),
          qrCodeSvg(joinWithCode, `QR code that opens ${joinAddress} with the code ${code}`),
        ),
        h(
          'section',
          { class: 'round-panel', 'aria-labelledby': 'round-heading' },
          h('h2', { id: 'round-heading' }, 'The round'),
          h('p', { class: 'scenario-line' }, `${story.summary} Teams play: ${story.role}.`),
          this.summary,
          this.controls,
          this.message,
        ),
      ),
      h(
        'section',
        { class: 'leaderboard-panel', 'aria-labelledby': 'board-heading' },
        h('h2', { id: 'board-heading' }, 'Leaderboard'),
        this.board,
      ),
      this.walk,
    );
    root.replaceChildren(this.main, this.present);
    this.update(snapshot);
  }

  update(snapshot: HostSnapshot): void {
    const phaseChanged = snapshot.phase !== this.snapshot.phase;
    this.rows.clear();
    for (const row of snapshot.teams) this.rows.set(row.teamId, row);
    const joiningChanged = snapshot.joining !== this.snapshot.joining;
    this.snapshot = snapshot;
    if (phaseChanged) this.confirmingEnd = false;
    const paused = snapshot.storage !== undefined && snapshot.reconnecting === true;
    this.storage.textContent =
      snapshot.storage && !paused
        ? `The server has stopped saving: ${snapshot.storage} No more choices are accepted.`
        : '';
    this.saving.textContent = paused
      ? `Saving is paused: ${snapshot.storage} Teams' choices are refused until it is back, and every choice already accepted is kept. This clears by itself.`
      : '';
    this.drawControls(phaseChanged || joiningChanged);
    this.drawBoard();
    this.drawWalk(false);
  }

  /** Teams whose rows changed (several choices at once in a busy room): one redraw for all. */
  upsertRows(rows: readonly TeamRow[]): void {
    for (const row of rows) this.rows.set(row.teamId, row);
    this.drawBoard();
  }

  private setPresenting(on: boolean): void {
    this.presenting = on ? { page: 0, showing: 'board', walkIndex: 0 } : undefined;
    this.main.hidden = on;
    this.present.hidden = !on;
    document.documentElement.classList.toggle('presenting', on);
    this.drawPresenter('leave');
    if (!on) this.main.querySelector<HTMLElement>('.present-open')?.focus();
  }

  /** Redraws the projector screen, keeping focus on the control that had it (or `focus`). */
  private drawPresenter(focus?: string): void {
    const state = this.presenting;
    if (!state) return void this.present.replaceChildren();
    const had = (document.activeElement as HTMLElement | null)?.dataset.present ?? focus;
    this.present.replaceChildren(
      presenterScreen(this.snapshot, [...this.rows.values()], state, {
        change: (next) => {
          this.presenting = { ...state, ...next };
          this.drawPresenter();
        },
        leave: () => this.setPresenting(false),
      }),
    );
    if (!had) return;
    const target = this.present.querySelector<HTMLButtonElement>(`[data-present="${had}"]`);
    (target && !target.disabled
      ? target
      : this.present.querySelector<HTMLButtonElement>('button:not([disabled])')
    )?.focus();
  }

  /** The recovery code, once, right after opening: it is never sent again. */
  showRecovery(code: string): void {
    this.recovery.replaceChildren(
      recoveryNotice(code, () => {
        this.recovery.replaceChildren();
        this.controls.querySelector('button')?.focus();
      }),
    );
  }

  notify(text: string): void {
    this.message.textContent = text;
  }

  setConnection(online: boolean): void {
    this.connection.textContent = online
      ? ''
      : 'Connection to the workshop server lost: reconnecting…';
  }

  private drawControls(moveFocus: boolean): void {
    const hadFocus = this.controls.contains(document.activeElement);
    this.controls.replaceChildren(
      phaseControls(
        this.snapshot.phase,
        this.snapshot.joining,
        this.confirmingEnd,
        this.on,
        (ask) => {
          this.confirmingEnd = ask;
          this.drawControls(true);
        },
      ),
    );
    if (moveFocus || hadFocus) this.controls.querySelector('button')?.focus();
  }

  private drawBoard(): void {
    this.drawPresenter();
    const rows = [...this.rows.values()];
    this.summary.textContent = roundSummary(PHASE_LABELS[this.snapshot.phase], rows);
    const focused = (document.activeElement as HTMLElement | null)?.dataset ?? {};
    this.board.replaceChildren(
      leaderboardTable(rows, {
        story: this.snapshot.story,
        phase: this.snapshot.phase,
        confirming: this.confirmingRemoval,
        onRemove: (id) => {
          this.confirmingRemoval = id;
          this.drawBoard();
          this.board.querySelector<HTMLElement>(`[data-confirm="${CSS.escape(id)}"]`)?.focus();
        },
        onConfirm: (id, remove) => {
          const pending = this.confirmingRemoval;
          this.confirmingRemoval = undefined;
          if (remove && id) this.on.removeTeam(id);
          this.drawBoard();
          if (pending)
            this.board
              .querySelector<HTMLElement>(`[data-remove="${CSS.escape(pending)}"]`)
              ?.focus();
        },
      }),
    );
    // A redraw must not throw the facilitator's keyboard focus out of the table.
    const again = focused.remove ?? focused.confirm;
    if (again)
      this.board
        .querySelector<HTMLElement>(
          `[data-remove="${CSS.escape(again)}"], [data-confirm="${CSS.escape(again)}"]`,
        )
        ?.focus();
  }

  private drawWalk(focus: boolean): void {
    const points = this.snapshot.walkthrough;
    if (!points) return void this.walk.replaceChildren();
    const focusedWalk = (document.activeElement as HTMLElement | null)?.dataset.walk;
    this.walkIndex = Math.min(this.walkIndex, Math.max(0, points.length - 1));
    this.walk.replaceChildren(
      walkthroughSection(points, this.walkIndex, (i) => {
        this.walkIndex = Math.max(0, Math.min(points.length - 1, i));
        this.drawWalk(true);
      }),
    );
    const want = focus ? focusedWalk : undefined;
    if (want) {
      const button = this.walk.querySelector<HTMLButtonElement>(`[data-walk="${want}"]`);
      const other = this.walk.querySelector<HTMLButtonElement>(
        `[data-walk="${want === 'next' ? 'prev' : 'next'}"]`,
      );
      (button && !button.disabled ? button : other)?.focus();
    }
  }
}
