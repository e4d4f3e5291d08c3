import type { XapiLaunch } from './launch.ts';

/**
 * Who and for which registration, at which LRS: statements and progress are kept apart per learner
 * and per attempt, so on a shared device one learner's leftovers never go out under another's
 * credentials.
 */
export function learnerKey(launch: XapiLaunch): string {
  const a = launch.actor as Record<string, unknown>;
  const account = a.account as { homePage?: string; name?: string } | undefined;
  const who =
    (a.mbox as string | undefined) ??
    (a.mbox_sha1sum as string | undefined) ??
    (a.openid as string | undefined) ??
    (account ? `${account.homePage ?? ''}::${account.name ?? ''}` : 'anonymous');
  return [launch.endpoint, who, launch.registration ?? 'no-registration']
    .map(encodeURIComponent)
    .join('|');
}
