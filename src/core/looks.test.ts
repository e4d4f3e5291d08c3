import { describe, expect, it } from 'vitest';
import { parseLook } from './looks.ts';
import { parseTag } from './tags.ts';

describe('the look tag', () => {
  it('reads plain words for hair, skin, age and accessories, ignoring filler words', () => {
    expect(parseLook('Mr. Haddad: older, short grey hair, dark skin, moustache, glasses')).toEqual({
      ok: true,
      value: {
        name: 'Mr. Haddad',
        look: {
          age: 'older',
          hair: 'short',
          grey: true,
          skin: 'dark',
          facialHair: 'moustache',
          eyewear: 'glasses',
        },
      },
    });
  });

  it('is a tag the checker accepts', () => {
    const result = parseTag('look: Bea: young, braids');
    expect(result).toEqual({
      ok: true,
      value: { kind: 'look', name: 'Bea', look: { age: 'young', hair: 'braids' } },
    });
  });

  it('names an unknown cue and suggests the one meant', () => {
    const result = parseTag('look: Bea: young, glases');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toBe("unknown look cue 'glases' for Bea");
      expect(result.error.hint).toContain("'glasses'");
    }
  });

  it('asks for a name and for at least one cue', () => {
    const noName = parseTag('look: older, glasses');
    expect(noName.ok).toBe(false);
    if (!noName.ok) expect(noName.error.message).toContain('needs a name');
    const noCues = parseTag('look: Bea:');
    expect(noCues.ok).toBe(false);
    if (!noCues.ok) expect(noCues.error.message).toContain('names no cues');
  });

  it('refuses two cues that cannot both be true', () => {
    const result = parseLook('Bea: bun, afro');
    expect(result).toEqual({
      ok: false,
      error: { message: "the look of Bea has two hair styles: 'bun' and 'afro'" },
    });
  });
});
