import type XAPI from '@xapi/xapi';
import type { Statement } from '@xapi/xapi';
import type { XapiLaunch } from './launch.ts';
import { LrsError } from './lrs-error.ts';

interface AdapterRequest {
  url: string;
  method: string;
  headers?: Record<string, string>;
  data?: unknown;
}

type Adapter = NonNullable<ConstructorParameters<typeof XAPI>[0]['adapter']>;

/**
 * @xapi/xapi's own fetch adapter throws away the HTTP status; this one keeps it, so the queue can
 * tell an outage (retry) from a statement the LRS will never take (drop) or already has (409).
 */
const fetchWithStatus = async ({ url, method, data, headers }: AdapterRequest) => {
  const json = headers?.['Content-Type'] === 'application/json' && typeof data !== 'string';
  const sent = json ? JSON.stringify(data) : (data as BodyInit | undefined);
  const response = await fetch(url, {
    method,
    headers,
    body: sent,
    // A statement sent as the page goes away (cmi5's terminated) still reaches the LRS; browsers
    // refuse keepalive bodies over 64 KiB, so a large batch goes without it.
    keepalive: typeof sent !== 'string' || sent.length < 60_000,
  });
  const text = await response.text();
  if (!response.ok) throw new LrsError(response.status, text.slice(0, 200) || response.statusText);
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return {
    data: body,
    headers: Object.fromEntries(response.headers.entries()),
    status: response.status,
  };
};

export type SendStatements = (batch: Statement[]) => Promise<void>;

/** Sends with @xapi/xapi, loaded on first use: a learner without an LRS never downloads it. */
export function lrsSender(launch: XapiLaunch): SendStatements {
  let client: Promise<XAPI> | undefined;
  return async (statements) => {
    client ??= import('@xapi/xapi').then(
      ({ default: XAPI }) =>
        new XAPI({
          endpoint: launch.endpoint,
          ...(launch.auth ? { auth: launch.auth } : {}),
          adapter: fetchWithStatus as unknown as Adapter,
        }),
    );
    try {
      await (await client).sendStatements({ statements });
    } catch (err) {
      if (!(err instanceof LrsError)) client = undefined; // maybe the chunk itself failed to load
      throw err;
    }
  };
}
