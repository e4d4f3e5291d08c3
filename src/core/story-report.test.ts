import { describe, expect, it } from 'vitest';
import { buildReport, formatReport } from './story-report.ts';
import { fixtureJson } from '../../test/helpers/fixtures.ts';

describe('buildReport', () => {
  const report = buildReport(fixtureJson('small-desk.ink'), 'Desk', { bots: 50 });

  it('counts paths, decisions and endings, with ending shares from the seeded bots', () => {
    expect(report.paths).toBe(4);
    expect(report.complete).toBe(true);
    expect(report.decisions).toEqual({ min: 2, median: 2, max: 2 });
    expect(report.endings.map((e) => [e.title, e.paths])).toEqual(
      expect.arrayContaining([
        ['Room kept, promise kept', 2],
        ['The lounge instead', 2],
      ]),
    );
    // Bots pick at random: each ending gets some of the 50 runs, and the shares add up to all of them.
    for (const e of report.endings) expect(e.share).toBeGreaterThan(0);
    expect(report.endings.reduce((s, e) => s + e.share * 50, 0)).toBeCloseTo(50);
  });

  it('says which figures are exact, and which bound cut them when one did', () => {
    expect(formatReport(report)).toContain('exploration: exact');
    const cut = buildReport(fixtureJson('loops/ten-merged.ink'), 'Ten', { bots: 5, maxStates: 3 });
    expect(cut.complete).toBe(false);
    expect(formatReport(cut)).toMatch(/exploration: APPROXIMATE, stopped by its state bound/);
  });

  it('names the best and the worst path by their choices, and the scenes they show', () => {
    // The desk story stays in its '# setting:' throughout.
    const lobby = [{ scene: 'hotel-lobby', after: 0 }];
    expect(report.best).toEqual({
      total: 6,
      choices: ['Ask what the call is for', "Offer one o'clock and tell housekeeping now"],
      scenes: lobby,
    });
    expect(report.worst).toEqual({
      total: 0,
      choices: ['Say checkout is at eleven', 'Offer the lounge for the call'],
      scenes: lobby,
    });
  });

  it('plays bots that land across the score range, the same way twice', () => {
    expect(report.bots.runs).toBe(50);
    expect(report.bots.buckets.reduce((a, b) => a + b, 0)).toBe(50);
    // Four paths score 0, 3, 3 and 6 of 6: bots must hit the bottom, middle and top buckets.
    expect(report.bots.buckets[0]).toBeGreaterThan(0);
    expect(report.bots.buckets[5]).toBeGreaterThan(0);
    expect(report.bots.buckets[9]).toBeGreaterThan(0);
    expect(buildReport(fixtureJson('small-desk.ink'), 'Desk', { bots: 50 }).bots).toEqual(
      report.bots,
    );
    expect(formatReport(report)).toContain('decisions per path: min 2, median 2 (bots), max 2');
  });
});
