import { envelope, render } from './synth.ts';

const tone = (f: number, t: number) => Math.sin(2 * Math.PI * f * t);

/** Every effect the game or a story can play, synthesised: all original, all regenerable. */
export const EFFECTS: Record<string, Float32Array> = {
  // A soft wooden tick when a learner picks a choice.
  choice: render(0.12, (t) => 0.5 * envelope(t, 0.002, 0.025) * tone(660, t)),
  // A rising three-note chime for reaching an ending.
  ending: render(1.2, (t) =>
    [523.25, 659.25, 783.99].reduce((sum, f, i) => {
      const start = i * 0.18;
      return t < start ? sum : sum + 0.25 * envelope(t - start, 0.01, 0.4) * tone(f, t - start);
    }, 0),
  ),
  // The customer's mood lifts: two soft notes going up; drops: two going down.
  'mood-up': render(
    0.5,
    (t) => 0.2 * envelope(t % 0.18, 0.005, 0.12) * tone(t < 0.18 ? 587.33 : 783.99, t),
  ),
  'mood-down': render(
    0.5,
    (t) => 0.2 * envelope(t % 0.18, 0.005, 0.12) * tone(t < 0.18 ? 392 : 329.63, t),
  ),
  // Two bursts of a classic dual-tone ring.
  'phone-ring': render(1.6, (t) => {
    const on = t % 0.8 < 0.5 ? 1 : 0;
    return 0.22 * on * (tone(440, t) + tone(480, t)) * (0.6 + 0.4 * Math.sign(tone(20, t)));
  }),
  // A till scanner's short high beep.
  'till-beep': render(0.18, (t) => 0.21 * (t < 0.14 ? 1 : 0) * Math.sign(tone(1850, t))),
  // A shop door's two-note chime.
  'door-chime': render(1.1, (t) => {
    const first = 0.3 * envelope(t, 0.005, 0.35) * tone(880, t);
    const second = t < 0.25 ? 0 : 0.3 * envelope(t - 0.25, 0.005, 0.4) * tone(698.46, t - 0.25);
    return first + second;
  }),
  // A phone's message notification: a quick rising blip.
  'message-ping': render(
    0.3,
    (t) => 0.3 * envelope(t, 0.003, 0.08) * Math.sin(2 * Math.PI * (900 + 1200 * t) * t),
  ),
  // A terminal's refusal buzz: low and rough.
  'error-buzz': render(
    0.45,
    (t) => 0.25 * (t % 0.2 < 0.16 ? 1 : 0) * Math.sign(tone(150, t)) * Math.exp(-t * 1.5),
  ),
};
