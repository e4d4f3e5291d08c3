import { describe, expect, it } from 'vitest';
import { cmiTimespan, isoDuration, scormTimestamp } from './scorm-time.ts';

describe('SCORM time formats', () => {
  it('writes SCORM 1.2 timespans as HHHH:MM:SS.SS', () => {
    expect(cmiTimespan(0)).toBe('0000:00:00.00');
    expect(cmiTimespan(3_723_450)).toBe('0001:02:03.45');
    expect(cmiTimespan(59_999)).toBe('0000:01:00.00');
  });

  it('writes ISO 8601 durations for SCORM 2004 and xAPI', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(65_000)).toBe('PT1M5S');
    expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
  });

  it('writes SCORM 2004 timestamps with fractional seconds before the zone', () => {
    expect(scormTimestamp(new Date('2026-03-01T09:08:07.654Z'))).toBe('2026-03-01T09:08:07.65Z');
  });
});
