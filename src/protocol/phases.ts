/** Where a session is in its round, and what the facilitator may do to move it on. */

export type Phase = 'lobby' | 'playing' | 'locked' | 'revealed' | 'ended';

export const HOST_ACTIONS = [
  'start',
  'lock',
  'unlock',
  'reveal',
  'end',
  'close-joining',
  'open-joining',
] as const;

export type HostAction = (typeof HOST_ACTIONS)[number];
