import { h, uniqueId } from '../render/dom/h.ts';

export interface StudioLayout {
  element: HTMLElement;
  heading: HTMLElement;
  toolbar: HTMLElement;
  status: HTMLElement;
  editorHelpId: string;
  editor: HTMLElement;
  problems: HTMLElement;
  problemsHeadingId: string;
  playtest: HTMLElement;
  report: HTMLElement;
  map: HTMLElement;
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

export function createStudioLayout(onBack: () => void): StudioLayout {
  const heading = h('h1', { id: uniqueId('studio-title'), tabindex: '-1' }, 'Story Studio');
  const toolbar = h(
    'div',
    { class: 'studio-toolbar' },
    h('button', { type: 'button', class: 'link-button', onclick: onBack }, 'Back to title'),
  );
  const status = h('p', { class: 'studio-file-status', role: 'status' });
  const editorHelpId = uniqueId('editor-help');
  const editor = pane(
    'Editor',
    'editor',
    h(
      'p',
      { id: editorHelpId, class: 'studio-note' },
      'Write the story in ink. It is checked and playable as you type, and kept in this browser. Tab leaves the editor; F8 goes to the next problem.',
    ),
  );
  const problems = pane('Problems', 'problems');
  const playtest = pane('Playtest', 'playtest');
  const report = pane('Report', 'report');
  const map = pane('Map', 'map');
  const element = h(
    'section',
    { class: 'screen studio', 'aria-labelledby': heading.id },
    h(
      'header',
      { class: 'studio-header' },
      heading,
      h(
        'p',
        { class: 'lede' },
        'Write a scenario, see what the checker says, play it, and read its report before it goes into stories/.',
      ),
      toolbar,
      status,
    ),
    h(
      'div',
      { class: 'studio-grid' },
      editor.element,
      problems.element,
      playtest.element,
      map.element,
      report.element,
    ),
  );
  return {
    element,
    heading,
    toolbar,
    status,
    editorHelpId,
    editor: editor.body,
    problems: problems.body,
    problemsHeadingId: problems.headingId,
    playtest: playtest.body,
    report: report.body,
    map: map.body,
  };
}
