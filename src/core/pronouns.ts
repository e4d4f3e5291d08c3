/**
 * How the debrief refers to the customer in its own sentences: the story's optional global tag
 * `# pronouns: she/her` (or `he/him`, `they/them`). Without one it says "they".
 */
export const PRONOUNS = { 'she/her': 'she', 'he/him': 'he', 'they/them': 'they' } as const;
export type Pronoun = (typeof PRONOUNS)[keyof typeof PRONOUNS];

/** The pronoun a `pronouns:` tag's value names, or undefined when it is not one the game knows. */
export function pronounOf(value: string): Pronoun | undefined {
  const key = value.toLowerCase().replace(/\s+/g, '') as keyof typeof PRONOUNS;
  return PRONOUNS[key];
}

/** The customer as the subject of a sentence the game writes: "she", "he", or "they". */
export const subjectOf = (pronoun: Pronoun | undefined): Pronoun => pronoun ?? 'they';
