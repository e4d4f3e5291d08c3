import { decodeSettings, defaultSettings, type Settings } from '../core/settings.ts';
import type { KeyValueStore } from '../adapters/storage.ts';

const KEY = 'serving-moments:settings';

export class SettingsStore {
  private current: Settings;
  private readonly listeners = new Set<(s: Settings) => void>();

  constructor(
    private readonly store: KeyValueStore,
    prefersReducedMotion: boolean,
  ) {
    this.current = decodeSettings(store.get(KEY), defaultSettings(prefersReducedMotion));
  }

  get(): Settings {
    return this.current;
  }

  set(next: Settings): void {
    this.current = next;
    this.store.set(KEY, JSON.stringify(next));
    for (const listener of this.listeners) listener(next);
  }

  subscribe(listener: (s: Settings) => void): void {
    this.listeners.add(listener);
    listener(this.current);
  }
}

/** Text size, contrast and motion are page-wide: they live as attributes on <html> for the CSS. */
export function applyToPage(s: Settings, root: HTMLElement = document.documentElement): void {
  root.dataset.textSize = s.textSize;
  root.dataset.contrast = s.highContrast ? 'high' : 'normal';
  root.dataset.motion = s.reducedMotion ? 'reduce' : 'full';
}
