import type { LiveSession } from './live-session.ts';
import { refuse } from './outcome.ts';
import { canJoin, PHASE_LABELS } from '../protocol/phase-rules.ts';
import { LIMITS } from '../protocol/limits.ts';
import type { WorkshopError } from '../protocol/replies.ts';
import { nameKey } from './team-name.ts';

/**
 * Why a team may not join this session now, if it may not: the phase, the facilitator closing
 * joining, a device or a name they removed, a name that looks like one already taken, a full room.
 */
export function admissionRefusal(
  session: LiveSession,
  name: string,
  device: string,
): { ok: false; error: WorkshopError } | undefined {
  const { record, teams, bans } = session;
  if (!canJoin(record.phase)) {
    return refuse(
      'wrong-phase',
      `This workshop is closed to new teams: ${PHASE_LABELS[record.phase].toLowerCase()}.`,
    );
  }
  if (record.joiningClosed) {
    return refuse('wrong-phase', 'The facilitator has closed joining for this workshop.');
  }
  if (bans.has(`device:${device}`)) {
    return refuse(
      'removed',
      'The facilitator removed this device’s team from the workshop, so it cannot join again.',
    );
  }
  const key = nameKey(name);
  if (key === '') return refuse('invalid', 'A team name needs at least one letter or digit.');
  if (bans.has(`name:${key}`)) {
    return refuse(
      'name-taken',
      `The name '${name}' is not available in this workshop. Pick another.`,
    );
  }
  const same = [...teams.values()].find((t) => nameKey(t.name) === key);
  if (same) {
    return refuse(
      'name-taken',
      same.name === name
        ? `A team called '${name}' has already joined. Pick another name.`
        : `'${name}' looks the same as '${same.name}', a team that has already joined. Pick another name.`,
    );
  }
  if (teams.size >= LIMITS.teamsPerSession) {
    return refuse('full', `This workshop already has ${LIMITS.teamsPerSession} teams.`);
  }
  return undefined;
}
