import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** A bearer secret: 192 random bits, URL-safe. Only its hash is stored. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Public identifiers (team and session ids): unguessable is not needed, unique is. */
export function newId(): string {
  return randomBytes(9).toString('base64url');
}

export function newSeed(): number {
  return randomInt(1, 2 ** 31 - 1);
}

/** Tokens are kept hashed, so a copy of the database lets nobody act as a host or a team. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function tokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
