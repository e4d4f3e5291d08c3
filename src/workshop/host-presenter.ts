import type { HostSnapshot } from '../protocol/snapshots.ts';
import type { TeamRow } from '../protocol/standings.ts';
import { h } from '../render/dom/h.ts';
import { presenterScreen, type PresenterState } from './presenter-view.ts';

/**
 * The projector screen in place of the host page: shown and left with its own buttons, redrawn as
 * the round moves on, keeping focus on the control that had it.
 */
export class HostPresenter {
  readonly element = h('div', { class: 'presenter-host', hidden: true });
  private state: PresenterState | undefined;

  /** `main`: the host page it covers; `now`: the snapshot and rows to show. */
  constructor(
    private readonly main: HTMLElement,
    private readonly now: () => { snapshot: HostSnapshot; rows: TeamRow[] },
  ) {}

  setPresenting(on: boolean): void {
    this.state = on ? { page: 0, showing: 'board', walkIndex: 0 } : undefined;
    this.main.hidden = on;
    this.element.hidden = !on;
    document.documentElement.classList.toggle('presenting', on);
    this.draw('leave');
    if (!on) this.main.querySelector<HTMLElement>('.present-open')?.focus();
  }

  /** Redraws the projector screen, keeping focus on the control that had it (or `focus`). */
  draw(focus?: string): void {
    const state = this.state;
    const present = this.element;
    if (!state) return void present.replaceChildren();
    const had = (document.activeElement as HTMLElement | null)?.dataset.present ?? focus;
    const { snapshot, rows } = this.now();
    present.replaceChildren(
      presenterScreen(snapshot, rows, state, {
        change: (next) => {
          this.state = { ...state, ...next };
          this.draw();
        },
        leave: () => this.setPresenting(false),
      }),
    );
    if (!had) return;
    const target = present.querySelector<HTMLButtonElement>(`[data-present="${had}"]`);
    (target && !target.disabled
      ? target
      : present.querySelector<HTMLButtonElement>('button:not([disabled])')
    )?.focus();
  }
}
