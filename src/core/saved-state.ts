import { placeKey } from './state-key.ts';

type Obj = Record<string, unknown>;

/**
 * A decision state waiting to be expanded: parsed once (not once per option), with its place key,
 * and the text ink saved when it was played (a replayed state has none until ink needs it).
 */
export interface Saved {
  obj: Obj;
  place: string;
  text?: string;
}

export function saved(text: string): Saved {
  const obj = JSON.parse(text) as Obj;
  return { obj, place: placeKey(obj), text };
}

export const textOf = (s: Saved) => s.text ?? JSON.stringify(s.obj);
