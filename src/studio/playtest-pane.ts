import type { StoryLine } from '../core/beat.ts';
import { debriefOf, formatEffects } from '../core/debrief.ts';
import type { ScoreRanges } from '../core/explore.ts';
import type { StoryMeta } from '../core/story-meta.ts';
import { outlooksOffThread } from '../app/debrief-outlooks.ts';
import { readLuckOnPage } from '../app/page-luck.ts';
import { luckRead } from '../core/luck.ts';
import { renderDebrief } from '../render/dom/debrief-screen.ts';
import { builtBrand } from '../built-brand.ts';
import { h, uniqueId } from '../render/dom/h.ts';
import { Playtest, replayPlaytest, type LogEntry } from './playtest.ts';

export interface PlaytestPane {
  /** The latest compile: a new story to play, or undefined when the text does not compile. */
  load(json: string | undefined): void;
  /**
   * What the debrief measures against, from the full check of `json`; undefined while it runs or
   * when it stopped. The ending shows the learners' debrief once this is known.
   */
  score(json: string, scoring: { meta: StoryMeta; ranges: ScoreRanges } | undefined): void;
}

/** One seed for every playtest, so a trainer sees the same shuffles each time they replay. */
const SEED = 1;

const lineText = (line: StoryLine) => (line.speaker ? `${line.speaker}: ${line.text}` : line.text);

function entryView(entry: LogEntry): HTMLElement {
  if (entry.kind === 'line') {
    const { speaker, text } = entry.line;
    return speaker
      ? h('li', {}, h('strong', {}, `${speaker}:`), ` ${text}`)
      : h('li', { class: 'narration' }, text);
  }
  const { text, effects } = entry.option;
  return h(
    'li',
    { class: 'studio-chosen' },
    'You chose: ',
    h('strong', {}, text),
    h('span', { class: 'effects' }, ` (${formatEffects(effects)})`),
  );
}

/**
 * Plays the current text with the learner's own session. An edit replays the path taken so far, so
 * a trainer can fix a line and see it without clicking back to where they were.
 */
export function createPlaytestPane(
  body: HTMLElement,
  onPath: (playtest: Playtest) => void,
): PlaytestPane {
  let playtest: Playtest | undefined;
  let scoring: { json: string; meta: StoryMeta; ranges: ScoreRanges } | undefined;
  const note = h('p', { class: 'studio-note' }, 'The playtest starts once the story compiles.');
  const transcript = h('ol', { class: 'studio-transcript', 'aria-label': 'Transcript' });
  const next = h('div', { class: 'studio-next' });
  const spoken = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const restart = h(
    'button',
    { type: 'button', disabled: true, onclick: () => start() },
    'Restart playtest',
  );
  const debrief = h('div', { class: 'studio-debrief' });
  body.append(note, transcript, next, debrief, h('p', {}, restart), spoken);

  /** The learners' own debrief screen, under the ending: the same words and figures they read. */
  function showDebrief(fromChoice: boolean): void {
    const current = playtest;
    if (!current?.session.ended) {
      debrief.replaceChildren();
      return;
    }
    if (scoring?.json !== current.json) {
      debrief.replaceChildren(
        h(
          'p',
          { class: 'studio-note' },
          'The debrief appears here once the full check has explored every path.',
        ),
      );
      return;
    }
    const known = scoring;
    const { session } = current;
    if (!luckRead(known, session.seed)) {
      // A random draft is read against the playtest's own rolls: in the page's idle time.
      debrief.replaceChildren(
        h('p', { class: 'studio-note', role: 'status' }, 'Reading your play…'),
      );
      void readLuckOnPage(known, session.seed).then(() => {
        if (playtest === current && scoring === known) showDebrief(fromChoice);
      });
      return;
    }
    const focused = document.activeElement as HTMLElement | null;
    // The model answers come from the game's own worker, off the page's thread, as learners get them.
    const play = { json: current.json, seed: session.seed, path: session.path };
    const later = outlooksOffThread(play).then((outlooks) =>
      debriefOf(known, session, { outlooks }),
    );
    renderDebrief(
      debrief,
      debriefOf(known, session, { outlooks: [] }),
      {
        onPlayAgain: () => start(),
        onRetryFrom: (decision) => {
          playtest = replayPlaytest(
            current.json,
            SEED,
            current.session.path.slice(0, decision),
          ).playtest;
          note.textContent = `Playing again from decision ${decision + 1}.`;
          render(true);
        },
      },
      {
        storyId: 'studio',
        finishedAt: new Date(),
        reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
        brand: builtBrand(),
      },
      later,
    );
    // An edit replays the playtest: the debrief is redrawn, but the writer keeps typing.
    if (!fromChoice) focused?.focus();
  }

  function choiceItem(index: number, text: string, effects: string): HTMLElement {
    const effectsId = uniqueId('choice-effects');
    const choose = () => {
      if (!playtest) return;
      const before = playtest.log.length;
      playtest.choose(index);
      render(true);
      const added = playtest.log.slice(before + 1);
      spoken.textContent = added.map((e) => (e.kind === 'line' ? lineText(e.line) : '')).join(' ');
      if (!playtest.session.ended || !debrief.querySelector('h1')) {
        next.querySelector<HTMLElement>('button, .studio-ending')?.focus();
      }
    };
    return h(
      'li',
      {},
      h('button', { type: 'button', 'aria-describedby': effectsId, onclick: choose }, text),
      ' ',
      h('span', { class: 'effects', id: effectsId }, effects),
    );
  }

  function render(fromChoice = false): void {
    restart.disabled = !playtest;
    if (!playtest) return;
    const { session } = playtest;
    transcript.replaceChildren(...playtest.log.map(entryView));
    if (session.ended) {
      next.replaceChildren(
        h(
          'p',
          { class: 'studio-ending', tabindex: '-1' },
          h('strong', {}, 'Ending: '),
          session.ending ?? 'the story ended without an #ending tag',
        ),
      );
    } else {
      const headingId = uniqueId('choices-heading');
      next.replaceChildren(
        h('h3', { id: headingId }, 'Choices'),
        h(
          'ol',
          { class: 'studio-choices', 'aria-labelledby': headingId },
          ...session.choices.map((c) => choiceItem(c.index, c.text, formatEffects(c.effects))),
        ),
      );
    }
    showDebrief(fromChoice);
    onPath(playtest);
  }

  function start(): void {
    if (!playtest) return;
    playtest = new Playtest(playtest.json, SEED);
    note.textContent = 'Playing the current text from the start.';
    spoken.textContent = 'The playtest started again.';
    render(true);
    next.querySelector<HTMLElement>('button')?.focus();
  }

  return {
    score(json, known) {
      scoring = known ? { json, ...known } : undefined;
      if (playtest?.session.ended) showDebrief(false);
    },
    load(json) {
      if (json === undefined) {
        note.textContent = playtest
          ? 'Playing the last version that compiled: fix the errors to play the current text.'
          : 'The playtest starts once the story compiles.';
        return;
      }
      if (json === playtest?.json) return;
      try {
        if (!playtest) {
          playtest = new Playtest(json, SEED);
          note.textContent = 'Playing the current text.';
        } else {
          const replay = replayPlaytest(json, SEED, playtest.session.path);
          playtest = replay.playtest;
          note.textContent =
            replay.stoppedAt === undefined
              ? 'Playing the current text: your choices so far were replayed.'
              : `Playing the current text: the edit changed decision ${replay.stoppedAt + 1}, so the playtest picks up there.`;
        }
      } catch (err) {
        note.textContent = `The playtest stopped: ${(err as Error).message}`;
        return;
      }
      render();
    },
  };
}
