import { h } from '../render/dom/h.ts';
import { PHASE_LABELS } from '../protocol/phase-rules.ts';
import type { HostSnapshot } from '../protocol/snapshots.ts';
import type { TeamRow } from '../protocol/standings.ts';
import { HostBoard } from './host-board.ts';
import { phaseControls, type ControlHandlers } from './host-controls.ts';
import { hostLayout, luckNotice, savingNotices } from './host-layout.ts';
import { HostPresenter } from './host-presenter.ts';
import { recoveryNotice } from './host-recover-form.ts';
import { HostWalk } from './host-walk.ts';
import { roundSummary } from './progress-text.ts';

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
  private readonly board: HostBoard;
  private readonly walk = new HostWalk();
  private readonly presenter: HostPresenter;
  private confirmingEnd = false;

  constructor(
    root: HTMLElement,
    snapshot: HostSnapshot,
    joinAddress: string,
    private readonly on: DashboardHandlers,
  ) {
    this.snapshot = snapshot;
    this.board = new HostBoard(
      (id) => on.removeTeam(id),
      () => this.drawBoard(),
    );
    const { connection, saving, storage, recovery, summary, controls, message } = this;
    const main = hostLayout(
      snapshot,
      joinAddress,
      {
        connection,
        saving,
        storage,
        recovery,
        summary,
        controls,
        message,
        board: this.board.element,
        walk: this.walk.element,
      },
      () => this.presenter.setPresenting(true),
    );
    this.presenter = new HostPresenter(main, () => ({
      snapshot: this.snapshot,
      rows: [...this.rows.values()],
    }));
    root.replaceChildren(main, this.presenter.element);
    this.update(snapshot);
  }

  update(snapshot: HostSnapshot): void {
    const phaseChanged = snapshot.phase !== this.snapshot.phase;
    this.rows.clear();
    for (const row of snapshot.teams) this.rows.set(row.teamId, row);
    const joiningChanged = snapshot.joining !== this.snapshot.joining;
    this.snapshot = snapshot;
    if (phaseChanged) this.confirmingEnd = false;
    const notices = savingNotices(snapshot);
    this.storage.textContent = notices.storage;
    this.saving.textContent = [notices.saving, luckNotice(snapshot)].filter(Boolean).join(' ');
    this.drawControls(phaseChanged || joiningChanged);
    this.drawBoard();
    this.walk.draw(snapshot.walkthrough, false);
  }

  /** Teams whose rows changed (several choices at once in a busy room): one redraw for all. */
  upsertRows(rows: readonly TeamRow[]): void {
    for (const row of rows) this.rows.set(row.teamId, row);
    this.drawBoard();
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
    this.presenter.draw();
    const rows = [...this.rows.values()];
    this.summary.textContent = roundSummary(PHASE_LABELS[this.snapshot.phase], rows);
    this.board.draw(rows, this.snapshot);
  }
}
