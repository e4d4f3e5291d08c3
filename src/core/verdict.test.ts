import { describe, expect, it } from 'vitest';
import { verdictOf, type VerdictInput } from './verdict.ts';

/** A play well above the ALIVE threshold: only the customer's outcome can make it DEAD. */
const wellScored = (moods: Partial<VerdictInput>): VerdictInput => ({
  customer: 'Mr. Osei',
  overallPercent: 90,
  firstMood: 'worried',
  lastMood: 'worried',
  choices: [{ effects: [{ quality: 'listening', amount: 2 }], barriers: [] }],
  aliveAt: 60,
  ...moods,
});

describe('verdict: the customer must not leave worse off', () => {
  it('is DEAD for a high score when the customer is worse off after the last choice', () => {
    const verdict = verdictOf(wellScored({ firstMood: 'worried', lastMood: 'angry' }));
    expect(verdict.served).toBe(false);
    expect(verdict.heading).toBe('You serviced: DEAD service');
    expect(verdict.test.text).toContain('worse off');
  });

  it('is ALIVE for a high score when the customer is no worse off, even if no better', () => {
    const verdict = verdictOf(wellScored({ firstMood: 'worried', lastMood: 'worried' }));
    expect(verdict.served).toBe(true);
    expect(verdict.test.betterOff).toBe(false);
  });

  it('follows an ending that states the outcome over the moods', () => {
    expect(verdictOf(wellScored({ lastMood: 'delighted', stated: 'worse-off' })).served).toBe(
      false,
    );
    expect(verdictOf(wellScored({ lastMood: 'angry', stated: 'no-better' })).served).toBe(true);
  });
});

describe("verdict: the customer's pronoun", () => {
  it("says 'they' when the story names no pronoun, and the story's own when it does", () => {
    const worse = { firstMood: 'worried', lastMood: 'angry' } as const;
    expect(verdictOf(wellScored(worse)).test.text).toMatch(/worse off than they came\.$/);
    const she = verdictOf(wellScored({ ...worse, pronoun: 'she' }));
    expect(she.test.text).toMatch(/worse off than she came\.$/);
    expect(she.test.text).not.toMatch(/\bthey\b/);
    expect(she.failure?.text).toContain('Mr. Osei left worse off than she came');
    const he = verdictOf(wellScored({ stated: 'better-off', pronoun: 'he' }));
    expect(he.test.text).toBe('The ending says it: Mr. Osei left better off than he came.');
  });
});
