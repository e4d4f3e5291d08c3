import type { ChoiceOption, StoryLine } from '../core/beat.ts';
import { Encounter, type Decision } from '../core/encounter.ts';
import { START, type StoryMap } from './story-map.ts';

/** What the playtest pane shows, in order: the story's lines and the choices taken between them. */
export type LogEntry = { kind: 'line'; line: StoryLine } | { kind: 'choice'; option: ChoiceOption };

/** One playtest of the Studio's text: the learner's own engine, plus a log to show it by. */
export class Playtest {
  /** The playthrough itself: the same Encounter the game runs. */
  readonly session: Encounter;
  readonly log: LogEntry[] = [];

  constructor(
    readonly json: string,
    readonly seed: number,
    encounter?: Encounter,
  ) {
    this.session = encounter ?? new Encounter(json, { seed });
    const { decisions, transcript } = this.session;
    this.logLines(decisions[0]?.prompt ?? transcript);
    for (const d of decisions) this.logDecision(d);
    this.session.on('decision', (d) => this.logDecision(d));
  }

  choose(index: number): void {
    this.session.choose(index);
  }

  private logDecision(decision: Decision): void {
    const option = decision.options[decision.chosen];
    if (option) this.log.push({ kind: 'choice', option });
    this.logLines(decision.reply);
  }

  private logLines(lines: readonly StoryLine[]): void {
    for (const line of lines) if (line.text !== '') this.log.push({ kind: 'line', line });
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
  const { encounter, mismatch } = Encounter.replay(json, path, { seed });
  const playtest = new Playtest(json, seed, encounter);
  return mismatch ? { playtest, stoppedAt: mismatch.at } : { playtest };
}

/** The knots and stitches (`knot`, `knot.stitch`) an encounter has been through so far. */
export function visitedKnots(encounter: Encounter, ids: readonly string[]): Set<string> {
  return new Set(ids.filter((id) => encounter.visits(id) > 0));
}

/** The map's nodes a playtest has been through: the start, each knot and stitch, the end reached. */
export function visitedNodes(map: StoryMap, playtest: Playtest | undefined): Set<string> {
  if (!playtest) return new Set();
  const { session } = playtest;
  const ids = map.nodes.filter((n) => n.kind === 'knot' || n.kind === 'stitch').map((n) => n.id);
  const visited = visitedKnots(session, ids);
  visited.add(START);
  if (session.ended) for (const end of ['END', 'DONE']) visited.add(end);
  return visited;
}
