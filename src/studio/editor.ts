import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import type { Diagnostic } from '../core/diagnostic.ts';
import { editorTheme, inkHighlightStyle } from './editor-theme.ts';
import { inkLanguage } from './ink-language.ts';
import { editorMarks } from './lint-marks.ts';

export interface InkEditor {
  text(): string;
  /** Replaces the whole text, as opening a file does; undo brings the old text back. */
  setText(text: string): void;
  showProblems(diagnostics: readonly Diagnostic[]): void;
  goToLine(line: number): void;
  destroy(): void;
}

export interface InkEditorOptions {
  doc: string;
  /** The editor's accessible name. */
  label: string;
  /** Id of the text that explains the editor's keys. */
  describedBy: string;
  onChange(text: string): void;
}

/**
 * The ink editor. Tab is left to the browser, so keyboard users can always move on from the editor
 * (no keyboard trap); indenting is not needed to write ink.
 */
export function createInkEditor(parent: HTMLElement, options: InkEditorOptions): InkEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        EditorView.lineWrapping,
        inkLanguage,
        syntaxHighlighting(inkHighlightStyle),
        lintGutter(),
        editorTheme,
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
        EditorView.contentAttributes.of({
          'aria-label': options.label,
          'aria-describedby': options.describedBy,
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    showProblems(diagnostics) {
      view.dispatch(setDiagnostics(view.state, editorMarks(view.state.doc, diagnostics)));
    },
    goToLine(line) {
      const target = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
      view.dispatch({ selection: { anchor: target.from }, scrollIntoView: true });
      view.focus();
    },
    destroy: () => view.destroy(),
  };
}
