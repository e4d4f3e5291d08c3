import type { Diagnostic } from '../core/diagnostic.ts';
import { h } from '../render/dom/h.ts';
import { describeProblem } from './lint-marks.ts';

export interface ProblemsPane {
  busy(): void;
  show(diagnostics: readonly Diagnostic[]): void;
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
 * The list of errors and warnings, each with a button that takes the cursor to its line. Only the
 * summary is a live region: it speaks once per compile, not for every item.
 */
export function createProblemsPane(
  body: HTMLElement,
  headingId: string,
  goToLine: (line: number) => void,
): ProblemsPane {
  const busy = h('p', { class: 'studio-busy', hidden: true }, 'Checking…');
  const status = h('p', { class: 'studio-summary', role: 'status' }, 'Checking the story…');
  const list = h('ul', { class: 'problem-list', 'aria-labelledby': headingId });
  body.append(status, busy, list);
  return {
    busy() {
      busy.hidden = false;
    },
    show(diagnostics) {
      busy.hidden = true;
      status.textContent = summarize(diagnostics);
      list.replaceChildren(
        ...diagnostics.map((d) =>
          h(
            'li',
            { class: `problem problem-${d.severity}` },
            h(
              'button',
              { type: 'button', class: 'link-button', onclick: () => goToLine(d.line) },
              `Line ${d.line}`,
            ),
            ' ',
            h('span', { class: 'problem-severity' }, d.severity),
            ' ',
            h('span', { class: 'problem-message' }, describeProblem(d)),
          ),
        ),
      );
    },
    failed(message) {
      busy.hidden = true;
      status.textContent = `The story could not be checked: ${message}. Reload the page to try again.`;
    },
  };
}
