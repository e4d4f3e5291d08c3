import { Story } from 'inkjs';
import type { ChoiceOption, StoryLine } from '../core/beat.ts';
import { EncounterSession } from '../core/session.ts';
import { START, type StoryMap } from './story-map.ts';

/** What the playtest pane shows, in order: the story's lines and the choices taken between them. */
export type LogEntry = { kind: 'line'; line: StoryLine } | { kind: 'choice'; option: ChoiceOption };

/** One playtest of the Studio's text: the learner's own session, plus a log to show it by. */
export class Playtest {
  readonly session: EncounterSession;
  readonly log: LogEntry[] = [];

  constructor(
    readonly json: string,
    readonly seed: number,
  ) {
    this.session = new EncounterSession(json, seed);
    this.logLinesFrom(0);
  }

  choose(index: number): void {
    const option = this.session.choices[index];
    if (!option) return;
    const before = this.session.transcript.length;
    this.session.choose(index);
    this.log.push({ kind: 'choice', option });
    this.logLinesFrom(before);
  }

  private logLinesFrom(start: number): void {
    for (const line of this.session.transcript.slice(start)) this.log.push({ kind: 'line', line });
  }
}

/**
 * Plays `path` again through an edited story, so a trainer keeps their place while typing; says at
 * which decision the path stopped fitting when the edit changed the choices.
 */
export function replayPlaytest(
  json: string,
  seed: number,
  path: readonly number[],
): { playtest: Playtest; stoppedAt?: number } {
  const playtest = new Playtest(json, seed);
  for (const [step, index] of path.entries()) {
    if (index >= playtest.session.choices.length) return { playtest, stoppedAt: step };
    playtest.choose(index);
  }
  return { playtest };
}

/**
 * The knots and stitches a path went through, for the map. The session keeps its ink Story to
 * itself, so this replays the path in a Story of its own and reads the visit counts, which the
 * Studio's compile keeps for every knot and stitch.
 */
export function visitedPaths(
  json: string,
  seed: number,
  path: readonly number[],
  ids: readonly string[],
): Set<string> {
  const story = new Story(json);
  story.state.storySeed = seed;
  story.onError = () => {}; // the session reports runtime problems; counting visits stays quiet
  const flow = () => {
    while (story.canContinue) story.Continue();
  };
  flow();
  for (const index of path) {
    if (index >= story.currentChoices.length) break;
    story.ChooseChoiceIndex(index);
    flow();
  }
  const visited = new Set<string>();
  for (const id of ids) {
    try {
      if ((story.state.VisitCountAtPathString(id) ?? 0) > 0) visited.add(id);
    } catch {
      // a name the source map found but the compiled story lacks: not visited
    }
  }
  return visited;
}

/** The map's nodes a playtest has been through: the start, each knot and stitch, the end reached. */
export function visitedNodes(map: StoryMap, playtest: Playtest | undefined): Set<string> {
  if (!playtest) return new Set();
  const { json, seed, session } = playtest;
  const ids = map.nodes.filter((n) => n.kind === 'knot' || n.kind === 'stitch').map((n) => n.id);
  const visited = visitedPaths(json, seed, session.path, ids);
  visited.add(START);
  if (session.ended) for (const end of ['END', 'DONE']) visited.add(end);
  return visited;
}
