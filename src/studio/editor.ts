import {
  autocompletion,
  completionKeymap,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import {
  highlightSelectionMatches,
  openSearchPanel,
  search,
  searchKeymap,
} from '@codemirror/search';
import { EditorState, type Extension } from '@codemirror/state';
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
import { suggestAt } from './ink-completions.ts';
import { inkLanguage } from './ink-language.ts';
import { editorMarks } from './lint-marks.ts';
import type { StoryFile } from './story-files.ts';

export interface InkEditor {
  /** The file on screen. */
  current(): string;
  files(): StoryFile[];
  /** Shows another file; its own undo history and cursor come back with it. */
  show(name: string): void;
  add(file: StoryFile): void;
  remove(name: string): void;
  /** Replaces every file, as opening a story does. */
  replaceAll(files: readonly StoryFile[]): void;
  /** Marks the problems of the file on screen. */
  showProblems(diagnostics: readonly Diagnostic[]): void;
  goTo(name: string, line: number): void;
  openSearch(): void;
  destroy(): void;
}

export interface InkEditorOptions {
  files: readonly StoryFile[];
  /** The editor's accessible name; the file's name is added to it. */
  label: string;
  /** Id of the text that explains the editor's keys. */
  describedBy: string;
  /** Any file's text changed. */
  onChange(files: StoryFile[]): void;
  /** Another file is on screen. */
  onShow(name: string): void;
  /** Knot and stitch names of the whole story, for autocomplete after a divert. */
  knots(): string[];
}

/**
 * The ink editor, one document per file. Tab is left to the browser, so keyboard users can always
 * move on from the editor (no keyboard trap); indenting is not needed to write ink.
 */
export function createInkEditor(parent: HTMLElement, options: InkEditorOptions): InkEditor {
  const states = new Map<string, EditorState>();
  let currentName = options.files[0]?.name ?? '';

  const complete = (context: CompletionContext): CompletionResult | null => {
    const line = context.state.doc.lineAt(context.pos);
    const found = suggestAt(line.text.slice(0, context.pos - line.from), options.knots());
    if (!found) return null;
    return { from: line.from + found.from, options: found.options, validFor: /^[\w.-]*$/ };
  };

  const shared: Extension[] = [
    lineNumbers(),
    highlightActiveLineGutter(),
    history(),
    drawSelection(),
    highlightActiveLine(),
    EditorView.lineWrapping,
    inkLanguage,
    syntaxHighlighting(inkHighlightStyle),
    lintGutter(),
    search({ top: true }),
    highlightSelectionMatches(),
    // Nothing is picked until an arrow key moves to it, so Enter at the end of a line stays a new line.
    autocompletion({ override: [complete], icons: false, selectOnOpen: false }),
    editorTheme,
    keymap.of([
      ...completionKeymap,
      ...searchKeymap,
      ...defaultKeymap,
      ...historyKeymap,
      ...lintKeymap,
    ]),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(files());
    }),
  ];
  const stateOf = (file: StoryFile) =>
    EditorState.create({
      doc: file.text,
      extensions: [
        shared,
        EditorView.contentAttributes.of({
          'aria-label': `${options.label}, ${file.name}`,
          // Already a Tab stop; said outright so checkers see the scrolling editor can be reached.
          tabindex: '0',
          'aria-describedby': options.describedBy,
        }),
      ],
    });
  for (const file of options.files) states.set(file.name, stateOf(file));
  const view = new EditorView({
    parent,
    state: states.get(currentName) ?? stateOf({ name: currentName, text: '' }),
  });

  function files(): StoryFile[] {
    states.set(currentName, view.state);
    return [...states].map(([name, state]) => ({ name, text: state.doc.toString() }));
  }

  function show(name: string): void {
    const next = states.get(name);
    if (!next || name === currentName) return;
    states.set(currentName, view.state);
    currentName = name;
    view.setState(next);
    options.onShow(name);
  }

  return {
    current: () => currentName,
    files,
    show,
    add(file) {
      states.set(file.name, stateOf(file));
      show(file.name);
      view.focus();
      options.onChange(files());
    },
    remove(name) {
      if (!states.has(name) || states.size < 2) return;
      const first = [...states.keys()].find((n) => n !== name) ?? '';
      if (name === currentName) show(first);
      states.delete(name);
      options.onChange(files());
    },
    replaceAll(next) {
      states.clear();
      for (const file of next) states.set(file.name, stateOf(file));
      currentName = next[0]?.name ?? '';
      view.setState(states.get(currentName) ?? stateOf({ name: currentName, text: '' }));
      options.onShow(currentName);
    },
    showProblems(diagnostics) {
      view.dispatch(setDiagnostics(view.state, editorMarks(view.state.doc, diagnostics)));
    },
    goTo(name, line) {
      show(name);
      const target = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
      view.dispatch({ selection: { anchor: target.from }, scrollIntoView: true });
      view.focus();
    },
    openSearch() {
      openSearchPanel(view);
    },
    destroy: () => view.destroy(),
  };
}
