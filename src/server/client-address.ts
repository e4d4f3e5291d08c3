import type { IncomingHttpHeaders } from 'node:http';

/** How a connection's request looks to the guards: its peer address and its headers. */
export interface ClientRequest {
  address: string;
  headers: IncomingHttpHeaders;
}

const plain = (address: string) => address.replace(/^::ffff:/, '');

/**
 * The client's address for the per-address budgets. Behind `trustProxy` proxies (a TLS proxy on
 * the same machine is 1) the peer is the proxy, so the address is the one the outermost trusted
 * proxy appended to X-Forwarded-For; entries further left are the client's own claims and are
 * ignored. With 0 the header is ignored, so a client cannot pick its own address.
 */
export function clientAddress({ address, headers }: ClientRequest, trustProxy: number): string {
  const header = headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (trustProxy <= 0 || forwarded.length === 0) return plain(address);
  return plain(forwarded[Math.max(0, forwarded.length - trustProxy)]!);
}

/**
 * Whether a browser page at `origin` may open a connection: the host it was served from, plus the
 * configured ones (WORKSHOP_ORIGINS, WORKSHOP_PUBLIC_URL). Clients that send no Origin are not
 * browsers, so no other site's page can be riding on a user's browser through them.
 */
export function originAllowed(headers: IncomingHttpHeaders, allowed: readonly string[]): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.host === headers.host) return true;
  return allowed.some((a) => {
    try {
      return new URL(a).origin === parsed.origin;
    } catch {
      return false;
    }
  });
}

/** WORKSHOP_TRUST_PROXY: a number of proxy hops, or true/false. */
export function parseTrustProxy(value: string | undefined): number | undefined {
  if (value === undefined || value === '' || value === 'false') return 0;
  if (value === 'true') return 1;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : undefined;
}
