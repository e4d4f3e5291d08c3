import type { CompiledStory } from './core/compiled-story.ts';
import { isPlayable, type StoryEntry } from './story-entry.ts';

/** The scenarios on offer: summaries at once for the menu, a whole story only when it is played. */
export interface StoryCatalog {
  entries(): StoryEntry[];
  load(id: string): Promise<CompiledStory | undefined>;
}

const idOf = (key: string) => key.replace(/^.*\//, '').replace(/\.ink$/, '');

// A story left out of an LMS package (`build:scorm --stories`) is built as null: it is skipped.
export function catalogFrom(
  summaries: Record<string, StoryEntry | null>,
  loaders: Record<string, () => Promise<StoryEntry | null>>,
): StoryCatalog {
  const byId = new Map(Object.entries(loaders).map(([key, load]) => [idOf(key), load]));
  const list = Object.values(summaries)
    .filter((e): e is StoryEntry => e !== null)
    .sort((a, b) => {
      const title = (e: StoryEntry) => ('meta' in e ? e.meta.title : e.id);
      return title(a).localeCompare(title(b));
    });
  return {
    entries: () => list,
    async load(id) {
      const entry = await byId.get(id)?.();
      return entry && isPlayable(entry) && 'json' in entry ? entry : undefined;
    },
  };
}

/** Every top-level .ink file in stories/ is a scenario: no registration. Subfolders hold INCLUDEs. */
export function bundledCatalog(): StoryCatalog {
  const summaries = import.meta.glob<StoryEntry | null>('/stories/*.ink', {
    query: '?meta',
    import: 'default',
    eager: true,
  });
  const loaders = import.meta.glob<StoryEntry | null>('/stories/*.ink', { import: 'default' });
  return catalogFrom(summaries, loaders);
}
