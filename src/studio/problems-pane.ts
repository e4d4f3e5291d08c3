import type { Diagnostic } from '../core/diagnostic.ts';
import { h } from '../render/dom/h.ts';
import { describeProblem } from './lint-marks.ts';

export interface ProblemsPane {
  /** A quick check started. */
  busy(): void;
  /** The problems found so far; `complete` once the full exploration has added its own. */
  show(diagnostics: readonly Diagnostic[], complete: boolean, manyFiles: boolean): void;
  /** The full exploration runs in the background. */
  exploring(): void;
  /** A check ran past its budget and was stopped. */
  stopped(stage: 'check' | 'explore', seconds: number): void;
  /** The full exploration waits for the trainer: it never finished the last time. */
  held(run: () => void): void;
  failed(message: string): void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summarize(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length === 0) return 'No problems: the story follows the tag contract.';
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`;
}

/**
 * The list of errors and warnings, each with a button that takes the cursor to its line, and what
 * the background exploration is doing. Only the summary is a live region: it speaks once per
 * check, not for every item.
 */
export function createProblemsPane(
  body: HTMLElement,
  headingId: string,
  goTo: (file: string, line: number) => void,
): ProblemsPane {
  const busy = h('p', { class: 'studio-busy', hidden: true }, 'Checking…');
  const status = h('p', { class: 'studio-summary', role: 'status' }, 'Checking the story…');
  const deep = h('p', { class: 'studio-deep', role: 'status' });
  const list = h('ul', { class: 'problem-list', 'aria-labelledby': headingId });
  body.append(status, busy, deep, list);
  const item = (d: Diagnostic, manyFiles: boolean) =>
    h(
      'li',
      { class: `problem problem-${d.severity}` },
      manyFiles ? h('span', { class: 'problem-file' }, `${d.file} `) : '',
      h(
        'button',
        {
          type: 'button',
          class: 'link-button',
          onclick: () => goTo(d.file, d.line),
          ...(manyFiles ? { 'aria-label': `${d.file}, line ${d.line}` } : {}),
        },
        `Line ${d.line}`,
      ),
      ' ',
      h('span', { class: 'problem-severity' }, d.severity),
      ' ',
      h('span', { class: 'problem-message' }, describeProblem(d)),
    );
  return {
    busy() {
      busy.hidden = false;
    },
    show(diagnostics, complete, manyFiles) {
      busy.hidden = true;
      status.textContent = summarize(diagnostics);
      deep.textContent = complete
        ? 'Every path explored: the scoring checks are included.'
        : 'The scoring checks follow once every path is explored.';
      list.replaceChildren(...diagnostics.map((d) => item(d, manyFiles)));
    },
    exploring() {
      deep.textContent = 'Exploring every path in the background for the scoring checks…';
    },
    stopped(stage, seconds) {
      busy.hidden = true;
      deep.textContent =
        stage === 'check'
          ? `The syntax check stopped after ${seconds} s without an answer. It runs again when you next type.`
          : `The full check stopped after ${seconds} s: the story has too many paths, or a loop the explorer could not leave. The problems above are from the quick check; the scoring checks, the report and the debrief need the full check.`;
    },
    held(run) {
      deep.replaceChildren(
        'The full check of this text did not finish the last time the Studio was open, so it was not started again. ',
        h('button', { type: 'button', onclick: run }, 'Run the full check'),
      );
    },
    failed(message) {
      busy.hidden = true;
      status.textContent = `The story could not be checked: ${message}. Reload the page to try again.`;
    },
  };
}
