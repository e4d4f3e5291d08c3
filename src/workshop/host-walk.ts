import type { HostSnapshot } from '../protocol/snapshots.ts';
import { h } from '../render/dom/h.ts';
import { walkthroughSection } from './walkthrough-view.ts';

/**
 * The host page's walk-through after the reveal, one decision at a time: it keeps the decision
 * shown across redraws, and Previous/Next keep keyboard focus (on the other one at either end).
 */
export class HostWalk {
  readonly element = h('div', { class: 'walk-host' });
  private index = 0;

  draw(points: HostSnapshot['walkthrough'], focus: boolean): void {
    const walk = this.element;
    if (!points) return void walk.replaceChildren();
    const focusedWalk = (document.activeElement as HTMLElement | null)?.dataset.walk;
    this.index = Math.min(this.index, Math.max(0, points.length - 1));
    walk.replaceChildren(
      walkthroughSection(points, this.index, (i) => {
        this.index = Math.max(0, Math.min(points.length - 1, i));
        this.draw(points, true);
      }),
    );
    const want = focus ? focusedWalk : undefined;
    if (want) {
      const button = walk.querySelector<HTMLButtonElement>(`[data-walk="${want}"]`);
      const other = walk.querySelector<HTMLButtonElement>(
        `[data-walk="${want === 'next' ? 'prev' : 'next'}"]`,
      );
      (button && !button.disabled ? button : other)?.focus();
    }
  }
}
