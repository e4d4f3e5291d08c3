import { describe, expect, it } from 'vitest';
import { parseTag } from './tags.ts';

describe('parseTag', () => {
  it('reads positive and negative quality scores', () => {
    expect(parseTag('listening +2')).toEqual({
      ok: true,
      value: { kind: 'quality', quality: 'listening', amount: 2 },
    });
    expect(parseTag(' empathy -3 ')).toEqual({
      ok: true,
      value: { kind: 'quality', quality: 'empathy', amount: -3 },
    });
  });

  it('rejects an unknown quality and suggests the one meant', () => {
    const result = parseTag('listning +2');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toContain("unknown quality 'listning'");
      expect(result.error.hint).toContain('listening');
    }
  });

  it('reads the line and global tags of the contract', () => {
    expect(parseTag('speaker: Helen Marsh')).toEqual({
      ok: true,
      value: { kind: 'speaker', name: 'Helen Marsh' },
    });
    expect(parseTag('mood: Angry')).toEqual({ ok: true, value: { kind: 'mood', mood: 'angry' } });
    expect(parseTag('ending: A cool room')).toEqual({
      ok: true,
      value: { kind: 'ending', title: 'A cool room' },
    });
    expect(parseTag('outcome: Worse-off')).toEqual({
      ok: true,
      value: { kind: 'outcome', outcome: 'worse-off' },
    });
    expect(parseTag('outcome: fine')).toMatchObject({
      ok: false,
      error: { message: "unknown outcome 'fine'" },
    });
    expect(parseTag('minutes: 6')).toEqual({
      ok: true,
      value: { kind: 'global', key: 'minutes', value: '6' },
    });
    expect(parseTag('feedback: Asking first: she is heard.')).toEqual({
      ok: true,
      value: { kind: 'feedback', text: 'Asking first: she is heard.' },
    });
  });

  it('rejects malformed values with a reason', () => {
    const mood = parseTag('mood: grumpy');
    expect(mood.ok ? '' : mood.error.message).toBe("unknown mood 'grumpy'");
    const minutes = parseTag('minutes: five');
    expect(minutes.ok ? '' : minutes.error.message).toContain('must be a number');
    const bare = parseTag('empathy');
    expect(bare.ok ? '' : bare.error.message).toContain('has no amount');
    const unknown = parseTag('speeker: Dev');
    expect(unknown.ok ? '' : unknown.error.hint).toContain("'speaker'");
  });
});

describe('barrier tags', () => {
  it('reads a known barrier and rejects an unknown one like an unknown quality', () => {
    expect(parseTag('barrier: not-my-job')).toEqual({
      ok: true,
      value: { kind: 'barrier', id: 'not-my-job' },
    });
    const typo = parseTag('barrier: not-my-jb');
    expect(typo.ok ? '' : typo.error.message).toBe("unknown barrier 'not-my-jb'");
    expect(typo.ok ? '' : typo.error.hint).toBe("did you mean 'not-my-job'?");
  });
});

describe('the pronouns tag', () => {
  it('reads she/her, he/him and they/them, and only warns at a value it does not know', () => {
    expect(parseTag('pronouns: she/her')).toEqual({
      ok: true,
      value: { kind: 'pronouns', pronoun: 'she' },
    });
    expect(parseTag('pronouns: He / Him')).toEqual({
      ok: true,
      value: { kind: 'pronouns', pronoun: 'he' },
    });
    const odd = parseTag('pronouns: xe/xem');
    expect(odd.ok).toBe(false);
    if (!odd.ok) {
      expect(odd.error.severity).toBe('warning');
      expect(odd.error.message).toContain("'xe/xem'");
    }
  });

  it('sets the story meta pronoun; without the tag the meta has none', async () => {
    const { parseStoryMeta } = await import('./story-meta.ts');
    const tags = [
      'title: T',
      'summary: S',
      'role: R',
      'setting: s',
      'customer: Helen',
      'minutes: 5',
    ];
    expect(parseStoryMeta([...tags, 'pronouns: she/her']).meta.pronoun).toBe('she');
    const plain = parseStoryMeta(tags);
    expect(plain.meta.pronoun).toBeUndefined();
    expect(plain.problems).toEqual([]);
  });
});
