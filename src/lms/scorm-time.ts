/** SCORM and xAPI time formats. LMSs reject a malformed duration outright, so each is exact. */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parts(ms: number) {
  const centis = Math.max(0, Math.round(ms / 10));
  return {
    hours: Math.floor(centis / 360_000),
    minutes: Math.floor(centis / 6000) % 60,
    seconds: (centis % 6000) / 100,
  };
}

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS (hours capped at 9999, the format's limit). */
export function cmiTimespan(ms: number): string {
  const { hours, minutes, seconds } = parts(ms);
  const whole = Math.floor(seconds);
  const centis = Math.round((seconds - whole) * 100);
  return `${pad(Math.min(hours, 9999), 4)}:${pad(minutes)}:${pad(whole)}.${pad(centis)}`;
}

/** ISO 8601 duration, as SCORM 2004 `cmi.session_time` and xAPI `result.duration` want it. */
export function isoDuration(ms: number): string {
  const { hours, minutes, seconds } = parts(ms);
  const h = hours > 0 ? `${hours}H` : '';
  const m = minutes > 0 ? `${minutes}M` : '';
  return `PT${h}${m}${Number(seconds.toFixed(2))}S`;
}

/** SCORM 1.2 CMITime: the time of day, HH:MM:SS. */
export function cmiTimeOfDay(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/**
 * SCORM 2004 time(second,10,0): a UTC timestamp. The standard allows a zone designator only after
 * fractional seconds, so the fraction is always written.
 */
export function scormTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 22)}Z`;
}
