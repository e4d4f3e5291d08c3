/**
 * Where a decision sits in the ink, so an LMS can tell one question from another however the
 * learner got there. ink compiles each choice's content into a container named `c-N` inside the
 * container of its choice point: `parts.choose.0.c-2` is the third choice written at the choice
 * point in stitch `choose` of knot `parts`. The choice point is that container's path, without
 * the `.0` ink gives a knot's or stitch's body (the opening is `story-start`); the choice's place among the choices written
 * there is N, whichever of them a route shows.
 */
export interface ChoicePlace {
  /** The choice point: `knot`, `knot.stitch`, or a path into a weave (`knot.0.g-1`). */
  point: string;
  /** The choice's place among those written at its point, from 0. */
  slot: number;
}

const CHOICE = /^(.+)\.c-(\d+)$/;

// The story's opening, before any knot: ink calls it '0'. Knot names cannot hold '-', so this
// name never meets one.
const OPENING = 'story-start';

/** Reads a choice's target path (`choice.targetPath`); undefined for a path ink did not write so. */
export function choicePlace(targetPath: string | undefined): ChoicePlace | undefined {
  const m = targetPath ? CHOICE.exec(targetPath) : null;
  if (!m?.[1] || !m[2]) return undefined;
  const point = m[1].replace(/^0(?=\.|$)/, OPENING).replace(/\.0$/, '');
  return { point, slot: Number(m[2]) };
}
