/** Sound effects by id. Playing must never throw or block play: sound is a nicety. */
export interface SoundPort {
  play(id: string): void;
  /** Gains from 0 to 1, from the learner's settings (master × channel, or 0 when muted). */
  setGains(effects: number, music: number): void;
}

export const silentSound: SoundPort = { play: () => undefined, setGains: () => undefined };

type HowlCtor = typeof import('howler').Howl;

/** Sound through howler, loaded on first use so the menu's first paint does not wait for it. */
export function howlerSound(baseUrl: string, known: readonly string[]): SoundPort {
  let HowlClass: HowlCtor | undefined;
  let loading: Promise<void> | undefined;
  const cache = new Map<string, InstanceType<HowlCtor>>();
  const warned = new Set<string>();
  let effectsGain = 1;
  const load = () =>
    (loading ??= import('howler').then((m) => {
      HowlClass = m.Howl;
    }));

  const playNow = (id: string) => {
    if (!HowlClass) return;
    let howl = cache.get(id);
    if (!howl) {
      howl = new HowlClass({ src: [`${baseUrl}${id}.wav`], preload: true });
      cache.set(id, howl);
    }
    howl.volume(effectsGain);
    howl.play();
  };

  return {
    setGains(effects) {
      effectsGain = effects;
    },
    play(id) {
      if (effectsGain <= 0) return;
      if (!known.includes(id)) {
        if (!warned.has(id)) console.warn(`Serving Moments: no sound named '${id}'`);
        warned.add(id);
        return;
      }
      load()
        .then(() => playNow(id))
        .catch(() => undefined);
    },
  };
}
