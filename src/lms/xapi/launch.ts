import type { Actor } from '@xapi/xapi';

/** What an LMS or LRS puts in the launch URL (the Rustici "TinCan launch" parameters). */
export interface XapiLaunch {
  endpoint: string;
  auth?: string;
  actor: Actor;
  registration?: string;
  /** The course's activity IRI, when the launching system registered one. */
  activityId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

/** Older launchers send every actor field as an array, and accounts with TinCan 0.95 names. */
function actorFrom(json: string): Actor | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const name = first(r.name);
  const mbox = first(r.mbox);
  const sha = first(r.mbox_sha1sum);
  const openid = first(r.openid);
  const acc = first(r.account) as Record<string, unknown> | undefined;
  const homePage = acc?.homePage ?? acc?.accountServiceHomePage;
  const accName = acc?.name ?? acc?.accountName;
  const base = { objectType: 'Agent' as const, ...(typeof name === 'string' ? { name } : {}) };
  if (typeof mbox === 'string')
    return { ...base, mbox: mbox.startsWith('mailto:') ? mbox : `mailto:${mbox}` };
  if (typeof sha === 'string') return { ...base, mbox_sha1sum: sha };
  if (typeof openid === 'string') return { ...base, openid };
  if (typeof homePage === 'string' && typeof accName === 'string')
    return { ...base, account: { homePage, name: accName } };
  return undefined;
}

/** The LRS to report to, from the launch URL's query; undefined when there is none. */
export function parseXapiLaunch(search: string): XapiLaunch | undefined {
  const q = new URLSearchParams(search);
  const endpoint = q.get('endpoint');
  const actorJson = q.get('actor');
  if (!endpoint || !actorJson) return undefined;
  const actor = actorFrom(actorJson);
  if (!actor) {
    console.warn(
      'Serving Moments: the launch names an LRS but no usable actor, so nothing is sent',
    );
    return undefined;
  }
  const registration = q.get('registration') ?? undefined;
  if (registration && !UUID.test(registration))
    console.warn(`Serving Moments: ignoring registration '${registration}': it is not a UUID`);
  const auth = q.get('auth') ?? undefined;
  const activityId = q.get('activity_id') ?? undefined;
  return {
    endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
    actor,
    ...(auth ? { auth } : {}),
    ...(registration && UUID.test(registration) ? { registration } : {}),
    ...(activityId ? { activityId } : {}),
  };
}
