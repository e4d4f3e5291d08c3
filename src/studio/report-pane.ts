import { h } from '../render/dom/h.ts';

/** The stories:report text as it is: trainers know it from the terminal, and it reads as prose. */
export interface ReportPane {
  /** The text changed: its report is on the way, or none when it does not compile. */
  waiting(compiles: boolean): void;
  show(report: string): void;
  /** No report for the text on screen, and why. */
  unavailable(why: string): void;
}

export function createReportPane(body: HTMLElement): ReportPane {
  const note = h('p', { class: 'studio-note' });
  const pre = h('pre', { class: 'studio-report' });
  body.append(note, pre);
  pre.hidden = true;
  return {
    waiting(compiles) {
      note.textContent = compiles
        ? 'Exploring every path for the report, in the background…'
        : 'The report appears once ink can compile the story.';
      pre.classList.add('outdated');
    },
    show(report) {
      note.textContent =
        'Every path explored, the endings, the score range of each quality, and 200 random playthroughs.';
      pre.hidden = false;
      pre.textContent = report;
      pre.classList.remove('outdated');
    },
    unavailable(why) {
      note.textContent = why;
      pre.classList.add('outdated');
    },
  };
}
