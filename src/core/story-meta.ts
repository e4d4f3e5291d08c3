import type { Pronoun } from './pronouns.ts';
import { GLOBAL_KEYS, parseTag, type GlobalKey, type TagProblem } from './tags.ts';

export interface StoryMeta {
  title: string;
  summary: string;
  role: string;
  setting: string;
  customer: string;
  minutes: number;
  /** Set by `# scoring: approximate`: the story may ship with approximate score ranges. */
  scoring?: 'approximate';
  /** Set by `# pronouns:`: how the debrief refers to the customer (else "they"). */
  pronoun?: Pronoun;
}

export interface MetaResult {
  meta: StoryMeta;
  problems: TagProblem[];
}

const FALLBACK: Record<GlobalKey, string> = {
  title: 'Untitled story',
  summary: '',
  role: 'Team member',
  setting: 'default',
  customer: 'The customer',
  minutes: '5',
};

/** Reads the contract's global tags; a missing one is reported and given a visible fallback. */
export function parseStoryMeta(globalTags: readonly string[] | null | undefined): MetaResult {
  const found: Partial<Record<GlobalKey, string>> = {};
  const problems: TagProblem[] = [];
  let approximate = false;
  let pronoun: Pronoun | undefined;
  for (const raw of globalTags ?? []) {
    const result = parseTag(raw);
    if (!result.ok) {
      problems.push(result.error);
    } else if (result.value.kind === 'global') {
      found[result.value.key] = result.value.value;
    } else if (result.value.kind === 'scoring') {
      approximate = true;
    } else if (result.value.kind === 'pronouns') {
      pronoun = result.value.pronoun;
    }
  }
  for (const key of GLOBAL_KEYS) {
    if (found[key] === undefined) {
      problems.push({
        severity: 'error',
        message: `missing global tag '# ${key}:'`,
        hint: 'put the global tags at the very top of the story, before any text',
      });
    }
  }
  const value = (key: GlobalKey) => found[key] ?? FALLBACK[key];
  return {
    meta: {
      title: value('title'),
      summary: value('summary'),
      role: value('role'),
      setting: value('setting'),
      customer: value('customer'),
      minutes: Number(value('minutes')),
      ...(approximate ? { scoring: 'approximate' as const } : {}),
      ...(pronoun ? { pronoun } : {}),
    },
    problems,
  };
}

/** Whether the story opted in to shipping with approximate score ranges. */
export function approximateAllowed(meta: StoryMeta | undefined): boolean {
  return meta?.scoring === 'approximate';
}
