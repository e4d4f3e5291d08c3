import {
  lifeMoments,
  poseAt,
  poseKey,
  REST,
  type LifeMoment,
  type LifePlan,
} from '../../core/stage-life.ts';
import { applyPose, facePixels, type Person } from './stage-person.ts';

/**
 * The people's idle life in spells: a change wakes the picture, everyone breathes, blinks and
 * gestures as core's plan says for `plan.awakeMs`, then comes to rest. It poses the people; the
 * scene decides what to draw.
 */
export class IdleLife {
  /** Waking spells so far: each one's idle moments are seeded by it. */
  private spell = 0;
  /** Scene time when this spell's first frame ran; unset until then. */
  private wokeAt: number | undefined;

  constructor(
    private readonly plan: LifePlan,
    private readonly counted: (kind: LifeMoment['kind']) => void,
  ) {}

  /** Something changed: a new spell begins, with each person's moments for it. */
  wake(people: ReadonlyMap<string, Person>, speaking: string | undefined): void {
    // Changes before the spell's first frame (a line's speaker and mood together) are one spell.
    if (this.wokeAt !== undefined) {
      this.spell++;
      this.wokeAt = undefined;
      for (const person of people.values()) delete person.startledAt;
    }
    for (const [name, person] of people) {
      person.moments = lifeMoments(this.plan, name, this.spell, speaking === name);
      person.next = 0;
    }
  }

  /**
   * Poses everyone for scene time `time`; at the end of the spell everyone is at rest. Says
   * whether anyone visibly moved (at the stage's `zoom`) and whether the spell is over.
   */
  pose(people: Iterable<Person>, time: number, zoom: number): { moved: boolean; resting: boolean } {
    this.wokeAt ??= time;
    const t = time - this.wokeAt;
    const resting = t >= this.plan.awakeMs;
    let moved = false;
    for (const person of people) {
      const pose = resting ? REST : this.advance(person, t);
      const key = poseKey(pose, facePixels(person, zoom));
      if (key === person.drawnKey) continue;
      applyPose(person, pose);
      person.drawnKey = key;
      moved = true;
    }
    return { moved, resting };
  }

  private advance(person: Person, t: number): Person['pose'] {
    for (; person.next < person.moments.length; person.next++) {
      const moment = person.moments[person.next];
      if (!moment || moment.at > t) break;
      this.counted(moment.kind);
    }
    return poseAt(person.pose, this.plan, person.moments, t, person.breathMs, person.startledAt);
  }
}
