/** What a learner can set for themselves; kept on the device. */
export interface Settings {
  /** 0–100 */
  master: number;
  music: number;
  effects: number;
  muted: boolean;
  textSize: TextSize;
  reducedMotion: boolean;
  highContrast: boolean;
  textSpeed: TextSpeed;
}

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const TEXT_SPEEDS = ['instant', 'fast', 'normal', 'slow'] as const;
export type TextSpeed = (typeof TEXT_SPEEDS)[number];

/** Milliseconds per character while a line is revealed; 0 shows whole beats at once. */
export const MS_PER_CHARACTER: Record<TextSpeed, number> = {
  instant: 0,
  fast: 8,
  normal: 18,
  slow: 32,
};

export function defaultSettings(prefersReducedMotion: boolean): Settings {
  return {
    master: 80,
    music: 50,
    effects: 80,
    muted: false,
    textSize: 'normal',
    reducedMotion: prefersReducedMotion,
    highContrast: false,
    // Lines type out at a readable pace, unless the device asks for less motion.
    textSpeed: prefersReducedMotion ? 'instant' : 'normal',
  };
}

const volume = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value)
    ? Math.min(100, Math.max(0, Math.round(value)))
    : fallback;

const oneOf = <T extends string>(options: readonly T[], value: unknown, fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;

/** Reads stored settings field by field: a bad field falls back to its default, the rest are kept. */
export function decodeSettings(raw: string | null, defaults: Settings): Settings {
  if (raw === null) return defaults;
  let data: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(raw);
    data = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return defaults;
  }
  const flag = (key: keyof Settings) =>
    typeof data[key] === 'boolean' ? (data[key] as boolean) : (defaults[key] as boolean);
  return {
    master: volume(data.master, defaults.master),
    music: volume(data.music, defaults.music),
    effects: volume(data.effects, defaults.effects),
    muted: flag('muted'),
    textSize: oneOf(TEXT_SIZES, data.textSize, defaults.textSize),
    reducedMotion: flag('reducedMotion'),
    highContrast: flag('highContrast'),
    textSpeed: oneOf(TEXT_SPEEDS, data.textSpeed, defaults.textSpeed),
  };
}

/** The gain an effect plays at, 0–1. */
export function effectsGain(s: Settings): number {
  return s.muted ? 0 : (s.master / 100) * (s.effects / 100);
}

export function musicGain(s: Settings): number {
  return s.muted ? 0 : (s.master / 100) * (s.music / 100);
}
