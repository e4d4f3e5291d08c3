import { err, ok, type Result } from './result.ts';

/** A playthrough at rest: the choice path plus what proves it still fits the story. */
export interface SavedPlaythrough {
  v: 1;
  storyId: string;
  hash: string;
  seed: number;
  path: number[];
  /** Set once the path reaches an ending: the menu then offers a new playthrough, not a resume. */
  finished?: boolean;
}

/** The error is the reason, in words a learner can read. */
export type DecodeResult = Result<SavedPlaythrough, string>;

export function encodeSave(save: SavedPlaythrough): string {
  return JSON.stringify(save);
}

const isIndex = (n: unknown): n is number =>
  Number.isInteger(n) && (n as number) >= 0 && (n as number) < 100;

export function decodeSave(raw: string): DecodeResult {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return err('the saved progress is not valid JSON');
  }
  if (typeof data !== 'object' || data === null) return err('the saved progress is not an object');
  const d = data as Record<string, unknown>;
  if (d.v !== 1) return err(`the saved progress has unknown version ${String(d.v)}`);
  if (typeof d.storyId !== 'string' || typeof d.hash !== 'string') {
    return err('the saved progress names no story');
  }
  if (typeof d.seed !== 'number' || !Number.isSafeInteger(d.seed)) {
    return err('the saved progress has no valid seed');
  }
  if (!Array.isArray(d.path) || !d.path.every(isIndex)) {
    return err('the saved choice path is damaged');
  }
  const save: SavedPlaythrough = {
    v: 1,
    storyId: d.storyId,
    hash: d.hash,
    seed: d.seed,
    path: d.path,
  };
  if (d.finished === true) save.finished = true;
  return ok(save);
}
