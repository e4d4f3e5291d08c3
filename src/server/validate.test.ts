import { describe, expect, it } from 'vitest';
import { cleanTeamName } from './team-name.ts';
import { parsePayload } from './validate.ts';

const DEVICE = 'a-device-id-0123456789';
const choice = {
  code: 'K7M9PQ',
  teamId: 'AbCdEfGhIjKl',
  token: 'x'.repeat(32),
  hash: '00ab12cd34ef56',
  step: 0,
  index: 1,
};

describe('request validation', () => {
  it('accepts a well-formed request and normalizes the join code', () => {
    const parsed = parsePayload('team:join', {
      code: 'k7m-9pq',
      name: '  Night   shift ',
      device: DEVICE,
    });
    expect(parsed).toEqual({
      ok: true,
      value: { code: 'K7M9PQ', name: 'Night shift', device: DEVICE },
    });
    expect(parsePayload('team:choose', choice).ok).toBe(true);
  });

  it.each([
    ['not an object', 'K7M9PQ'],
    ['an array', [1, 2]],
    ['null', null],
    ['a missing field', { code: 'K7M9PQ' }],
    ['an extra field', { code: 'K7M9PQ', name: 'A', score: 100 }],
    ['a code with look-alikes', { code: 'K7M0PQ', name: 'A' }],
    ['a name of spaces', { code: 'K7M9PQ', name: '   ' }],
    ['a name too long', { code: 'K7M9PQ', name: 'x'.repeat(33) }],
    ['a name that is not text', { code: 'K7M9PQ', name: 42 }],
    ['a name of invisible characters', { code: 'K7M9PQ', name: '\u3164\u2800\u200b' }],
    ['no device', { code: 'K7M9PQ', name: 'A' }],
    [
      'a constructor field',
      JSON.parse('{"code":"K7M9PQ","name":"A","device":"a-device-id-0123456789","constructor":1}'),
    ],
    [
      'a __proto__ field',
      JSON.parse(
        '{"code":"K7M9PQ","name":"A","device":"a-device-id-0123456789","__proto__":{"x":1}}',
      ),
    ],
  ])('rejects %s', (_, payload) => {
    const parsed = parsePayload('team:join', payload);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.code).toBe('invalid');
  });

  it.each([
    ['a negative index', { ...choice, index: -1 }],
    ['a fractional index', { ...choice, index: 1.5 }],
    ['an index as text', { ...choice, index: '1' }],
    ['a huge step', { ...choice, step: 1e9 }],
    ['a score sent along', { ...choice, score: 100 }],
    ['a malformed token', { ...choice, token: '<script>' }],
  ])('rejects a choice with %s', (_, payload) => {
    expect(parsePayload('team:choose', payload).ok).toBe(false);
  });

  it('answers an oversized payload with its own error', () => {
    const parsed = parsePayload('team:join', { code: 'K7M9PQ', name: 'x'.repeat(10_000) });
    expect(parsed).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('counts a payload as JSON, escapes and nested values included', () => {
    // 2,100 characters of text, over 4,200 as JSON: each quote is escaped.
    const quoted = parsePayload('team:join', {
      code: 'K7M9PQ',
      name: '"'.repeat(2_100),
      device: 'd'.repeat(20),
    });
    expect(quoted).toMatchObject({ ok: false, error: { code: 'too-large' } });
    const nested = parsePayload('team:join', { code: 'K7M9PQ', name: { long: 'x'.repeat(5_000) } });
    expect(nested).toMatchObject({ ok: false, error: { code: 'too-large' } });
    const fits = parsePayload('team:join', {
      code: 'K7M9PQ',
      name: 'Night "shift"',
      device: 'd'.repeat(20),
    });
    expect(fits.ok).toBe(true);
  });

  it('counts the commas between fields: a payload one past the limit is too large', () => {
    // Every character escaped (\u0001 is six as JSON): 4,099 characters in all, against 4,096.
    const payload = { '\u0001': '\u0002'.repeat(675), '\u0003': '', '\u0004': '', '\u0005': '' };
    expect(JSON.stringify(payload).length).toBe(4_099);
    expect(parsePayload('team:join', payload)).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
  });

  it('accepts host actions by name only', () => {
    const host = { code: 'K7M9PQ', hostToken: 'y'.repeat(32) };
    expect(parsePayload('host:action', { ...host, action: 'reveal' }).ok).toBe(true);
    expect(parsePayload('host:action', { ...host, action: 'delete-everything' }).ok).toBe(false);
  });

  it('keeps markup in a team name as text, dropping only control characters', () => {
    expect(cleanTeamName('<b>Bold</b>\u0000\u200b team')).toBe('<b>Bold</b> team');
  });
});
