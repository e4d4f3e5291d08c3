import type { HostSnapshot } from '../protocol/snapshots.ts';
import type { TeamRow } from '../protocol/standings.ts';
import { h } from '../render/dom/h.ts';
import { leaderboardTable } from './leaderboard-view.ts';

/**
 * The host's leaderboard, with its "Remove team" confirmation: it redraws as rows arrive, and a
 * redraw keeps the facilitator's keyboard focus on the row's button it was on.
 */
export class HostBoard {
  readonly element = h('div', { class: 'board-host' });
  private confirmingRemoval: string | undefined;

  /** `redraw`: the dashboard's redraw of everything the rows show, this board included. */
  constructor(
    private readonly removeTeam: (teamId: string) => void,
    private readonly redraw: () => void,
  ) {}

  draw(rows: TeamRow[], snapshot: HostSnapshot): void {
    const board = this.element;
    const focused = (document.activeElement as HTMLElement | null)?.dataset ?? {};
    board.replaceChildren(
      leaderboardTable(rows, {
        story: snapshot.story,
        phase: snapshot.phase,
        confirming: this.confirmingRemoval,
        onRemove: (id) => {
          this.confirmingRemoval = id;
          this.redraw();
          board.querySelector<HTMLElement>(`[data-confirm="${CSS.escape(id)}"]`)?.focus();
        },
        onConfirm: (id, remove) => {
          const pending = this.confirmingRemoval;
          this.confirmingRemoval = undefined;
          if (remove && id) this.removeTeam(id);
          this.redraw();
          if (pending)
            board.querySelector<HTMLElement>(`[data-remove="${CSS.escape(pending)}"]`)?.focus();
        },
      }),
    );
    // A redraw must not throw the facilitator's keyboard focus out of the table.
    const again = focused.remove ?? focused.confirm;
    if (again)
      board
        .querySelector<HTMLElement>(
          `[data-remove="${CSS.escape(again)}"], [data-confirm="${CSS.escape(again)}"]`,
        )
        ?.focus();
  }
}
