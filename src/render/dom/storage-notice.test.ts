import { describe, expect, it } from 'vitest';
import { fixtureStory } from '../../../test/helpers/lms-play.ts';
import { QuotaStorage } from '../../../test/helpers/quota-storage.ts';
import { webStorageStore, type StorageFailure } from '../../adapters/storage.ts';
import { Playthroughs } from '../../app/playthroughs.ts';
import { saveStudioDraft, STUDIO_DRAFT_ID, withStudioDraft } from '../../app/studio-draft.ts';
import { restoreStudioFiles, saveStudioFiles } from '../../studio/autosave.ts';
import { storageNoticeText, storageSubject } from './storage-notice.ts';

/** The page's one store over a device whose storage is full, as main.ts opens it. */
function fullDevice() {
  const failures: StorageFailure[] = [];
  const disk = QuotaStorage.full();
  return {
    store: webStorageStore(
      () => disk,
      (f) => failures.push(f),
    ),
    failures,
    disk,
  };
}

const noStories = { entries: () => [], load: () => Promise.resolve(undefined) };

describe('a Studio draft on a device that refuses to keep it', () => {
  it('is read back as typed, plays in the game as sent, and the notice speaks of the draft', async () => {
    const { store, failures, disk } = fullDevice();
    const files = [{ name: 'story.ink', text: '# title: Late check-in\nThe desk bell rings.' }];
    saveStudioFiles(store, files);
    const desk = fixtureStory('small-desk.ink');
    saveStudioDraft(store, desk);

    // Reads in this page give the newest text and draft, never what the device held before.
    expect(restoreStudioFiles(store)).toEqual(files);
    const played = await withStudioDraft(noStories, store).load(STUDIO_DRAFT_ID);
    expect(played?.json).toBe(desk.json);
    expect(disk.items.size).toBe(1);

    expect(failures.length).toBeGreaterThanOrEqual(2);
    expect(new Set(failures.map((f) => storageSubject(f.key)))).toEqual(new Set(['draft']));
    const words = storageNoticeText(failures[0]!.reason, 'draft');
    expect(words.heading).toBe('Your story draft on this device could not be saved');
    expect(words.why).toBe("This browser's storage for this site is full.");
    expect(words.todo).toContain('You can keep writing');
    expect(words.todo).toContain('"Download .ink"');
  });

  it("tells a learner's refused save as progress, not as a draft", () => {
    const { store, failures } = fullDevice();
    new Playthroughs(store).save({ v: 1, storyId: 'night-desk', hash: 'h', seed: 1, path: [0, 1] });
    expect(failures.map((f) => storageSubject(f.key))).toEqual(['progress']);
    expect(storageNoticeText('QuotaExceededError', 'progress').heading).toBe(
      'Your progress on this device could not be saved',
    );
  });

  it('says what to do when the browser blocks storage, for each subject', () => {
    for (const subject of ['progress', 'draft', 'records'] as const) {
      const words = storageNoticeText('SecurityError', subject);
      expect(words.why).toContain('does not let this site save anything here');
      expect(words.todo).toContain('allow site data for this site');
    }
  });
});
