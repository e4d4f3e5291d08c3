/**
 * Join codes are read off a projector and typed on phones: no 0/O, 1/I/L, 2/Z, 5/S or 8/B
 * look-alikes, and upper case only. Pure, so the join page checks a code as the server does. 25 characters over 6 places make 244 million codes.
 */
export const JOIN_CODE_ALPHABET = '34679ACDEFGHJKMNPQRTUVWXY';
export const JOIN_CODE_LENGTH = 6;

/** `pick(n)` returns a whole number from 0 to n − 1: crypto.randomInt on the server. */
export function newJoinCode(pick: (max: number) => number): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    code += JOIN_CODE_ALPHABET[pick(JOIN_CODE_ALPHABET.length)] ?? '';
  }
  return code;
}

/** What a person typed, as a code: case, spaces and dashes do not matter. */
export function normalizeJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export function isJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}

/** A recovery code as typed, as it is hashed: case, spaces and dashes do not matter. */
export function normalizeRecoveryCode(typed: string): string {
  return normalizeJoinCode(typed);
}
