import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureJson } from '../../test/helpers/fixtures.ts';
import { checkCompiledStory } from './story-check.ts';
import { buildReport, formatReport } from './story-report.ts';

const file = 'coin-toss.ink';
const json = fixtureJson(`loops/${file}`);
const sources = new Map([[file, readFileSync(path.join(FIXTURES, 'loops', file), 'utf8')]]);
const luckSaid = (options: { maxSteps?: number }) =>
  checkCompiledStory(json, sources, file, options).diagnostics.filter((d) =>
    d.message.startsWith('luck decides'),
  );

describe('the luck warning and the report when a bound cuts the exploration', () => {
  it('marks the warning approximate, naming the bound', () => {
    // Cut at eight steps, the exploration has already met a toss whose outcomes differ.
    const [said] = luckSaid({ maxSteps: 8 });
    expect(said?.message).toMatch(/ \(approximate: its step bound \(8 steps\)\)$/);
    expect(luckSaid({}).map((d) => d.message)).toEqual([
      'luck decides how much a learner can earn: the best play is sure of 2 points whatever the rolls, and earns 3 points with the rolls on its side (Empathy: sure of 1, up to 2)',
    ]);
  });

  it("marks the report's luck section approximate, naming the bound", () => {
    const report = formatReport(buildReport(json, 'Coin toss', { maxSteps: 8, bots: 2 }));
    expect(report).toContain(
      'luck: the story draws random numbers, and each learner is read against what their own rolls allow (APPROXIMATE, stopped by its step bound (8 steps))',
    );
  });

  it("places each roll of the report's list at its own draw", () => {
    // coin-toss.ink draws on line 12 under the cupboard's choice and on line 15 under the porter's.
    const { exploration } = checkCompiledStory(json, sources, file);
    const report = formatReport(
      buildReport(json, 'Coin toss', { exploration: exploration!, bots: 2 }),
    );
    expect(report).toContain(
      "  after 'Check the lost-property cupboard yourself' (the draw at coin-toss.ink:12):",
    );
    expect(report).toContain(
      "  after 'Ask the night porter what he saw' (the draw at coin-toss.ink:15):",
    );
  });
});
