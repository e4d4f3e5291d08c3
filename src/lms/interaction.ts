import type { DecisionRecord } from '../adapters/learning-record.ts';
import type { QualityId } from '../core/qualities.ts';

/** One decision as an LMS interaction: what was chosen and whether it served. */
export interface Interaction {
  storyId: string;
  number: number;
  /** 'correct' when the choice moved the qualities up on balance, 'wrong' when down. */
  result: 'correct' | 'wrong' | 'neutral';
  /** SCORM 1.2 'choice' responses are single characters: a, b, c… */
  letter: string;
  /** SCORM 2004 responses are identifiers: the chosen text as a readable slug. */
  slug: string;
  description: string;
  qualities: QualityId[];
  at: Date;
}

export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'choice';
}

export function interactionOf(d: DecisionRecord, at: Date): Interaction {
  const net = d.effects.reduce((sum, e) => sum + e.amount, 0);
  const letter = d.chosenIndex < 26 ? String.fromCharCode(97 + d.chosenIndex) : '0';
  return {
    storyId: d.storyId,
    number: d.number,
    result: net > 0 ? 'correct' : net < 0 ? 'wrong' : 'neutral',
    letter,
    slug: slugOf(d.chosen),
    description: `${d.title}, decision ${d.number}: ${d.chosen}`.slice(0, 250),
    qualities: [...new Set(d.effects.map((e) => e.quality))],
    at,
  };
}
