import type { StoryLine } from '../core/beat.ts';
import { formatEffects } from '../core/debrief.ts';
import { h, uniqueId } from '../render/dom/h.ts';
import { Playtest, replayPlaytest, type LogEntry } from './playtest.ts';

export interface PlaytestPane {
  /** The latest compile: a new story to play, or undefined when the text does not compile. */
  load(json: string | undefined): void;
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
  const note = h('p', { class: 'studio-note' }, 'The playtest starts once the story compiles.');
  const transcript = h('ol', { class: 'studio-transcript', 'aria-label': 'Transcript' });
  const next = h('div', { class: 'studio-next' });
  const spoken = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const restart = h(
    'button',
    { type: 'button', disabled: true, onclick: () => start() },
    'Restart playtest',
  );
  body.append(note, transcript, next, h('p', {}, restart), spoken);

  function choiceItem(index: number, text: string, effects: string): HTMLElement {
    const effectsId = uniqueId('choice-effects');
    const choose = () => {
      if (!playtest) return;
      const before = playtest.log.length;
      playtest.choose(index);
      render();
      const added = playtest.log.slice(before + 1);
      spoken.textContent = added.map((e) => (e.kind === 'line' ? lineText(e.line) : '')).join(' ');
      const target = next.querySelector<HTMLElement>('button, .studio-ending');
      target?.focus();
    };
    return h(
      'li',
      {},
      h('button', { type: 'button', 'aria-describedby': effectsId, onclick: choose }, text),
      ' ',
      h('span', { class: 'effects', id: effectsId }, effects),
    );
  }

  function render(): void {
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
    onPath(playtest);
  }

  function start(): void {
    if (!playtest) return;
    playtest = new Playtest(playtest.json, SEED);
    note.textContent = 'Playing the current text from the start.';
    spoken.textContent = 'The playtest started again.';
    render();
  }

  return {
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
