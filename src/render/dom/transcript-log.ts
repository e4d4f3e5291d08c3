import type { StoryLine } from '../../core/beat.ts';
import { h } from './h.ts';

/** The encounter's transcript: every line said so far, the newest scrolled into view. */
export class TranscriptLog {
  readonly element = h('div', {
    class: 'transcript',
    role: 'log',
    'aria-label': 'Transcript',
    'aria-live': 'polite',
    // Long transcripts scroll: the region must be reachable by keyboard to scroll it.
    tabindex: '0',
  });
  private scrollFrame: number | undefined;

  append(lines: readonly StoryLine[]): void {
    for (const line of lines) {
      if (line.text === '') continue;
      const p = h('p', { class: line.speaker ? 'line speech' : 'line narration' });
      if (line.speaker) p.append(h('span', { class: 'speaker' }, `${line.speaker}: `));
      p.append(line.text);
      this.element.append(p);
    }
    this.scrollToLatest();
  }

  destroy(): void {
    if (this.scrollFrame !== undefined) cancelAnimationFrame(this.scrollFrame);
  }

  /**
   * Scrolls the transcript to its newest line once, at the next frame: measured at once, every
   * line written (the learner's words, then each line of the reply) forced a layout of the page
   * in the middle of a choice or a reveal tick; at the frame, the layout is the one the frame
   * does anyway.
   */
  private scrollToLatest(): void {
    if (this.scrollFrame !== undefined) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = undefined;
      this.element.scrollTop = this.element.scrollHeight;
    });
  }
}
