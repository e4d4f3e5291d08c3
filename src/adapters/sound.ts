/** Sound by id. Playing must never throw or block play: sound is a nicety. */
export interface SoundPort {
  play(id: string): void;
  /** Loops a place's ambience, replacing the one before; undefined stops it. */
  ambience(id: string | undefined): void;
  /** Gains from 0 to 1, from the learner's settings (master × channel, or 0 when muted). */
  setGains(effects: number, music: number): void;
}

export const silentSound: SoundPort = {
  play: () => undefined,
  ambience: () => undefined,
  setGains: () => undefined,
};

type HowlerModule = typeof import('howler');
type Howl = InstanceType<HowlerModule['Howl']>;

/**
 * Sound through howler, loaded on first use so the menu's first paint does not wait for it.
 * WebM (Opus) first, MP3 for Safari; howler unlocks audio on the learner's first gesture, and the
 * context is resumed when the tab comes back.
 */
export function howlerSound(baseUrl: string, known: readonly string[]): SoundPort {
  let howler: HowlerModule | undefined;
  let loading: Promise<void> | undefined;
  const cache = new Map<string, Howl>();
  const warned = new Set<string>();
  let effectsGain = 1;
  let musicGain = 0.5;
  let loop: { id: string; howl: Howl } | undefined;
  let wantedLoop: string | undefined;

  const load = () =>
    (loading ??= import('howler').then((m) => {
      howler = m;
      m.Howler.mute(effectsGain <= 0 && musicGain <= 0);
      document.addEventListener('visibilitychange', () => {
        const ctx = m.Howler.ctx;
        if (document.visibilityState === 'visible' && ctx?.state === 'suspended') void ctx.resume();
      });
    }));

  const howlOf = (id: string, looping: boolean): Howl | undefined => {
    if (!howler) return undefined;
    let howl = cache.get(id);
    if (!howl) {
      howl = new howler.Howl({
        src: [`${baseUrl}${id}.webm`, `${baseUrl}${id}.mp3`],
        loop: looping,
        preload: true,
      });
      cache.set(id, howl);
    }
    return howl;
  };

  const isKnown = (id: string) => {
    if (known.includes(id)) return true;
    if (!warned.has(id)) console.warn(`Serving Moments: no sound named '${id}'`);
    warned.add(id);
    return false;
  };

  const startLoop = () => {
    if (loop?.id === wantedLoop) return loop?.howl.volume(musicGain);
    loop?.howl.fade(loop.howl.volume(), 0, 600);
    const old = loop?.howl;
    setTimeout(() => old?.stop(), 650);
    loop = undefined;
    if (!wantedLoop || musicGain <= 0) return;
    const howl = howlOf(wantedLoop, true);
    if (!howl) return;
    howl.volume(0);
    howl.play();
    howl.fade(0, musicGain, 800);
    loop = { id: wantedLoop, howl };
  };

  const safely = (fn: () => void) =>
    load()
      .then(fn)
      .catch(() => undefined);

  return {
    setGains(effects, music) {
      effectsGain = effects;
      musicGain = music;
      // Silence means silence: howler's own mute also stops whatever is already playing.
      howler?.Howler.mute(effects <= 0 && music <= 0);
      if (howler) startLoop();
    },
    play(id) {
      if (effectsGain <= 0 || !isKnown(id)) return;
      void safely(() => {
        const howl = howlOf(id, false);
        howl?.volume(effectsGain);
        howl?.play();
      });
    },
    ambience(id) {
      if (id !== undefined && !isKnown(id)) return;
      wantedLoop = id;
      void safely(startLoop);
    },
  };
}
