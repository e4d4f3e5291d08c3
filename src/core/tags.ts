import { QUALITY_IDS, isQuality, type QualityId } from './qualities.ts';
import { MOODS, isMood, type Mood } from './moods.ts';
import { BARRIER_IDS, isBarrier, type BarrierId } from './barriers.ts';
import { closest } from './suggest.ts';
import { parseLook, type Look } from './looks.ts';
import { presenceNames, type PresenceChange } from './presence.ts';
import type { Result } from './result.ts';
import { PRONOUNS, pronounOf, type Pronoun } from './pronouns.ts';

export const GLOBAL_KEYS = ['title', 'summary', 'role', 'setting', 'customer', 'minutes'] as const;
export type GlobalKey = (typeof GLOBAL_KEYS)[number];

export const LINE_KEYS = [
  'speaker',
  'mood',
  'scene',
  'sfx',
  'ambience',
  'ending',
  'outcome',
  'look',
  'onstage',
  'enter',
  'leave',
  'call',
  'chat',
] as const;

/** What an ending may say about the customer, overriding the mood test: '#outcome: better-off'. */
export const OUTCOMES = ['better-off', 'no-better', 'worse-off'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const CHOICE_KEYS = ['feedback', 'barrier'] as const;
/**
 * Optional global tags: `# scoring: approximate` ships a story whose exploration hits a bound;
 * `# pronouns: she/her` is how the debrief refers to the customer (else "they").
 */
export const OPTION_KEYS = ['scoring', 'pronouns'] as const;
const KNOWN_KEYS: readonly string[] = [
  ...GLOBAL_KEYS,
  ...OPTION_KEYS,
  ...LINE_KEYS,
  ...CHOICE_KEYS,
];

export type Tag =
  | { kind: 'quality'; quality: QualityId; amount: number }
  | { kind: 'feedback'; text: string }
  | { kind: 'barrier'; id: BarrierId }
  | { kind: 'ending'; title: string }
  | { kind: 'outcome'; outcome: Outcome }
  | { kind: 'speaker'; name: string }
  | { kind: 'look'; name: string; look: Look }
  | { kind: 'presence'; change: PresenceChange }
  | { kind: 'mood'; mood: Mood }
  | { kind: 'scene'; id: string }
  | { kind: 'sfx'; id: string }
  | { kind: 'ambience'; id: string }
  | { kind: 'global'; key: GlobalKey; value: string }
  | { kind: 'scoring'; approximate: true }
  | { kind: 'pronouns'; pronoun: Pronoun };

export interface TagProblem {
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
}

export type TagResult = Result<Tag, TagProblem>;

const SCORE_TAG = /^([A-Za-z][\w-]*)\s*:?\s*([+-])\s*(\d+)$/;
const KEY_VALUE_TAG = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/s;
const ID_VALUE = /^[a-z0-9][a-z0-9-]*$/;

function error(message: string, hint?: string): TagResult {
  return { ok: false, error: { severity: 'error', message, ...(hint ? { hint } : {}) } };
}

/** A tag the contract does not know: Inky writers add their own (`# author:`), so it only warns. */
function unknown(message: string, guess: string | undefined): TagResult {
  const hint = `${guess ? `did you mean '${guess}'? ` : ''}the game ignores tags outside the contract, see docs/writing-stories.md`;
  return { ok: false, error: { severity: 'warning', message, hint } };
}

function parseScore(name: string, sign: string, digits: string): TagResult {
  const quality = name.toLowerCase();
  if (!isQuality(quality)) {
    const guess = closest(quality, QUALITY_IDS);
    return error(
      `unknown quality '${name}'`,
      guess ? `did you mean '${guess}'?` : `qualities are: ${QUALITY_IDS.join(', ')}`,
    );
  }
  const amount = Number(digits) * (sign === '-' ? -1 : 1);
  if (amount === 0)
    return error(`'#${name} ${sign}${digits}' scores nothing`, 'use +1 to +3 or -1 to -3');
  return { ok: true, value: { kind: 'quality', quality, amount } };
}

function parseKeyValue(rawKey: string, value: string): TagResult {
  const key = rawKey.toLowerCase();
  if (!KNOWN_KEYS.includes(key)) {
    return unknown(`unknown tag '${rawKey}:'`, closest(key, [...KNOWN_KEYS, ...QUALITY_IDS]));
  }
  if (value === '') return error(`tag '${key}:' has no value`);
  if ((GLOBAL_KEYS as readonly string[]).includes(key)) {
    if (key === 'minutes' && !/^\d+(\.\d+)?$/.test(value)) {
      return error(`'minutes:' must be a number, got '${value}'`);
    }
    return { ok: true, value: { kind: 'global', key: key as GlobalKey, value } };
  }
  switch (key) {
    case 'scoring':
      if (value.toLowerCase() !== 'approximate')
        return error(`'scoring:' takes only 'approximate', got '${value}'`);
      return { ok: true, value: { kind: 'scoring', approximate: true } };
    case 'pronouns': {
      const pronoun = pronounOf(value);
      // Only the debrief's wording depends on it: a value it does not know warns, and "they" stays.
      if (!pronoun)
        return {
          ok: false,
          error: {
            severity: 'warning',
            message: `unknown pronouns '${value}': the debrief says 'they'`,
            hint: `pronouns are: ${Object.keys(PRONOUNS).join(', ')}`,
          },
        };
      return { ok: true, value: { kind: 'pronouns', pronoun } };
    }
    case 'feedback':
      return { ok: true, value: { kind: 'feedback', text: value } };
    case 'barrier': {
      const id = value.toLowerCase();
      if (!isBarrier(id)) {
        const guess = closest(id, BARRIER_IDS);
        return error(
          `unknown barrier '${value}'`,
          guess ? `did you mean '${guess}'?` : `barriers are: ${BARRIER_IDS.join(', ')}`,
        );
      }
      return { ok: true, value: { kind: 'barrier', id } };
    }
    case 'ending':
      return { ok: true, value: { kind: 'ending', title: value } };
    case 'outcome': {
      const outcome = OUTCOMES.find((o) => o === value.toLowerCase());
      if (!outcome)
        return error(`unknown outcome '${value}'`, `outcomes are: ${OUTCOMES.join(', ')}`);
      return { ok: true, value: { kind: 'outcome', outcome } };
    }
    case 'speaker':
      return { ok: true, value: { kind: 'speaker', name: value } };
    case 'look': {
      const look = parseLook(value);
      if (!look.ok) return error(look.error.message, look.error.hint);
      return { ok: true, value: { kind: 'look', ...look.value } };
    }
    case 'onstage':
    case 'enter':
    case 'leave':
    case 'call':
    case 'chat': {
      const names = presenceNames(value);
      if (key !== 'onstage' && names.length === 0)
        return error(
          `'${key}:' needs a name`,
          `e.g. '#${key}: Priya'; '#onstage: nobody' empties the stage`,
        );
      if ((key === 'call' || key === 'chat') && names.length > 1)
        return error(
          `'${key}:' takes one name, got '${value}'`,
          'one person at a time is on the line',
        );
      return { ok: true, value: { kind: 'presence', change: { kind: key, names } } };
    }
    case 'mood': {
      const mood = value.toLowerCase();
      if (!isMood(mood)) return error(`unknown mood '${value}'`, `moods are: ${MOODS.join(', ')}`);
      return { ok: true, value: { kind: 'mood', mood } };
    }
    default: {
      if (!ID_VALUE.test(value)) {
        return error(`'${key}:' needs an id in lower case with dashes, got '${value}'`);
      }
      return { ok: true, value: { kind: key as 'scene' | 'sfx' | 'ambience', id: value } };
    }
  }
}

/** Parses one ink tag (the text after '#') against the story-tag contract. */
export function parseTag(raw: string): TagResult {
  const text = raw.trim().replace(/^#\s*/, '');
  if (text === '') return error('empty tag');
  const score = SCORE_TAG.exec(text);
  if (score) return parseScore(score[1] ?? '', score[2] ?? '+', score[3] ?? '0');
  const keyValue = KEY_VALUE_TAG.exec(text);
  if (keyValue) return parseKeyValue(keyValue[1] ?? '', (keyValue[2] ?? '').trim());
  const word = text.split(/\s+/)[0] ?? text;
  if (isQuality(word.toLowerCase())) {
    return error(
      `quality tag '#${text}' has no amount`,
      `write it as '#${word.toLowerCase()} +1' or '-1'`,
    );
  }
  return unknown(`unknown tag '#${text}'`, closest(word, [...KNOWN_KEYS, ...QUALITY_IDS]));
}
