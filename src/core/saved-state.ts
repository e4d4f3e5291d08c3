import { placeKey } from './state-key.ts';

type Obj = Record<string, unknown>;

/**
 * A decision state waiting to be expanded: the ink state as `StoryStepper.save` wrote it, parsed
 * once (not once per option, and loaded back from the parse: `StoryStepper.loadParsed`), with its
 * place key.
 */
export interface Saved {
  obj: Obj;
  place: string;
}

export function saved(text: string): Saved {
  const obj = JSON.parse(text) as Obj;
  return { obj, place: placeKey(obj) };
}
