import type { StoryLine } from './beat.ts';

/** How someone not in the room takes part: a phone or radio call, or a chat on a screen. */
export type Remote = 'call' | 'chat';

/** A '#onstage:', '#enter:', '#leave:', '#call:' or '#chat:' tag on a line. */
export interface PresenceChange {
  kind: 'onstage' | 'enter' | 'leave' | Remote;
  names: string[];
}

/** Who the picture shows: the people in the room, anyone on a call, and who is talking. */
export interface Cast {
  present: string[];
  remote?: { name: string; via: Remote };
  speaking?: string;
}

/** More than this many people in the room and the oldest arrival (never the customer) steps out. */
export const MOST_ON_STAGE = 3;

/** The learner is never drawn: the picture is what they see. */
const LEARNER = 'You';

export const NOBODY = ['nobody', 'none', 'no one'];

/** Reads a tag's value as names: 'Helen Marsh, Priya'; 'nobody' is the empty list. */
export function presenceNames(value: string): string[] {
  const names = value
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  return names.length === 1 && NOBODY.includes((names[0] ?? '').toLowerCase()) ? [] : names;
}

/** Before any line: the customer is there, as stories without presence tags assume. */
export function openingCast(customer: string): Cast {
  return { present: customer ? [customer] : [] };
}

function join(present: string[], name: string, customer: string): string[] {
  if (present.includes(name)) return present;
  const next = [...present, name];
  while (next.length > MOST_ON_STAGE) {
    const leaving = next.findIndex((n) => n !== customer);
    next.splice(leaving, 1);
  }
  return next;
}

/**
 * Who is on stage once `line` shows. Tags apply in order; then a speaker who is neither in the
 * room nor on the line joins the room, so colleagues who speak are drawn without any tag.
 */
export function castAfter(cast: Cast, line: StoryLine, customer: string): Cast {
  let present = [...cast.present];
  let remote = cast.remote;
  for (const change of line.presence ?? []) {
    if (change.kind === 'onstage') {
      present = [];
      remote = undefined;
      for (const name of change.names) present = join(present, name, customer);
    } else if (change.kind === 'enter') {
      for (const name of change.names) present = join(present, name, customer);
      if (remote && change.names.includes(remote.name)) remote = undefined;
    } else if (change.kind === 'leave') {
      present = present.filter((n) => !change.names.includes(n));
      if (remote && change.names.includes(remote.name)) remote = undefined;
    } else {
      const name = change.names[0];
      if (!name) continue;
      present = present.filter((n) => n !== name);
      remote = { name, via: change.kind };
    }
  }
  const speaker = line.speaker;
  if (speaker && speaker !== LEARNER && !present.includes(speaker) && remote?.name !== speaker)
    present = join(present, speaker, customer);
  const next: Cast = { present };
  if (remote) next.remote = remote;
  if (speaker && speaker !== LEARNER) next.speaking = speaker;
  return next;
}

/** The cast after every line of a transcript, for a resumed playthrough. */
export function castThrough(lines: readonly StoryLine[], customer: string): Cast {
  return lines.reduce((cast, line) => castAfter(cast, line, customer), openingCast(customer));
}

/** Who is there, in words, for the stage's caption and screen readers; `mood` is the customer's. */
export function castWords(cast: Cast, customer: string, mood: string): string {
  const device = (via: Remote) => (via === 'call' ? 'on the phone' : 'in a chat');
  const parts: string[] = [];
  if (cast.present.includes(customer)) parts.push(`${customer} looks ${mood}`);
  if (cast.remote?.name === customer)
    parts.push(`${customer} looks ${mood}, ${device(cast.remote.via)}`);
  const others = cast.present.filter((n) => n !== customer);
  if (others.length > 0) parts.push(`With you: ${others.join(', ')}`);
  if (cast.remote && cast.remote.name !== customer)
    parts.push(`${cast.remote.name}, ${device(cast.remote.via)}`);
  return parts.length > 0 ? parts.join('. ') : 'Nobody else is here';
}
