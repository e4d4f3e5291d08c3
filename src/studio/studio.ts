import './studio.css';
import { browserStore } from '../adapters/storage.ts';
import { CompileClient } from './compile-client.ts';
import type { CompileWorker } from './compile-protocol.ts';
import { restoreStudioText, saveStudioText } from './autosave.ts';
import { createInkEditor } from './editor.ts';
import { createFileControls } from './file-controls.ts';
import { createMapPane } from './map-pane.ts';
import { createPlaytestPane } from './playtest-pane.ts';
import { visitedNodes, type Playtest } from './playtest.ts';
import { createProblemsPane } from './problems-pane.ts';
import { createReportPane } from './report-pane.ts';
import { createStudioLayout } from './studio-layout.ts';
import { parseStoryMap, type StoryMap } from './story-map.ts';

export interface StudioOptions {
  /** Where "Back to title" goes; the title route by default. */
  onBack?: () => void;
}

const compileWorker = (): CompileWorker =>
  new Worker(new URL('./compile-worker.ts', import.meta.url), {
    type: 'module',
    name: 'ink-compiler',
  });

/**
 * The trainer's workbench, loaded on its own so the learner's path never downloads the ink compiler.
 * Returns the cleanup that stops its worker and editor.
 */
export function mountStudio(root: HTMLElement, options: StudioOptions = {}): () => void {
  const store = browserStore();
  const layout = createStudioLayout(options.onBack ?? (() => (location.hash = '#/')));
  root.replaceChildren(layout.element);
  const tell = (message: string) => (layout.status.textContent = message);
  const goToLine = (line: number) => editor.goToLine(line);

  let storyMap: StoryMap = parseStoryMap('');
  let played: Playtest | undefined;
  const mapPane = createMapPane(layout.map, goToLine);
  const refreshMap = () => mapPane.show(storyMap, visitedNodes(storyMap, played));

  const problems = createProblemsPane(layout.problems, layout.problemsHeadingId, goToLine);
  const report = createReportPane(layout.report);
  const playtest = createPlaytestPane(layout.playtest, (p) => {
    played = p;
    refreshMap();
  });
  const client = new CompileClient(compileWorker, {
    onBusy: () => problems.busy(),
    onChecked(text, check) {
      problems.show(check.diagnostics);
      if (text === editor.text()) editor.showProblems(check.diagnostics);
      report.waiting(check.json !== undefined);
      storyMap = parseStoryMap(text);
      playtest.load(check.json);
      refreshMap();
    },
    onReport: (text) => report.show(text),
    onFailure: (message) => problems.failed(message),
  });

  const editor = createInkEditor(layout.editor, {
    doc: restoreStudioText(store),
    label: 'Ink story',
    describedBy: layout.editorHelpId,
    onChange(text) {
      saveStudioText(store, text);
      client.request(text);
    },
  });
  layout.toolbar.append(
    createFileControls({
      text: () => editor.text(),
      open: (text) => {
        editor.setText(text);
        client.requestNow(text);
      },
      tell,
    }),
  );
  client.requestNow(editor.text());
  layout.heading.focus();
  return () => {
    client.dispose();
    editor.destroy();
  };
}
