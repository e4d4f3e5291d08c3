import type { Actor } from '@xapi/xapi';
import { parseXapiLaunch } from '../xapi/launch.ts';

/** What a cmi5 LMS puts in the AU's launch URL (cmi5 spec, section 8.1). */
export interface Cmi5Launch {
  endpoint: string;
  /** One-time URL the AU posts to for its authorization token. */
  fetchUrl: string;
  actor: Actor;
  registration: string;
  /** The AU's own activity id, as the course structure declares it. */
  activityId: string;
}

/** A cmi5 launch needs all five parameters; a launch with `fetch` but no registration is not cmi5. */
export function parseCmi5Launch(search: string): Cmi5Launch | undefined {
  const q = new URLSearchParams(search);
  const fetchUrl = q.get('fetch');
  if (!fetchUrl) return undefined;
  // cmi5 names the AU's id `activityId`, where TinCan launches say `activity_id`.
  const activityId = q.get('activityId');
  const xapi = parseXapiLaunch(search);
  if (!xapi?.registration || !activityId) return undefined;
  return {
    endpoint: xapi.endpoint,
    fetchUrl,
    actor: xapi.actor,
    registration: xapi.registration,
    activityId,
  };
}
