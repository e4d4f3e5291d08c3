import { strToU8, zipSync } from 'fflate';
import { MAIN_FILE } from './autosave.ts';
import { inkFileName } from './file-name.ts';
import type { StoryFiles } from './story-files.ts';

/**
 * The story as a zip to unpack into stories/: the main story at the top (named after the file it
 * was opened from, or its title), each INCLUDEd file at the path its INCLUDE names.
 */
export function zipStory(files: StoryFiles): { name: string; bytes: Uint8Array } {
  const [main, ...rest] = files;
  if (!main) throw new Error('there is no story to export');
  const mainName = inkFileName(main.text, main.name === MAIN_FILE ? undefined : main.name);
  const entries: Record<string, Uint8Array> = { [mainName]: strToU8(main.text) };
  for (const file of rest) entries[file.name] = strToU8(file.text);
  return {
    name: mainName.replace(/\.ink$/i, '.zip'),
    bytes: zipSync(entries, { mtime: new Date() }),
  };
}
