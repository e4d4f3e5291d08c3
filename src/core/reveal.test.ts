import { describe, expect, it } from 'vitest';
import { advance, charsAt, holdMs } from './reveal.ts';

describe('revealing a beat', () => {
  const lines = ['Hello.', 'The room is like an oven.'];

  it('types a line at the chosen speed and never past its end', () => {
    expect(charsAt('Hello.', 0, 20)).toBe(0);
    expect(charsAt('Hello.', 59, 20)).toBe(2);
    expect(charsAt('Hello.', 10_000, 20)).toBe(6);
    expect(charsAt('Hello.', 0, 0)).toBe(6);
  });

  it('holds a typed line long enough to read, within bounds', () => {
    expect(holdMs('Hi.', 18)).toBe(700);
    expect(holdMs('x'.repeat(100), 18)).toBe(1800);
    expect(holdMs('x'.repeat(1000), 18)).toBe(2500);
  });

  it('finishes the line being typed first, then moves on, then is done', () => {
    expect(advance(lines, { line: 0, chars: 2 })).toEqual({ line: 0, chars: 6 });
    expect(advance(lines, { line: 0, chars: 6 })).toEqual({ line: 1, chars: 0 });
    expect(advance(lines, { line: 1, chars: 3 })).toEqual({ line: 1, chars: 25 });
    expect(advance(lines, { line: 1, chars: 25 })).toBe('done');
  });
});
