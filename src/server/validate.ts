import {
  isJoinCode,
  JOIN_CODE_ALPHABET,
  normalizeJoinCode,
  normalizeRecoveryCode,
} from '../protocol/join-code.ts';
import { LIMITS } from '../protocol/limits.ts';
import { HOST_ACTIONS, type HostAction } from '../protocol/phases.ts';
import type { Result } from '../core/result.ts';
import type { WorkshopError } from '../protocol/replies.ts';
import { cleanTeamName } from './team-name.ts';

/** The kinds of field a request may carry, each with its own shape check. */
type FieldKind =
  | 'code'
  | 'token'
  | 'teamId'
  | 'action'
  | 'storyId'
  | 'name'
  | 'hash'
  | 'count'
  | 'recovery';

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;
const TEAM_ID = /^[A-Za-z0-9_-]{8,32}$/;
const STORY_ID = /^[A-Za-z0-9_.-]{1,80}$/;
const HASH = /^[0-9a-f]{1,32}$/;
const RECOVERY = new RegExp(`^[${JOIN_CODE_ALPHABET}]{12}$`);

export const SCHEMAS = {
  'stories:list': {},
  'host:open': { storyId: 'storyId' },
  'host:resume': { code: 'code', hostToken: 'token' },
  'host:action': { code: 'code', hostToken: 'token', action: 'action' },
  'host:export': { code: 'code', hostToken: 'token' },
  'host:remove-team': { code: 'code', hostToken: 'token', teamId: 'teamId' },
  'host:recover': { code: 'code', recovery: 'recovery' },
  'team:join': { code: 'code', name: 'name', device: 'token' },
  'team:rejoin': { code: 'code', teamId: 'teamId', token: 'token' },
  'team:debrief': { code: 'code', teamId: 'teamId', token: 'token' },
  'team:choose': {
    code: 'code',
    teamId: 'teamId',
    token: 'token',
    hash: 'hash',
    step: 'count',
    index: 'count',
  },
} as const satisfies Record<string, Record<string, FieldKind>>;

export type EventName = keyof typeof SCHEMAS;
type KindValue<K> = K extends 'count' ? number : K extends 'action' ? HostAction : string;
export type Payload<E extends EventName> = {
  -readonly [F in keyof (typeof SCHEMAS)[E]]: KindValue<(typeof SCHEMAS)[E][F]>;
};

export type Parsed<T> = Result<T, WorkshopError>;

const invalid = (message: string): { ok: false; error: WorkshopError } => ({
  ok: false,
  error: { code: 'invalid', message },
});

/** The field's value as the request will carry it, or undefined when it is not of its kind. */
function field(kind: FieldKind, value: unknown): unknown {
  if (kind === 'count') {
    return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) < 1_000
      ? value
      : undefined;
  }
  if (typeof value !== 'string') return undefined;
  if (kind === 'code') {
    const code = normalizeJoinCode(value.slice(0, 20));
    return isJoinCode(code) ? code : undefined;
  }
  if (kind === 'name') {
    const name = cleanTeamName(value);
    return name.length >= 1 && [...name].length <= LIMITS.teamNameChars ? name : undefined;
  }
  if (kind === 'token') return kept(TOKEN.test(value), value);
  if (kind === 'recovery') {
    const code = normalizeRecoveryCode(value.slice(0, 40));
    return kept(RECOVERY.test(code), code);
  }
  if (kind === 'teamId') return kept(TEAM_ID.test(value), value);
  if (kind === 'action') return kept((HOST_ACTIONS as readonly string[]).includes(value), value);
  if (kind === 'storyId') return kept(STORY_ID.test(value), value);
  return kept(HASH.test(value), value);
}

function kept(test: boolean, value: string): string | undefined {
  return test ? value : undefined;
}

const FIELD_HELP: Record<FieldKind, string> = {
  code: `a join code of 6 characters`,
  token: 'a token as the server issued it',
  teamId: 'a team id as the server issued it',
  action: `one of ${HOST_ACTIONS.join(', ')}`,
  storyId: 'a scenario id',
  name: `a team name of 1 to ${LIMITS.teamNameChars} characters`,
  hash: 'the story hash the server sent',
  count: 'a whole number from 0 to 999',
  recovery: 'the 12-character recovery code shown when the session opened',
};

/**
 * The payload's length as JSON, or a bound above it when that bound is within the limit: every
 * character of a key or a string takes at most 6 characters as JSON (\uXXXX), a number, a
 * boolean or null at most 24. Anything else, or a bound over the limit, is serialised to count it
 * exactly: a request of a few short fields is not turned into JSON a second time.
 */
function jsonLength(data: Record<string, unknown>): number {
  let bound = 2;
  for (const key of Object.keys(data)) {
    const value = data[key];
    bound += key.length * 6 + 4; // the quotes, the colon and a comma
    if (typeof value === 'string') bound += value.length * 6 + 2;
    else if (typeof value === 'number' || typeof value === 'boolean' || value === null) bound += 24;
    else return JSON.stringify(data).length;
  }
  return bound <= LIMITS.messageChars ? bound : JSON.stringify(data).length;
}

/** Checks a request against its schema: exact fields, right shapes, nothing more. */
export function parsePayload<E extends EventName>(event: E, raw: unknown): Parsed<Payload<E>> {
  const schema: Record<string, FieldKind> = SCHEMAS[event];
  const data = raw == null && Object.keys(schema).length === 0 ? {} : raw;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return invalid(
      `'${event}' needs an object with ${Object.keys(schema).join(', ') || 'no fields'}`,
    );
  }
  let size: number;
  try {
    size = jsonLength(data as Record<string, unknown>);
  } catch {
    return invalid(`'${event}' could not be read as JSON`);
  }
  if (size > LIMITS.messageChars) {
    return {
      ok: false,
      error: {
        code: 'too-large',
        message: `a request may not exceed ${LIMITS.messageChars} characters`,
      },
    };
  }
  // Own fields only: `constructor` or `__proto__` would pass an `in` test through the prototype.
  const extra = Object.keys(data).filter((k) => !Object.hasOwn(schema, k));
  if (extra.length > 0) return invalid(`'${event}' does not take ${extra.join(', ')}`);
  const value: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(schema)) {
    const checked = field(kind, (data as Record<string, unknown>)[name]);
    if (checked === undefined) return invalid(`'${name}' must be ${FIELD_HELP[kind]}`);
    value[name] = checked;
  }
  return { ok: true, value: value as Payload<E> };
}
