import type { StoryLine } from '../core/beat.ts';
import type { Encounter } from '../core/encounter.ts';
import type { TeamLine, TeamStep } from '../protocol/team-play.ts';

/**
 * What a team device may see of a line: the words and how to stage them. An ending's `#outcome:`
 * is judgement, so it stays on the server with the scores and feedback.
 */
function teamLine(line: StoryLine): TeamLine {
  const { text, speaker, mood, scene, ambience, sfx, ending } = line;
  return {
    text,
    sfx: [...sfx],
    ...(speaker !== undefined ? { speaker } : {}),
    ...(mood !== undefined ? { mood } : {}),
    ...(scene !== undefined ? { scene } : {}),
    ...(ambience !== undefined ? { ambience } : {}),
    ...(ending !== undefined ? { ending } : {}),
  };
}

/**
 * The step a team is on, as its device shows it: the lines given (the whole transcript on
 * (re)joining, the newest beat after a choice), then only the options' words. No score tags, no
 * feedback, no seed: a device cannot work out which option serves best before the reveal.
 */
export function teamStep(encounter: Encounter, lines: readonly StoryLine[]): TeamStep {
  const { ending } = encounter;
  return {
    lines: lines.map(teamLine),
    choices: encounter.ended ? [] : encounter.choices.map((c) => c.text),
    mood: encounter.mood,
    scene: encounter.scene,
    ended: encounter.ended,
    ...(ending !== undefined ? { ending } : {}),
  };
}
