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
  /** The glossary: what a writer scores this quality for, and what it is not. */
  rewards: string;
  not: string;
}

/** The ten qualities, with the glossary writers tag by and learners read on the debrief. */
export const QUALITIES: readonly QualityInfo[] = [
  {
    id: 'listening',
    label: 'Listening',
    means: 'Hearing what the customer needs before answering.',
    rewards: 'asking, hearing out, checking you understood before you act',
    not: 'waiting for your turn to speak, or asking for details the system wants',
  },
  {
    id: 'empathy',
    label: 'Empathy',
    means: 'Accepting the person and how they feel, not only the problem.',
    rewards: 'understanding and acknowledging this person’s situation and feelings',
    not: 'rescue: giving away what is not yours, or promising what you cannot keep',
  },
  {
    id: 'healing',
    label: 'Healing',
    means: 'Repairing the harm and the trust, not just the fault.',
    rewards: 'owning a mistake, mending the relationship, making amends that fit',
    not: 'reassurance you cannot back up, or compensation instead of a fix',
  },
  {
    id: 'awareness',
    label: 'Awareness',
    means: 'Noticing what is going on, in the customer and in yourself.',
    rewards: 'noticing the signs, the time, the queue, your own reaction',
    not: 'hurrying past what you saw, or noticing without acting on it',
  },
  {
    id: 'persuasion',
    label: 'Persuasion',
    means: 'Bringing people along by reasons, not by rank or rules.',
    rewards: 'a plain, honest case that lets people decide for themselves',
    not: 'pressure, pulling rank, or reading out the policy',
  },
  {
    id: 'conceptualization',
    label: 'Conceptualization',
    means: 'Seeing past today’s task to what the service is for.',
    rewards: 'seeing what the service is for and finding a way the task list missed',
    not: 'an honest diagnosis alone, or a clever workaround that skips the people involved',
  },
  {
    id: 'foresight',
    label: 'Foresight',
    means: 'Seeing what this choice will lead to, and acting before it does.',
    rewards: 'acting now on what this choice will lead to later',
    not: 'filing a ticket for later while the problem stays with the customer now',
  },
  {
    id: 'stewardship',
    label: 'Stewardship',
    means: 'Holding the place, its people and its resources in trust.',
    rewards:
      'holding in trust what is others’: cash, safety, the next guest, a colleague’s time, a promise made',
    not: 'compliance: following the rule because it is the rule',
  },
  {
    id: 'growth',
    label: 'Growth of people',
    means: 'Leaving the people you serve, and your colleagues, more able.',
    rewards: 'leaving a colleague or customer more able than before',
    not: 'sending a link or a brush-off and calling it teaching',
  },
  {
    id: 'community',
    label: 'Building community',
    means: 'Turning a transaction into a relationship worth returning to.',
    rewards: 'working with colleagues and building a relationship worth returning to',
    not: 'a cold transfer, or handing the problem to someone else',
  },
];

/** One glossary line, as the debrief shows it. */
export const glossaryLine = (q: QualityInfo) =>
  `${q.means} Scored for ${q.rewards}; not for ${q.not}.`;

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
