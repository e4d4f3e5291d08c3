import { networkInterfaces } from 'node:os';

/** This machine's addresses on the local network, where phones in the room can reach it. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}

const LOOPBACK = /^(127\.|localhost$|::1$)/;

/**
 * The address teams are told to open. A public URL set by the facilitator wins; a server bound to
 * loopback only is reachable from this computer alone, so the host page's own origin is used.
 */
export function joinBaseFor(bindHost: string, port: number, publicUrl?: string): string | null {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  if (LOOPBACK.test(bindHost)) return null;
  const lan = lanAddresses()[0];
  return lan ? `http://${lan}:${port}` : null;
}
