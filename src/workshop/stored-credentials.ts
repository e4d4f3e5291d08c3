import type { HostCredentials, TeamCredentials } from '../protocol/credentials.ts';
import type { ErrorCode } from '../protocol/replies.ts';

const TEAM_KEY = 'serving-moments:workshop-team';
const HOST_KEY = 'serving-moments:workshop-host';
const DEVICE_KEY = 'serving-moments:workshop-device';

function read<T>(key: string, valid: (v: Record<string, unknown>) => boolean): T | undefined {
  try {
    const raw = localStorage.getItem(key);
    const value: unknown = raw ? JSON.parse(raw) : undefined;
    return typeof value === 'object' && value !== null && valid(value as Record<string, unknown>)
      ? (value as T)
      : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private browsing without storage: the page still works, it just cannot rejoin after a reload.
  }
}

const strings = (v: Record<string, unknown>, keys: string[]) =>
  keys.every((k) => typeof v[k] === 'string');

/** The rejoin token stays on the device, so a reload or a sleeping phone finds its team again. */
export const teamCredentials = {
  load: () => read<TeamCredentials>(TEAM_KEY, (v) => strings(v, ['code', 'teamId', 'token'])),
  save: (c: TeamCredentials) => write(TEAM_KEY, c),
  clear: () => write(TEAM_KEY, undefined),
};

/** The host token stays in the facilitator's browser: a reload returns to the same session. */
export const hostCredentials = {
  load: () => read<HostCredentials>(HOST_KEY, (v) => strings(v, ['code', 'hostToken'])),
  save: (c: HostCredentials) => write(HOST_KEY, c),
  clear: () => write(HOST_KEY, undefined),
};

/**
 * Only the server saying the session or team does not exist, or is not this device's, ends a
 * stored claim. Throttling, time-outs and a server that cannot save never do: they pass.
 */
export function refusedForGood(code: ErrorCode): boolean {
  return code === 'not-found' || code === 'forbidden';
}

/** This browser's own id, sent when it joins, so a team the facilitator removed stays out. */
export function deviceId(): string {
  const saved = read<{ id: string }>(DEVICE_KEY, (v) => strings(v, ['id']));
  if (saved) return saved.id;
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  const id = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
  write(DEVICE_KEY, { id });
  return id;
}
