import { h, uniqueId } from '../render/dom/h.ts';
import { inkFileName } from './file-name.ts';

export interface FileControlsOptions {
  text(): string;
  open(text: string, name: string): void;
  /** Says what happened, for the page's status line. */
  tell(message: string): void;
}

/** "Open .ink file" (a labelled file input, so it works by keyboard as browsers make it) and "Download .ink". */
export function createFileControls(options: FileControlsOptions): HTMLElement {
  let openedName: string | undefined;
  const inputId = uniqueId('open-ink');
  const input = h('input', { type: 'file', id: inputId, accept: '.ink,.txt,text/plain' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void file.text().then(
      (text) => {
        openedName = file.name;
        options.open(text, file.name);
        options.tell(`Opened ${file.name}.`);
        input.value = ''; // so opening the same file again still loads it
      },
      () => options.tell(`${file.name} could not be read.`),
    );
  });
  const download = () => {
    const name = inkFileName(options.text(), openedName);
    const url = URL.createObjectURL(new Blob([options.text()], { type: 'text/plain' }));
    const link = h('a', { href: url, download: name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    options.tell(`Downloaded ${name}.`);
  };
  return h(
    'div',
    { class: 'studio-files' },
    h('div', { class: 'studio-open' }, h('label', { for: inputId }, 'Open .ink file'), input),
    h('button', { type: 'button', onclick: download }, 'Download .ink'),
  );
}
