import { describe, expect, it } from 'vitest';
import { randomInt } from 'node:crypto';
import { isJoinCode, JOIN_CODE_ALPHABET, newJoinCode, normalizeJoinCode } from './join-code.ts';

describe('join codes', () => {
  it('use no characters that look alike on a projector', () => {
    for (const lookAlike of '0O1IL2Z5S8B') expect(JOIN_CODE_ALPHABET).not.toContain(lookAlike);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
    expect(JOIN_CODE_ALPHABET).toMatch(/^[A-Z0-9]+$/);
  });

  it('are six characters from that alphabet', () => {
    for (let i = 0; i < 200; i++) {
      const code = newJoinCode(randomInt);
      expect(code).toHaveLength(6);
      expect(isJoinCode(code)).toBe(true);
    }
  });

  it('accept what a person types: lower case, spaces and dashes', () => {
    expect(normalizeJoinCode(' k7m-9pq ')).toBe('K7M9PQ');
    expect(isJoinCode(normalizeJoinCode('k7m 9pq'))).toBe(true);
  });

  it('reject codes of another length or with look-alikes', () => {
    expect(isJoinCode('K7M9P')).toBe(false);
    expect(isJoinCode('K7M9PQR')).toBe(false);
    expect(isJoinCode('K7M0PQ')).toBe(false);
    expect(isJoinCode('K7MIPQ')).toBe(false);
  });
});
