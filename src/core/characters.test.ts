import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { charactersOf } from './characters.ts';
import { FIXTURES } from '../../test/helpers/fixtures.ts';

describe('charactersOf', () => {
  it('finds the customer, every other speaker and their looks, but not the learner', () => {
    const source = readFileSync(path.join(FIXTURES, 'new-faces.ink'), 'utf8');
    expect(charactersOf(source)).toEqual([
      {
        name: 'Mr. Haddad',
        look: {
          age: 'older',
          hair: 'short',
          grey: true,
          facialHair: 'moustache',
          eyewear: 'glasses',
        },
      },
      { name: 'Bea' },
    ]);
  });

  it('skips the learner, commented-out lines and tags the checker would reject', () => {
    const source = [
      '# customer: Ana',
      'Hello. #speaker: You',
      '// Later. #speaker: Ghost',
      'Hi. #speaker: Tom #look: Tom: glases',
    ].join('\n');
    expect(charactersOf(source)).toEqual([{ name: 'Ana' }, { name: 'Tom' }]);
  });
});
