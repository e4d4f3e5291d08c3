import type { Context } from '@xapi/xapi';
import type { Cmi5Launch } from './launch.ts';

export type MoveOn =
  | 'Passed'
  | 'Completed'
  | 'CompletedAndPassed'
  | 'CompletedOrPassed'
  | 'NotApplicable';

/** The LMS.LaunchData state document the LMS writes before launching the AU (section 10). */
export interface LaunchData {
  contextTemplate: Context;
  launchMode: 'Normal' | 'Browse' | 'Review';
  moveOn: MoveOn;
  /** 0–1: overrides the package's pass mark. */
  masteryScore?: number;
  returnURL?: string;
}

export type Fetch = typeof fetch;

export class Cmi5LaunchError extends Error {
  override name = 'Cmi5LaunchError';
}

/** Posts to the one-time fetch URL for the session's authorization token (section 8.2). */
export async function fetchAuthToken(launch: Cmi5Launch, fetchFn: Fetch): Promise<string> {
  const response = await fetchFn(launch.fetchUrl, { method: 'POST' });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const token = body['auth-token'];
  if (!response.ok || typeof token !== 'string' || token === '') {
    const why = typeof body['error-text'] === 'string' ? body['error-text'] : response.statusText;
    throw new Cmi5LaunchError(`the LMS gave no authorization token (${response.status}: ${why})`);
  }
  return token;
}

/** Reads LMS.LaunchData from the LRS's state API with the token. */
export async function readLaunchData(
  launch: Cmi5Launch,
  token: string,
  fetchFn: Fetch,
): Promise<LaunchData> {
  const q = new URLSearchParams({
    stateId: 'LMS.LaunchData',
    activityId: launch.activityId,
    agent: JSON.stringify(launch.actor),
    registration: launch.registration,
  });
  const response = await fetchFn(`${launch.endpoint}activities/state?${q}`, {
    headers: { Authorization: `Basic ${token}`, 'X-Experience-API-Version': '1.0.3' },
  });
  if (!response.ok)
    throw new Cmi5LaunchError(`LMS.LaunchData could not be read (${response.status})`);
  const data = (await response.json()) as Partial<LaunchData>;
  if (!data.contextTemplate || !data.launchMode || !data.moveOn)
    throw new Cmi5LaunchError('LMS.LaunchData lacks contextTemplate, launchMode or moveOn');
  return data as LaunchData;
}
