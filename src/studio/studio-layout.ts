import { h, uniqueId } from '../render/dom/h.ts';
import { createViewTabs } from './view-tabs.ts';

export interface StudioLayout {
  element: HTMLElement;
  heading: HTMLElement;
  toolbar: HTMLElement;
  status: HTMLElement;
  editorHelpId: string;
  /** Above the editor: the tabs of the story's files. */
  fileBar: HTMLElement;
  editor: HTMLElement;
  /** Under the editor: the word count. */
  editorFooter: HTMLElement;
  problems: HTMLElement;
  problemsHeadingId: string;
  playtest: HTMLElement;
  report: HTMLElement;
  map: HTMLElement;
  /** Brings one of the tabbed views to the front. */
  showView(name: 'Playtest' | 'Map' | 'Report'): void;
}

/** A region named by its own heading, so screen-reader users can jump between the Studio's panes. */
function pane(name: string, area: string, ...intro: HTMLElement[]) {
  const headingId = uniqueId(`studio-${area}`);
  const body = h('div', { class: 'studio-pane-body' });
  const element = h(
    'section',
    { class: `studio-pane studio-pane-${area}`, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, name),
    ...intro,
    body,
  );
  return { element, body, headingId };
}

/**
 * The Studio fills the window: the editor on the left, problems and the tabbed playtest, map and
 * report on the right, each scrolling inside itself, so nothing is more than a click away. On a
 * narrow screen the panes stack.
 */
export function createStudioLayout(onBack: () => void): StudioLayout {
  const heading = h('h1', { id: uniqueId('studio-title'), tabindex: '-1' }, 'Story Studio');
  const toolbar = h(
    'div',
    { class: 'studio-toolbar' },
    h('button', { type: 'button', class: 'link-button', onclick: onBack }, 'Back to title'),
  );
  const status = h('p', { class: 'studio-file-status', role: 'status' });
  const editorHelpId = uniqueId('editor-help');
  const fileBar = h('div', { class: 'studio-file-bar' });
  const editorFooter = h('p', { class: 'studio-note studio-words' });
  const editor = pane('Editor', 'editor', fileBar);
  editor.element.append(
    editorFooter,
    h(
      'p',
      { id: editorHelpId, class: 'studio-note studio-keys' },
      'Write the story in ink; it is checked as you type and kept in this browser. Tab leaves the editor, F8 goes to the next problem, Ctrl+F finds and replaces, Ctrl+Space suggests names.',
    ),
  );
  const problems = pane('Problems', 'problems');
  const playtest = pane('Playtest', 'playtest');
  const map = pane('Map', 'map');
  const report = pane('Report', 'report');
  const views = createViewTabs([
    { name: 'Playtest', panel: playtest.element },
    { name: 'Map', panel: map.element },
    { name: 'Report', panel: report.element },
  ]);
  const element = h(
    'section',
    { class: 'screen studio', 'aria-labelledby': heading.id },
    h('header', { class: 'studio-header' }, heading, toolbar, status),
    h(
      'div',
      { class: 'studio-grid' },
      editor.element,
      h('div', { class: 'studio-side' }, problems.element, views.element),
    ),
  );
  return {
    element,
    heading,
    toolbar,
    status,
    editorHelpId,
    fileBar,
    editor: editor.body,
    editorFooter,
    problems: problems.body,
    problemsHeadingId: problems.headingId,
    playtest: playtest.body,
    report: report.body,
    map: map.body,
    showView: views.show,
  };
}
