import type { SavedPlaythrough } from '../core/save.ts';
import { QUALITY_IDS, type QualityId } from '../core/qualities.ts';
import { emptySuspendState, type BestResult, type SuspendState } from './suspend-state.ts';

/*
 * Suspend data, compact and plain ASCII (some LMSs mangle quotes, '<' or non-ASCII):
 *   sm1|p=<story>:<hash>:<seed>:<path>[:f];…|b=<story>:<overall>:<q1>,<q2>,…;…
 * Story ids are URI-encoded, so the separators | = ; : , never occur inside them. The seed is base 36.
 * Each choice index is one base-36 character; an index of 36 or more (the save format allows up to
 * 99) is '_' and two characters. Qualities follow QUALITY_IDS, empty where the story does not
 * practise one. It is the choice path, never ink's state: the path replays to the same place.
 */
const VERSION = 'sm1';

function encodePath(path: readonly number[]): string {
  return path
    .map((i) => (i < 36 ? i.toString(36) : `_${i.toString(36).padStart(2, '0')}`))
    .join('');
}

function decodePath(text: string): number[] | undefined {
  const path: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const wide = text[i] === '_';
    const digits = wide ? text.slice(i + 1, i + 3) : (text[i] ?? '');
    if (wide) i += 2;
    if (!/^[0-9a-z]+$/.test(digits) || (wide && digits.length !== 2)) return undefined;
    path.push(parseInt(digits, 36));
  }
  return path;
}

const encodePlay = (p: SavedPlaythrough) =>
  [
    encodeURIComponent(p.storyId),
    encodeURIComponent(p.hash),
    p.seed.toString(36),
    encodePath(p.path),
  ]
    .concat(p.finished ? ['f'] : [])
    .join(':');

const encodeBest = (id: string, b: BestResult) =>
  `${encodeURIComponent(id)}:${b.overall}:${QUALITY_IDS.map((q) => b.qualities[q] ?? '').join(',')}`.replace(
    /,+$/,
    '',
  );

// Suspend data we cannot read rides at the end, as it was: everything after this marker.
const KEPT = '|x=';

export function encodeSuspend(state: SuspendState): string {
  const plays = [...state.plays.values()].map(encodePlay).join(';');
  const bests = [...state.bests].map(([id, b]) => encodeBest(id, b)).join(';');
  return `${VERSION}|p=${plays}|b=${bests}${state.kept !== undefined ? KEPT + state.kept : ''}`;
}

/** True for suspend data this game wrote (any content); false for another course's or version's. */
export function readsSuspend(text: string): boolean {
  return text.split('|', 1)[0] === VERSION;
}

function decodeId(text: string): string | undefined {
  try {
    return decodeURIComponent(text) || undefined;
  } catch {
    return undefined;
  }
}

function decodePlay(entry: string): SavedPlaythrough | undefined {
  const [id, hash, seed, path, flag] = entry.split(':');
  const storyId = decodeId(id ?? '');
  const hashValue = decodeId(hash ?? '');
  const seedValue = parseInt(seed ?? '', 36);
  const steps = decodePath(path ?? '');
  if (!storyId || !hashValue || !/^-?[0-9a-z]+$/.test(seed ?? '') || !steps) return undefined;
  if (!Number.isSafeInteger(seedValue) || steps.some((i) => i > 99)) return undefined;
  const save: SavedPlaythrough = { v: 1, storyId, hash: hashValue, seed: seedValue, path: steps };
  if (flag === 'f') save.finished = true;
  return save;
}

const percentOf = (text: string | undefined): number | undefined => {
  if (!text || !/^\d{1,3}$/.test(text)) return undefined;
  const n = Number(text);
  return n <= 100 ? n : undefined;
};

function decodeBest(entry: string): [string, BestResult] | undefined {
  const [id, overall, list = ''] = entry.split(':');
  const storyId = decodeId(id ?? '');
  const score = percentOf(overall);
  if (!storyId || score === undefined) return undefined;
  const qualities: Partial<Record<QualityId, number>> = {};
  list.split(',').forEach((text, i) => {
    const q = QUALITY_IDS[i];
    const value = percentOf(text);
    if (q && value !== undefined) qualities[q] = value;
  });
  return [storyId, { overall: score, qualities }];
}

/** Reads suspend data; damaged entries are skipped, never fatal, so one bad write costs one story. */
export function decodeSuspend(text: string): SuspendState {
  const state = emptySuspendState();
  if (!readsSuspend(text)) return state;
  const at = text.indexOf(KEPT);
  if (at >= 0) state.kept = text.slice(at + KEPT.length);
  const [, ...sections] = (at >= 0 ? text.slice(0, at) : text).split('|');
  for (const section of sections) {
    const entries = section.slice(2).split(';').filter(Boolean);
    if (section.startsWith('p='))
      for (const play of entries.map(decodePlay)) if (play) state.plays.set(play.storyId, play);
    if (section.startsWith('b='))
      for (const best of entries.map(decodeBest)) if (best) state.bests.set(best[0], best[1]);
  }
  return state;
}
