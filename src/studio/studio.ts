import './studio.css';
import type { KeyValueStore } from '../adapters/storage.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import { h } from '../render/dom/h.ts';
import {
  clearExploring,
  explorationNeverFinished,
  hasUnsavedWork,
  markExploring,
  markSaved,
  restoreStudioFiles,
  saveStudioFiles,
} from './autosave.ts';
import { CompileClient, STUDIO_BUDGETS } from './compile-client.ts';
import type { CompileWorker } from './compile-protocol.ts';
import type { FullCheck, QuickCheck } from './compile-text.ts';
import { createInkEditor } from './editor.ts';
import { createFileControls } from './file-controls.ts';
import { createFileTabs } from './file-tabs.ts';
import { createMapPane } from './map-pane.ts';
import { playInGame } from './play-in-game.ts';
import { createPlaytestPane } from './playtest-pane.ts';
import { visitedNodes, type Playtest } from './playtest.ts';
import { createProblemsPane } from './problems-pane.ts';
import { createReportPane } from './report-pane.ts';
import { createStudioLayout } from './studio-layout.ts';
import { inFileOrder, type StoryFile } from './story-files.ts';
import { joinFiles } from './story-lines.ts';
import { parseStoryMap, type StoryMap } from './story-map.ts';
import { wordCountLine } from './word-count.ts';

export interface StudioOptions {
  /**
   * The page's store, shared with the game: a draft the device refused to keep is still the one
   * "Play in the game" plays and the one the Studio shows when the trainer comes back to it.
   */
  store: KeyValueStore;
  /** Where "Back to title" goes; the title route by default. */
  onBack?: () => void;
  /** Opens a story in the game screen; the play route by default. */
  onPlay?: (storyId: string) => void;
}

const compileWorker = (): CompileWorker =>
  new Worker(new URL('./compile-worker.ts', import.meta.url), {
    type: 'module',
    name: 'ink-compiler',
  });

const sameFiles = (a: readonly StoryFile[], b: readonly StoryFile[]) =>
  a.length === b.length && a.every((f, i) => f.name === b[i]?.name && f.text === b[i]?.text);

/**
 * The trainer's workbench, loaded on its own so the learner's path never downloads the ink compiler.
 * Returns the cleanup that stops its workers and editor.
 */
