/** Greenleaf's ten servant-leadership qualities, as the story-tag contract names them. */
export const QUALITY_IDS = [
  'listening',
  'empathy',
  'healing',
  'awareness',
  'persuasion',
  'conceptualization',
  'foresight',
  'stewardship',
  'growth',
  'community',
] as const;

export type QualityId = (typeof QUALITY_IDS)[number];

export interface QualityInfo {
  id: QualityId;
  label: string;
  /** One line a new hire can act on. */
  means: string;
}

export const QUALITIES: readonly QualityInfo[] = [
  {
    id: 'listening',
    label: 'Listening',
    means: 'Hearing what the customer needs before answering.',
  },
  {
    id: 'empathy',
    label: 'Empathy',
    means: 'Accepting the person and how they feel, not only the problem.',
  },
  {
    id: 'healing',
    label: 'Healing',
    means: 'Repairing the harm and the trust, not just the fault.',
  },
  {
    id: 'awareness',
    label: 'Awareness',
    means: 'Noticing what is going on, in the customer and in yourself.',
  },
  {
    id: 'persuasion',
    label: 'Persuasion',
    means: 'Bringing people along by reasons, not by rank or rules.',
  },
  {
    id: 'conceptualization',
    label: 'Conceptualization',
    means: 'Seeing past today’s task to what the service is for.',
  },
  {
    id: 'foresight',
    label: 'Foresight',
    means: 'Seeing what this choice will lead to, and acting before it does.',
  },
  {
    id: 'stewardship',
    label: 'Stewardship',
    means: 'Holding the place, its people and its resources in trust.',
  },
  {
    id: 'growth',
    label: 'Growth of people',
    means: 'Leaving the people you serve, and your colleagues, more able.',
  },
  {
    id: 'community',
    label: 'Building community',
    means: 'Turning a transaction into a relationship worth returning to.',
  },
];

const QUALITY_SET: ReadonlySet<string> = new Set(QUALITY_IDS);

export function isQuality(name: string): name is QualityId {
  return QUALITY_SET.has(name);
}

export function qualityLabel(id: QualityId): string {
  return QUALITIES.find((q) => q.id === id)?.label ?? id;
}

export type Scores = Record<QualityId, number>;

export function zeroScores(): Scores {
  return Object.fromEntries(QUALITY_IDS.map((q) => [q, 0])) as Scores;
}
