import { describe, expect, it } from 'vitest';
import { buildReport, formatReport } from './story-report.ts';
import { fixtureJson } from '../../test/helpers/fixtures.ts';

describe('buildReport', () => {
  const report = buildReport(fixtureJson('small-desk.ink'), 'Desk', { bots: 50 });

  it('counts paths, decisions and endings with their shares', () => {
    expect(report.paths).toBe(4);
    expect(report.complete).toBe(true);
    expect(report.decisions).toEqual({ min: 2, median: 2, max: 2 });
    expect(report.endings).toEqual([
      { title: 'Room kept, promise kept', paths: 2, share: 0.5 },
      { title: 'The lounge instead', paths: 2, share: 0.5 },
    ]);
  });

  it('names the best and the worst path by their choices', () => {
    expect(report.best).toEqual({
      total: 6,
      choices: ['Ask what the call is for', "Offer one o'clock and tell housekeeping now"],
    });
    expect(report.worst).toEqual({
      total: 0,
      choices: ['Say checkout is at eleven', 'Offer the lounge for the call'],
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
    expect(formatReport(report)).toContain('decisions per path: min 2, median 2, max 2');
  });
});
