import { describe, expect, it } from 'vitest';
import { csvField, csvText, sessionCsv } from './csv-export.ts';
import { replayTeamPath } from './team-standing.ts';
import { fixtureStory } from '../../test/helpers/workshop-fixtures.ts';

const story = fixtureStory('test/fixtures/small-desk.ink');
const team = (teamId: string, name: string, path: number[]) => {
  const { encounter, standing, mismatch } = replayTeamPath(
    { story, record: { seed: 1 } },
    path,
    60,
  );
  if (mismatch) throw new Error(mismatch.reason);
  return { row: { teamId, name, ...standing, online: true }, decisions: encounter.decisions };
};

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('keeps a name that looks like a formula from running as one', () => {
    expect(csvText('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(csvText('@team')).toBe("'@team");
    expect(csvText('Team 1')).toBe('Team 1');
  });

  it('has one ranked row per team with scores, ending and every choice', () => {
    const csv = sessionCsv(
      [team('a', 'Day shift', [1, 1]), team('b', 'Night, shift', [0, 0])],
      story.ranges.maxTotal,
    );
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^Rank,Team,Finished,Decisions made,Overall serving score \(%\),Points/,
    );
    expect(lines[0]).toContain('Listening (points),Listening (%)');
    expect(lines[0]).toMatch(/Ending,Decision 1,Decision 2$/);
    expect(lines[1]).toMatch(/^1,"Night, shift",yes,2,100,6,6,/);
    expect(lines[1]).toMatch(/Room kept, promise kept",Ask what the call is for,Offer one o'clock/);
    expect(lines[2]).toMatch(/^2,Day shift,yes,2,/);
  });
});
