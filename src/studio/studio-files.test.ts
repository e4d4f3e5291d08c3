import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../adapters/storage.ts';
import {
  clearExploring,
  explorationNeverFinished,
  hasUnsavedWork,
  markExploring,
  markSaved,
  restoreStudioFiles,
  saveStudioFiles,
  STUDIO_TEXT_KEY,
} from './autosave.ts';
import { inkFileName } from './file-name.ts';
import { fileNameProblem, orderAsStory } from './story-files.ts';
import { zipStory } from './story-zip.ts';
import { TEMPLATE_STORY } from './template-story.ts';

describe('autosave', () => {
  it('starts from the template and keeps whatever was typed, even nothing', () => {
    const store = new MemoryStore();
    expect(restoreStudioFiles(store)).toEqual([{ name: 'story.ink', text: TEMPLATE_STORY }]);
    saveStudioFiles(store, [{ name: 'story.ink', text: '' }]);
    expect(restoreStudioFiles(store)).toEqual([{ name: 'story.ink', text: '' }]);
    const two = [
      { name: 'story.ink', text: 'INCLUDE scenes/a.ink' },
      { name: 'scenes/a.ink', text: '=== a ===' },
    ];
    saveStudioFiles(store, two);
    expect(restoreStudioFiles(store)).toEqual(two);
  });

  it('keeps a draft from the one-file Studio', () => {
    const store = new MemoryStore();
    store.set(STUDIO_TEXT_KEY, '# title: Mine');
    expect(restoreStudioFiles(store)).toEqual([{ name: 'story.ink', text: '# title: Mine' }]);
  });

  it('remembers an exploration that never finished, for those files only', () => {
    const store = new MemoryStore();
    const hung = [{ name: 'story.ink', text: '=== t ===\n+ [a] -> t' }];
    markExploring(store, hung);
    expect(explorationNeverFinished(store, hung)).toBe(true);
    expect(explorationNeverFinished(store, [{ name: 'story.ink', text: 'other' }])).toBe(false);
    clearExploring(store);
    expect(explorationNeverFinished(store, hung)).toBe(false);
  });

  it('counts the untouched template as nothing to lose, and an edit as unsaved until saved', () => {
    const store = new MemoryStore();
    expect(hasUnsavedWork(store, restoreStudioFiles(store))).toBe(false);
    const edited = [{ name: 'story.ink', text: `${TEMPLATE_STORY}\nMore.` }];
    expect(hasUnsavedWork(store, edited)).toBe(true);
    markSaved(store, edited);
    expect(hasUnsavedWork(store, edited)).toBe(false);
  });
});

describe('the download file name', () => {
  it("keeps an opened file's name", () => {
    expect(inkFileName('', 'late-checkout.ink')).toBe('late-checkout.ink');
    expect(inkFileName('', 'notes')).toBe('notes.ink');
  });

  it("is made from the story's title, or 'story'", () => {
    expect(inkFileName(TEMPLATE_STORY)).toBe('the-missing-booking.ink');
    expect(inkFileName('# title: Café: 2 for 1!')).toBe('caf-2-for-1.ink');
    expect(inkFileName('No title here')).toBe('story.ink');
  });
});

describe("a story's files", () => {
  it('takes names inside the story folder, in a folder, once each', () => {
    const files = [{ name: 'story.ink', text: '' }];
    expect(fileNameProblem('scenes/arrival.ink', files)).toBeUndefined();
    expect(fileNameProblem('arrival.ink', files)).toMatch(/in a folder/);
    expect(fileNameProblem('scenes/arrival', files)).toMatch(/end in \.ink/);
    expect(fileNameProblem('../arrival.ink', files)).toMatch(/inside the story folder/);
    expect(fileNameProblem('STORY.ink', files)).toMatch(/already/);
  });

  it('finds the main story among opened files, and gives INCLUDEd files their folder', () => {
    const opened = [
      { name: 'arrival.ink', text: '=== arrival ===\n-> END' },
      { name: 'late.ink', text: '# title: Late\nINCLUDE scenes/arrival.ink\n-> arrival' },
    ];
    expect(orderAsStory(opened).map((f) => f.name)).toEqual(['late.ink', 'scenes/arrival.ink']);
  });

  it('exports as a zip to unpack into stories/: the main story on top, INCLUDEs in their folders', () => {
    const zip = zipStory([
      { name: 'story.ink', text: TEMPLATE_STORY },
      { name: 'scenes/arrival.ink', text: '=== arrival ===' },
    ]);
    expect(zip.name).toBe('the-missing-booking.zip');
    const entries = unzipSync(zip.bytes);
    expect(Object.keys(entries).sort()).toEqual(['scenes/arrival.ink', 'the-missing-booking.ink']);
    expect(strFromU8(entries['the-missing-booking.ink'] ?? new Uint8Array())).toBe(TEMPLATE_STORY);
  });
});