export function mountStudio(root: HTMLElement, options: StudioOptions): () => void {
  const { store } = options;
  const layout = createStudioLayout(options.onBack ?? (() => (location.hash = '#/')));
  root.replaceChildren(layout.element);
  const tell = (message: string) => (layout.status.textContent = message);

  let joined = joinFiles([]);
  let storyMap: StoryMap = parseStoryMap('');
  let played: Playtest | undefined;
  let quick: { files: StoryFile[]; check: QuickCheck } | undefined;
  let full: { files: StoryFile[]; check: FullCheck } | undefined;
  /** "Play in the game" was pressed while the full check ran: play once it is done. */
  let playWhenChecked = false;
  /** The problems shown are from a knot check of a newer text than the last whole check. */
  let knotShown = false;
  const goTo = (file: string, line: number) => editor.goTo(file, line);
  const mapPane = createMapPane(layout.map, (line) => {
    const spot = joined.locate(line);
    goTo(spot.file, spot.line);
  });
  const refreshMap = () => mapPane.show(storyMap, visitedNodes(storyMap, played));

  const problems = createProblemsPane(layout.problems, layout.problemsHeadingId, goTo);
  const report = createReportPane(layout.report);
  const playtest = createPlaytestPane(layout.playtest, (p) => {
    played = p;
    refreshMap();
  });

  /** Marks the problems of the file on screen, from the latest check of the text on screen. */
  const markEditor = (files: StoryFile[], diagnostics: readonly Diagnostic[]) => {
    if (!sameFiles(files, editor.files())) return;
    editor.showProblems(diagnostics.filter((d) => d.file === editor.current()));
  };
  const allProblems = (): Diagnostic[] => {
    if (!quick) return [];
    if (!full || !sameFiles(full.files, quick.files)) return quick.check.diagnostics;
    return [...quick.check.compile, ...full.check.diagnostics].sort(inFileOrder(quick.files));
  };

  const client = new CompileClient(
    compileWorker,
    {
      onBusy: () => problems.busy(),
      onSyntax(files, diagnostics) {
        knotShown = true;
        problems.show(diagnostics, false, files.length > 1);
        markEditor(files, diagnostics);
      },
      onChecked(files, check) {
        quick = { files, check };
        full = undefined;
        // An older text's check never replaces problems already found in the text on screen.
        const stale = knotShown && !sameFiles(files, editor.files());
        if (!stale) problems.show(check.diagnostics, false, files.length > 1);
        knotShown &&= stale;
        markEditor(files, check.diagnostics);
        report.waiting(check.json !== undefined);
        joined = joinFiles(files);
        storyMap = parseStoryMap(joined.text);
        playtest.load(check.json);
        refreshMap();
      },
      onExploring(files) {
        markExploring(store, files);
        problems.exploring();
      },
      onExplored(files, check) {
        clearExploring(store);
        full = { files, check };
        const all = allProblems();
        problems.show(all, true, files.length > 1);
        markEditor(files, all);
        if (check.report) report.show(check.report);
        else
          report.unavailable('The report needs a story whose tags pass the checks: see Problems.');
        const json = quick?.check.json;
        if (json) {
          playtest.score(
            json,
            check.meta && check.ranges ? { meta: check.meta, ranges: check.ranges } : undefined,
          );
        }
        if (playWhenChecked) play();
      },
      onStopped(stage, seconds) {
        problems.stopped(stage, seconds);
        playWhenChecked = false;
        if (stage === 'explore')
          report.unavailable(`The full check stopped after ${seconds} s, so there is no report.`);
      },
      onHeld() {
        problems.held(() => client.exploreNow());
        report.unavailable('The report waits for the full check.');
      },
      onFailure: (message) => problems.failed(message),
    },
    STUDIO_BUDGETS,
    compileWorker,
  );

  const refreshWords = () =>
    (layout.editorFooter.textContent = wordCountLine(editor.files(), editor.current()));
  const restored = restoreStudioFiles(store);
  const editor = createInkEditor(layout.editor, {
    files: restored,
    label: 'Ink story',
    describedBy: layout.editorHelpId,
    onChange(files) {
      saveStudioFiles(store, files);
      client.request(files);
      refreshWords();
    },
    onShow() {
      tabs.refresh();
      refreshWords();
      if (quick) markEditor(quick.files, allProblems());
    },
    knots: () =>
      storyMap.nodes.filter((n) => n.kind === 'knot' || n.kind === 'stitch').map((n) => n.id),
  });
  const tabs = createFileTabs(layout.fileBar, layout.editor, {
    files: () => editor.files(),
    current: () => editor.current(),
    show: (name) => editor.show(name),
    add: (name) => editor.add({ name, text: '' }),
    remove: (name) => editor.remove(name),
    tell,
  });

  const play = () => {
    const scored = full && quick && sameFiles(full.files, quick.files) ? full.check : undefined;
    const errors = allProblems().filter((d) => d.severity === 'error').length;
    const json = quick?.check.json;
    const open = options.onPlay ?? ((id: string) => (location.hash = `#/play/${id}`));
    const request = { ...(json ? { json } : {}), ...(scored ? { scored } : {}), errors };
    const outcome = playInGame(request, store, tell, open);
    // Without a compiled story nothing is decided: a play already waiting for its check still waits.
    if (json) playWhenChecked = outcome === 'wait';
  };
  layout.toolbar.append(
    createFileControls({
      files: () => editor.files(),
      current: () => {
        const files = editor.files();
        return files.find((f) => f.name === editor.current()) ?? files[0] ?? { name: '', text: '' };
      },
      unsaved: () => hasUnsavedWork(store, editor.files()),
      open(files) {
        editor.replaceAll(files);
        saveStudioFiles(store, files);
        markSaved(store, files);
        refreshWords();
        client.requestNow(files);
      },
      saved: () => markSaved(store, editor.files()),
      tell,
    }),
    h('button', { type: 'button', onclick: () => editor.openSearch() }, 'Find and replace'),
    h('button', { type: 'button', class: 'primary', onclick: play }, 'Play in the game'),
  );
  tabs.refresh();
  refreshWords();
  // A text whose full check never finished (the page closed or hung while it ran) is checked for
  // syntax, but not explored or played again until the trainer asks.
  if (explorationNeverFinished(store, restored)) client.requestHeld(restored);
  else client.requestNow(restored);
  layout.heading.focus();
  return () => {
    client.dispose();
    // Leaving by a button means the page was answering: an exploration stopped so did not hang it.
    clearExploring(store);
    editor.destroy();
  };
}
