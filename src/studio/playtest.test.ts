import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quickCheck } from './compile-text.ts';
import { Playtest, replayPlaytest, visitedKnots, visitedNodes } from './playtest.ts';
import { parseStoryMap } from './story-map.ts';
import { TEMPLATE_STORY } from './template-story.ts';

const json = quickCheck([{ name: 'story.ink', text: TEMPLATE_STORY }]).json ?? '';

describe('a Studio playtest', () => {
  it('takes the scene from a tag-only line just before a choice, as the game does', () => {
    const text = readFileSync('test/fixtures/scene-before-choice.ink', 'utf8');
    const studio = quickCheck([{ name: 'story.ink', text }]).json ?? '';
    const playtest = new Playtest(studio, 0);
    const lines = playtest.log.flatMap((e) => (e.kind === 'line' ? [e.line] : []));
    expect(lines[lines.length - 1]).toMatchObject({
      text: 'You take the stairs down with him.',
      scene: 'hotel-basement',
    });
    expect(playtest.session.scene).toBe('hotel-basement');
  });

  it('logs lines and the choices taken between them, up to the ending', () => {
    const playtest = new Playtest(json, 1);
    expect(playtest.log[0]).toMatchObject({ kind: 'line', line: { text: /^Ms. Ortiz sets down/ } });
    playtest.choose(0);
    playtest.choose(0);
    const kinds = playtest.log.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'choice')).toHaveLength(2);
    expect(playtest.log[2]).toMatchObject({
      kind: 'choice',
      option: { text: 'Ask to see the email', effects: [{ quality: 'listening', amount: 2 }, {}] },
    });
    expect(playtest.session.ended).toBe(true);
    expect(playtest.session.ending).toBe('Sorted together');
  });

  it('replays a path through an edited story, and says where it stopped fitting', () => {
    const edited =
      quickCheck([{ name: 'story.ink', text: TEMPLATE_STORY.replace('Fine.', 'Fine, then.') }])
        .json ?? '';
    expect(replayPlaytest(edited, 1, [1, 1]).playtest.session.ending).toBe('Sent on her way');
    const { playtest, stoppedAt } = replayPlaytest(json, 1, [0, 5]);
    expect(stoppedAt).toBe(1);
    expect(playtest.session.path).toEqual([0]);
    // The replayed log reads as if the trainer had clicked through it: lines, choice, lines.
    const played = new Playtest(json, 1);
    played.choose(1);
    played.choose(1);
    expect(replayPlaytest(edited, 1, [1, 1]).playtest.log.map((e) => e.kind)).toEqual(
      played.log.map((e) => e.kind),
    );
  });

  it('tells which knots and stitches a path went through', () => {
    const ids = ['search', 'search.email', 'nowhere'];
    const playtest = new Playtest(json, 1);
    expect([...visitedKnots(playtest.session, ids)]).toEqual([]);
    playtest.choose(0);
    playtest.choose(1);
    expect([...visitedKnots(playtest.session, ids)]).toEqual(['search', 'search.email']);
  });

  it('marks the start, and the end once reached, on the map', () => {
    const map = parseStoryMap(TEMPLATE_STORY);
    const playtest = new Playtest(json, 1);
    expect([...visitedNodes(map, undefined)]).toEqual([]);
    expect([...visitedNodes(map, playtest)]).toEqual(['START']);
    playtest.choose(0);
    playtest.choose(0);
    expect([...visitedNodes(map, playtest)].sort()).toEqual(
      ['END', 'DONE', 'START', 'search', 'search.email'].sort(),
    );
  });
});
