import type { Phase } from '../protocol/phases.ts';
import type { SessionRecord, TeamRecord } from './store.ts';
import type { WorkshopStory } from './workshop-story.ts';

// A stored row read back, checked field by field: both stores keep the same columns (flags as
// 0/1, times as milliseconds), so one set of readers reports a bad row the same way in each.
const PHASES: readonly Phase[] = ['lobby', 'playing', 'locked', 'revealed', 'ended'];
export const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
export const isInt = (v: unknown): v is number => Number.isSafeInteger(v);

export type Row = Record<string, unknown>;

export function sessionOf(r: Row): SessionRecord | string {
  if (!isText(r.id) || !isText(r.code) || !isText(r.story_hash)) return 'missing id, code or story';
  if (!isInt(r.seed) || !isInt(r.created_at)) return 'seed or created_at is not a number';
  if (!PHASES.includes(r.phase as Phase)) return `unknown phase '${String(r.phase)}'`;
  if (!isText(r.host_token_hash)) return 'no host token';
  return {
    id: r.id,
    code: r.code,
    storyHash: r.story_hash,
    seed: r.seed,
    phase: r.phase as Phase,
    revealed: r.revealed === 1,
    hostTokenHash: r.host_token_hash,
    recoveryHash: typeof r.recovery_hash === 'string' ? r.recovery_hash : '',
    joiningClosed: r.joining_closed === 1,
    createdAt: r.created_at,
    endedAt: isInt(r.ended_at) ? r.ended_at : null,
  };
}

export function teamOf(r: Row): TeamRecord | string {
  if (!isText(r.id) || !isText(r.session_id) || !isText(r.token_hash)) return 'missing id or token';
  if (typeof r.name !== 'string' || !isInt(r.joined_at)) return 'name or joined_at malformed';
  return {
    id: r.id,
    sessionId: r.session_id,
    name: r.name,
    tokenHash: r.token_hash,
    joinedAt: r.joined_at,
    device: typeof r.device === 'string' ? r.device : '',
  };
}

export function storyOf(r: Row): WorkshopStory | string {
  try {
    const story = JSON.parse(String(r.story)) as WorkshopStory;
    if (!isText(story.json) || !isText(story.hash) || typeof story.meta !== 'object') {
      return 'not a compiled story';
    }
    return story;
  } catch (err) {
    return `not JSON (${(err as Error).message})`;
  }
}
