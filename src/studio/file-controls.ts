import { h, uniqueId } from '../render/dom/h.ts';
import { confirmDialog } from './confirm-dialog.ts';
import { inkFileName } from './file-name.ts';
import { orderAsStory, type StoryFile } from './story-files.ts';
import { zipStory } from './story-zip.ts';

export interface FileControlsOptions {
  files(): StoryFile[];
  /** The file on screen, for "Download .ink". */
  current(): StoryFile;
  /** Whether the files changed since they were last opened, downloaded or exported. */
  unsaved(): boolean;
  open(files: StoryFile[]): void;
  /** The files are in a file of the trainer's now. */
  saved(): void;
  /** Says what happened, for the page's status line. */
  tell(message: string): void;
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * "Open .ink files" (a labelled file input, so it works by keyboard as browsers make it; it asks
 * before replacing unsaved work), "Download .ink" for the file on screen and "Export .zip" for the
 * whole story, ready to unpack into stories/.
 */
export function createFileControls(options: FileControlsOptions): HTMLElement {
  const inputId = uniqueId('open-ink');
  const input = h('input', {
    type: 'file',
    id: inputId,
    multiple: true,
    accept: '.ink,.txt,text/plain',
  });
  input.addEventListener('change', () => void openPicked([...(input.files ?? [])]));

  async function openPicked(picked: File[]): Promise<void> {
    input.value = ''; // so opening the same file again still loads it
    if (picked.length === 0) return;
    const names = picked.map((f) => f.name).join(', ');
    if (options.unsaved()) {
      const replace = await confirmDialog(
        'Replace the story in the Studio?',
        `Opening ${names} replaces the files in the Studio, and your changes since the last download or export are in no file yet.`,
        'Replace it',
        'Keep my work',
      );
      if (!replace) {
        options.tell(`Kept your work; ${names} was not opened.`);
        return;
      }
    }
    try {
      const files = await Promise.all(
        picked.map(async (f) => ({ name: f.name, text: await f.text() })),
      );
      options.open(orderAsStory(files));
      options.tell(`Opened ${names}.`);
    } catch {
      options.tell(`${names} could not be read.`);
    }
  }

  const downloadInk = () => {
    const file = options.current();
    const isMain = options.files()[0]?.name === file.name;
    const name = isMain
      ? inkFileName(file.text, file.name === 'story.ink' ? undefined : file.name)
      : file.name.replace(/^.*\//, '');
    download(name, new Blob([file.text], { type: 'text/plain' }));
    if (options.files().length === 1) options.saved();
    options.tell(`Downloaded ${name}.`);
  };
  const exportZip = () => {
    const zip = zipStory(options.files());
    download(zip.name, new Blob([zip.bytes as BlobPart], { type: 'application/zip' }));
    options.saved();
    options.tell(`Exported ${zip.name}: unpack it into stories/ to put the story in the game.`);
  };
  return h(
    'div',
    { class: 'studio-files' },
    h('div', { class: 'studio-open' }, h('label', { for: inputId }, 'Open .ink files'), input),
    h('button', { type: 'button', onclick: downloadInk }, 'Download .ink'),
    h('button', { type: 'button', onclick: exportZip }, 'Export .zip'),
  );
}
