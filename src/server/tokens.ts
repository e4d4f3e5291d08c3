import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET } from '../protocol/join-code.ts';

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

/**
 * The host's recovery code: 12 characters from the join-code alphabet (about 56 bits), shown once
 * when the session opens, to be written down or printed, and typed back on any browser.
 */
export function newRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < 12; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code.replace(/(.{4})(?=.)/g, '$1-');
}
