/**
 * Issue 12's list of stories that once hung or misread the tools, each with what it must give,
 * worked out by hand from the ink (not from the tools): a problem at a line, or a story whose
 * endings and best scores follow from its choices. Paths are under test/fixtures; `parts/` holds
 * the INCLUDEd files of the inky ones, next to them as in a stories/ folder.
 */
export type Issue12Case =
  | { file: string; problem: { line: number; says: string } }
  | {
      file: string;
      title: string;
      /** Each '#ending:' title and how many complete paths reach it (loops taken once). */
      endings: Record<string, number>;
      /** Best single-path total, and the most each scored quality can earn. */
      maxTotal: number;
      max: Record<string, number>;
      /** A warning the tools must give instead of refusing the story. */
      warns?: { line: number; says: string };
    };

export const ISSUE_12_CASES: Issue12Case[] = [
  // '+ Choice 1 / + Choice 2 / - -> talk': nothing ever leaves the knot.
  {
    file: 'loops/choice-loop-no-end.ink',
    problem: { line: 12, says: 'no choice ever reaches an end' },
  },
  // '=== loop === Round and round. -> loop': text for ever, no choice.
  { file: 'loops/loop-no-choice.ink', problem: { line: 11, says: 'loops without a choice' } },
  // Three once-only questions and a repeatable glance (a cost only), then the key ends it.
  {
    file: 'loops/sticky-hub.ink',
    title: 'The questions desk',
    endings: { 'Checked in': 5 },
    maxTotal: 4,
    max: { listening: 1, empathy: 2, community: 1 },
  },
  // Ten decisions of +1 / 0 / -1 listening, each merged into the next knot: 3^10 paths.
  {
    file: 'loops/ten-merged.ink',
    title: 'Ten decisions',
    endings: { 'All answered': 59049 },
    maxTotal: 10,
    max: { listening: 10 },
  },
  // '{~ -> caller_a | -> caller_b}': both callers, two endings each.
  {
    file: 'loops/random-branch.ink',
    title: 'Who answers the phone',
    endings: {
      'Booking confirmed': 1,
      'Call back later': 1,
      'Delivery rebooked': 1,
      'Passed on': 1,
    },
    maxTotal: 3,
    max: { listening: 2, foresight: 3 },
  },
  // '{RANDOM(1, 100) == 37: -> owner | -> guest}': the owner comes one roll in a hundred.
  {
    file: 'loops/rare-roll.ink',
    title: 'The guest who owns the hotel',
    endings: {
      'Shown the way': 1,
      'Left to the stairs': 1,
      'Told the owner': 1,
      'Kept it quiet': 1,
    },
    maxTotal: 3,
    max: { empathy: 1, stewardship: 3 },
  },
  // The cupboard or the porter (+1), then RANDOM(1, 2) decides whether the umbrella is there
  // (+2 empathy, or +1 for lending one): no choice is sure of finding it.
  {
    file: 'loops/coin-toss.ink',
    title: 'The lost umbrella',
    endings: {
      'Umbrella returned': 2,
      'Left at the desk': 1,
      'Sent to the porter': 1,
      'Lent an umbrella': 2,
      'Gone for good': 2,
    },
    maxTotal: 3,
    max: { foresight: 1, listening: 1, empathy: 2 },
    warns: {
      line: 12,
      says: 'luck decides how much a learner can earn: the best play is sure of 2 points whatever the rolls, and earns 3 points',
    },
  },
  // 'LIST_RANDOM(LIST_ALL(complaints))': one of three cards, two endings each.
  {
    file: 'loops/list-random.ink',
    title: 'The complaint card',
    endings: {
      'Quiet room': 1,
      'Another loud night': 1,
      'Towels brought': 1,
      'Wait for housekeeping': 1,
      'Back online': 1,
      'Sent to the café': 1,
    },
    maxTotal: 2,
    max: { empathy: 2, stewardship: 1, foresight: 1, listening: 1 },
    warns: {
      line: 11,
      says: 'luck decides how much a learner can earn: the best play is sure of 1 point whatever the rolls, and earns 2 points',
    },
  },
  {
    file: 'inky/external-fallback.ink',
    title: 'Dice from the game',
    endings: { 'On his way': 2 },
    maxTotal: 1,
    max: { listening: 1 },
  },
  {
    file: 'inky/external-no-fallback.ink',
    problem: { line: 8, says: "EXTERNAL function 'roll_dice' has no ink fallback" },
  },
  {
    file: 'inky/nested-include.ink',
    title: 'Nested includes',
    endings: { 'On his way': 2 },
    maxTotal: 1,
    max: { listening: 1 },
  },
  {
    file: 'inky/include-first.ink',
    title: 'Included first',
    endings: { 'On his way': 2 },
    maxTotal: 1,
    max: { listening: 1 },
  },
  {
    file: 'inky/bom.ink',
    title: 'Saved with a BOM',
    endings: { 'On his way': 2 },
    maxTotal: 1,
    max: { listening: 1 },
  },
  // '#mood: calm -> booked' and '#ending: Sent away -> END': the divert ends the tag.
  {
    file: 'inky/tag-divert.ink',
    title: 'Tags before diverts',
    endings: { 'On his way': 1, 'Sent away': 1 },
    maxTotal: 1,
    max: { listening: 1 },
  },
  // '# author: Jo Writer' is outside the contract: a warning, and the story still builds.
  {
    file: 'inky/author-tag.ink',
    title: 'With an author',
    endings: { 'On his way': 2 },
    maxTotal: 1,
    max: { listening: 1 },
    warns: { line: 7, says: "unknown tag 'author:'" },
  },
];
