import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../adapters/storage.ts';
import { restoreStudioText, saveStudioText, STUDIO_TEXT_KEY } from './autosave.ts';
import { inkFileName } from './file-name.ts';
import { TEMPLATE_STORY } from './template-story.ts';

describe('autosave', () => {
  it('starts from the template and keeps whatever was typed, even nothing', () => {
    const store = new MemoryStore();
    expect(restoreStudioText(store)).toBe(TEMPLATE_STORY);
    saveStudioText(store, '');
    expect(restoreStudioText(store)).toBe('');
    saveStudioText(store, '# title: Mine');
    expect(store.get(STUDIO_TEXT_KEY)).toBe('# title: Mine');
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
