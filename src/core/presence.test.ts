import { describe, expect, it } from 'vitest';
import type { StoryLine } from './beat.ts';
import { checkPresenceNames } from './presence-lint.ts';
import { castAfter, castThrough, castWords, openingCast } from './presence.ts';
import { readLine } from './line-tags.ts';
import { parseTag } from './tags.ts';

const CUSTOMER = 'Helen Marsh';
/** A line as the story reader makes it from ink text and tags. */
const line = (text: string, ...tags: string[]): StoryLine => readLine(text, tags, () => undefined);

describe('who is on stage', () => {
  it('starts with the customer, as a story without presence tags expects', () => {
    expect(openingCast(CUSTOMER)).toEqual({ present: [CUSTOMER] });
  });

  it('draws a colleague who speaks without any tag, and who is speaking', () => {
    const cast = castAfter(
      openingCast(CUSTOMER),
      line('Room 412 again.', 'speaker: Dev'),
      CUSTOMER,
    );
    expect(cast).toEqual({ present: [CUSTOMER, 'Dev'], speaking: 'Dev' });
    // The learner is never drawn and never 'speaking'.
    expect(castAfter(cast, line('On my way.', 'speaker: You'), CUSTOMER)).toEqual({
      present: [CUSTOMER, 'Dev'],
    });
  });

  it('empties the stage, puts a caller on the line, and brings the customer back', () => {
    const lines = [
      line('The basement smells of bleach.', 'onstage: nobody'),
      line('Take the unit from 418.', 'speaker: Marek', 'call: Marek'),
    ];
    const basement = castThrough(lines, CUSTOMER);
    expect(basement).toEqual({
      present: [],
      remote: { name: 'Marek', via: 'call' },
      speaking: 'Marek',
    });
    expect(castWords(basement, CUSTOMER, 'calm')).toBe('Marek, on the phone');
    expect(castWords({ present: [] }, CUSTOMER, 'calm')).toBe('Nobody else is here');
    expect(castWords({ present: [CUSTOMER, 'Dev'] }, CUSTOMER, 'worried')).toBe(
      'Helen Marsh looks worried. With you: Dev',
    );
    const back = castAfter(basement, line('Back in 412.', 'onstage: Helen Marsh'), CUSTOMER);
    expect(back).toEqual({ present: [CUSTOMER] });
  });

  it('lets people enter and leave, and a leaving caller hangs up', () => {
    let cast = castThrough([line('Chat opens.', 'chat: Winston')], 'Winston');
    expect(cast.remote).toEqual({ name: 'Winston', via: 'chat' });
    expect(cast.present).toEqual([]);
    cast = castAfter(cast, line('Bye.', 'leave: Winston'), 'Winston');
    expect(cast).toEqual({ present: [] });
    cast = castAfter(cast, line('Dana walks over.', 'enter: Dana'), 'Winston');
    expect(cast.present).toEqual(['Dana']);
  });

  it('keeps at most three in the room, never sending the customer out first', () => {
    const cast = castThrough(
      ['Ann', 'Bob', 'Cy'].map((name) => line('Hi.', `speaker: ${name}`)),
      CUSTOMER,
    );
    expect(cast.present).toEqual([CUSTOMER, 'Bob', 'Cy']);
  });
});

describe('presence tags in the contract', () => {
  it('reads names, and nobody', () => {
    expect(parseTag('onstage: Helen Marsh, Priya')).toEqual({
      ok: true,
      value: { kind: 'presence', change: { kind: 'onstage', names: ['Helen Marsh', 'Priya'] } },
    });
    expect(parseTag('onstage: nobody')).toEqual({
      ok: true,
      value: { kind: 'presence', change: { kind: 'onstage', names: [] } },
    });
  });

  it('refuses a call to two people or an entrance by nobody, saying what to write', () => {
    const two = parseTag('call: Dev, Priya');
    expect(two.ok || two.error.message).toBe("'call:' takes one name, got 'Dev, Priya'");
    const none = parseTag('enter: nobody');
    expect(none.ok || none.error.hint).toContain('#enter: Priya');
  });

  it('warns, with the line, about a presence name nobody in the story has', () => {
    const source = [
      '# customer: Helen Marsh',
      'Maintenance, it is Priya. #speaker: Priya',
      'Still dripping. #call: Pryia',
    ].join('\n');
    expect(checkPresenceNames(source)).toEqual([
      expect.objectContaining({
        line: 3,
        severity: 'warning',
        hint: expect.stringContaining("did you mean 'Priya'?"),
      }),
    ]);
  });
});
