import type * as Phaser from 'phaser';

/**
 * What the picture has done, written on the stage's element for tests and anyone inspecting the
 * page: whether it is drawing, how many frames, and the idle life and comings and goings so far.
 */
export class StageReport {
  blinks = 0;
  gestures = 0;
  /** Fades in and out finished so far; people who came and went at a cut are not counted. */
  entrances = 0;
  exits = 0;

  constructor(
    private readonly parent: HTMLElement,
    private readonly loop: () => Phaser.Core.TimeStep,
  ) {}

  write(): void {
    const { dataset } = this.parent;
    const loop = this.loop();
    dataset.loop = loop.running ? 'awake' : 'asleep';
    dataset.frames = String(loop.frame);
    dataset.blinks = String(this.blinks);
    dataset.gestures = String(this.gestures);
    dataset.entrances = String(this.entrances);
    dataset.exits = String(this.exits);
  }
}
