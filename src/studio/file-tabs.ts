import { h, uniqueId } from '../render/dom/h.ts';
import { confirmDialog } from './confirm-dialog.ts';
import { fileNameProblem, normalInkName, type StoryFile } from './story-files.ts';
import { createTabList } from './tab-list.ts';

export interface FileTabsOptions {
  files(): StoryFile[];
  current(): string;
  show(name: string): void;
  add(name: string): void;
  remove(name: string): void;
  tell(message: string): void;
}

/**
 * The story's files as tabs over the editor (the first is the main story), with "New file" for an
 * INCLUDEd file and "Remove file" for the one on screen. `panel` is the editor the tabs control.
 */
export function createFileTabs(
  bar: HTMLElement,
  panel: HTMLElement,
  options: FileTabsOptions,
): { refresh(): void } {
  panel.id ||= uniqueId('studio-file-panel');
  panel.setAttribute('role', 'tabpanel');
  const tabs = createTabList(
    'Story files',
    () => panel.id,
    (name) => options.show(name),
  );
  const nameId = uniqueId('new-file-name');
  const errorId = uniqueId('new-file-error');
  const name = h('input', {
    id: nameId,
    type: 'text',
    'aria-describedby': errorId,
    placeholder: 'scenes/arrival.ink',
    autocomplete: 'off',
  });
  const error = h('p', { id: errorId, class: 'studio-form-error' });
  const form = h(
    'form',
    { class: 'studio-new-file', hidden: true },
    h('label', { for: nameId }, 'New file name'),
    name,
    h('button', { type: 'submit' }, 'Add file'),
    h('button', { type: 'button', onclick: () => close() }, 'Cancel'),
    error,
  );
  const open = h(
    'button',
    { type: 'button', 'aria-expanded': 'false', onclick: () => (form.hidden ? reveal() : close()) },
    'New file',
  );
  const remove = h(
    'button',
    { type: 'button', onclick: () => void removeCurrent() },
    'Remove file',
  );

  function reveal(): void {
    form.hidden = false;
    open.setAttribute('aria-expanded', 'true');
    error.textContent = '';
    name.value = '';
    name.focus();
  }
  function close(): void {
    form.hidden = true;
    open.setAttribute('aria-expanded', 'false');
    open.focus();
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const problem = fileNameProblem(name.value, options.files());
    if (problem) {
      error.textContent = problem;
      name.setAttribute('aria-invalid', 'true');
      name.focus();
      return;
    }
    name.removeAttribute('aria-invalid');
    const added = normalInkName(name.value);
    form.hidden = true;
    open.setAttribute('aria-expanded', 'false');
    options.add(added);
    options.tell(`Added ${added}. Write INCLUDE ${added} in the main story to use it.`);
  });
  async function removeCurrent(): Promise<void> {
    const current = options.current();
    const ok = await confirmDialog(
      `Remove ${current}?`,
      'Its text is deleted from the Studio. Download or export the story first to keep a copy.',
      'Remove file',
      'Keep it',
    );
    if (!ok) return;
    options.remove(current);
    options.tell(`Removed ${current}.`);
  }

  bar.append(tabs.element, h('div', { class: 'studio-file-actions' }, open, remove), form);
  return {
    refresh() {
      const names = options.files().map((f) => f.name);
      tabs.set(names, options.current());
      panel.setAttribute('aria-labelledby', tabs.selectedId());
      remove.disabled = names[0] === options.current();
      remove.title = remove.disabled ? 'The main story cannot be removed' : '';
    },
  };
}
