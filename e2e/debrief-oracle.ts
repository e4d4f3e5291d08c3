import path from 'node:path';
import { Story } from 'inkjs/full';
import { compileInk } from './ink-oracle.ts';
import { basisOf, label, points, readings, share, verdictOf } from './guide-rules.ts';
import {
  below,
  globalTags,
  memoFor,
  optionsOf,
  optionTotal,
  readLines,
  type Below,
  type InkLine,
  type InkOption,
} from './ink-walk.ts';

/**
 * What the page's debrief must say, worked out from the rules in docs/writing-stories.md ("How
 * the debrief judges a play") over the story as inkjs plays it, and worded here: nothing of
 * src/ is imported, so a judgement bug in the engine cannot hide by being in the expected words
 * too. The rules themselves are in guide-rules.ts.
 */

const same = (a: string | undefined, b: string) =>
  (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

export interface OracleStory {
  id: string;
  json: string;
  meta: { title: string; customer: string; setting: string; pronoun: string };
}

/** A story compiled by inkjs's compiler, with its global tags. */
export function oracleStory(id: string): OracleStory {
  const json = compileInk(path.resolve('stories', `${id}.ink`));
  const tags = globalTags(new Story(json));
  return {
    id,
    json,
    meta: {
      title: tags.title ?? id,
      customer: tags.customer ?? 'The customer',
      setting: tags.setting ?? 'default',
      // The guide's `# pronouns: she/her`: the debrief's sentences use its first word, else "they".
      pronoun:
        /^(she|he|they)\s*\/\s*(her|him|them)$/i.exec(tags.pronouns ?? '')?.[1]?.toLowerCase() ??
        'they',
    },
  };
}

interface Played {
  prompt: InkLine[];
  options: InkOption[];
  chosen: InkOption;
  reply: InkLine[];
  mood: string;
  scene: string;
  /** Whether the customer was in the room or on a call when the options were offered. */
  there: boolean;
  /** Per option index, the best total reachable through it from here. */
  reach: Map<number, number>;
}

/** Who is in the room and who is on a call, by the guide's "Who is on stage" rules. */
interface Stage {
  room: string[];
  call?: string;
}

function stageAfter(stage: Stage, line: InkLine): Stage {
  let { room, call } = stage;
  for (const [kind, value] of line.presence ?? []) {
    const listed = value
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    const names =
      listed.length === 1 && ['nobody', 'none', 'no one'].includes(listed[0]!.toLowerCase())
        ? []
        : listed;
    if (kind === 'onstage') [room, call] = [names, undefined];
    if (kind === 'enter') room = [...room, ...names.filter((n) => !room.includes(n))];
    if (kind === 'leave') room = room.filter((n) => !names.includes(n));
    if ((kind === 'enter' || kind === 'leave') && call && names.includes(call)) call = undefined;
    if ((kind === 'call' || kind === 'chat') && names[0]) {
      room = room.filter((n) => n !== names[0]);
      call = names[0];
    }
  }
  // Anyone who speaks and is neither in the room nor on the call walks in.
  const s = line.speaker;
  if (s && s !== 'You' && !room.includes(s) && call !== s) room = [...room, s];
  return call === undefined ? { room } : { room, call };
}

function play(story: OracleStory, choicePath: readonly number[], memo: Map<string, Below>) {
  const ink = new Story(story.json);
  ink.state.storySeed = 0;
  let mood = 'calm';
  let scene = story.meta.setting;
  const { customer } = story.meta;
  let stage: Stage = { room: [customer] };
  const follow = (lines: InkLine[]) => {
    for (const l of lines) {
      if (l.mood) mood = l.mood;
      if (l.scene) scene = l.scene;
      stage = stageAfter(stage, l);
    }
    return lines;
  };
  let prompt = follow(readLines(ink));
  const steps: Played[] = [];
  for (const index of choicePath) {
    const options = optionsOf(ink);
    const chosen = options[index];
    if (!chosen) throw new Error(`${story.id}: no choice ${index} here`);
    const saved = ink.state.ToJson();
    const reach = new Map<number, number>();
    for (const o of options) {
      ink.state.LoadJson(saved);
      ink.ChooseChoiceIndex(o.index);
      reach.set(o.index, optionTotal(o) + below(ink, memo).best);
    }
    ink.state.LoadJson(saved);
    const at = { mood, scene, there: stage.room.includes(customer) || stage.call === customer };
    ink.ChooseChoiceIndex(index);
    const reply = follow(readLines(ink));
    steps.push({ prompt, options, chosen, reply, reach, ...at });
    prompt = reply;
  }
  return steps;
}

/** The customer's reaction to a choice, as the guide's "Reactions and model answers" bounds it. */
function reactionOf(step: Played, customer: string) {
  let mood = step.mood;
  let line: string | undefined;
  let onStage = false;
  let cut = false;
  for (const l of step.reply) {
    cut = l.scene !== undefined && l.scene !== step.scene;
    if (cut) break;
    const byCustomer = same(l.speaker, customer);
    cut = l.speaker !== undefined && !byCustomer && !same(l.speaker, 'You');
    if (cut) break;
    if (l.mood) [mood, onStage] = [l.mood, true];
    if (byCustomer) [line, onStage] = [line ?? l.text, true];
  }
  const moved =
    mood === step.mood
      ? `${customer} stayed ${mood}.`
      : `${customer} went from ${step.mood} to ${mood}.`;
  const silent = cut
    ? `The story moved on before ${customer} answered this choice (still ${step.mood}).`
    : `${customer} said nothing to this, and stayed ${step.mood}.`;
  const text = !onStage
    ? step.there
      ? silent
      : `${customer} was not there to react to this choice.`
    : line
      ? `${customer}: “${line}” ${moved}`
      : moved;
  return { mood, text };
}

const effectsText = (effects: InkOption['effects']) =>
  effects
    .map((e) => `${label(e.quality)} ${e.amount > 0 ? '+' : '−'}${Math.abs(e.amount)}`)
    .join(', ');

function moment(step: Played, customer: string) {
  const reach = (o: InkOption) => step.reach.get(o.index) ?? -Infinity;
  const top = Math.max(...step.options.map(reach));
  const best = step.options.filter((o) => reach(o) === top);
  const chosenIsModel = best.includes(step.chosen);
  const ordered = chosenIsModel ? [step.chosen, ...best.filter((o) => o !== step.chosen)] : best;
  const said = step.prompt.filter((l) => l.text !== '').slice(-1)[0];
  const gained = step.chosen.effects.filter((e) => e.amount > 0);
  const spent = step.chosen.effects.filter((e) => e.amount < 0);
  const lost = top - reach(step.chosen);
  const asModel = (o: InkOption) => ({ text: o.text, feedback: o.feedback });
  return {
    said: said ? (said.speaker ? `${said.speaker}: ${said.text}` : said.text) : '',
    chosen: step.chosen.text,
    feedback: step.chosen.feedback,
    reaction: reactionOf(step, customer),
    tradeOffs:
      `Trade-offs you made: ${gained.length ? `you gained ${effectsText(gained)}` : 'you gained nothing'}; ` +
      `${spent.length ? `you spent ${effectsText(spent)}` : 'it cost no quality'}` +
      `${lost > 0 ? `, and it put ${points(lost)} of the best play out of reach` : ', and the best play was still open'}.`,
    model: asModel(ordered[0]!),
    defensible: ordered.map(asModel),
    chosenIsModel,
  };
}

/** What the debrief must show for `choicePath` (seed 0, the default ALIVE threshold). */
export function expectedDebrief(story: { id: string }, choicePath: readonly number[]) {
  const s = oracleStory(story.id);
  const memo = memoFor(s.json);
  const steps = play(s, choicePath, memo);
  const customer = s.meta.customer;
  const scores: Record<string, number> = {};
  for (const e of steps.flatMap((p) => p.chosen.effects))
    scores[e.quality] = (scores[e.quality] ?? 0) + e.amount;
  const total = Object.values(scores).reduce((a, b) => a + b, 0);
  const basis = basisOf(s, memo);
  const percent = share(total, basis.maxTotal);
  const lines = [...(steps[0]?.prompt ?? []), ...steps.flatMap((p) => p.reply)];
  const decisions = steps.map((p) => moment(p, customer));
  const first = lines.find((l) => l.mood)?.mood ?? 'calm';
  const last = decisions[decisions.length - 1]?.reaction.mood ?? first;
  const stated = steps[steps.length - 1]?.reply.find((l) => l.outcome)?.outcome;
  const ending = [...lines].reverse().find((l) => l.ending)?.ending;
  return {
    ending: ending ?? 'The story ended without a named ending',
    overall: { percent, display: `${percent}%`, points: total, best: basis.maxTotal },
    qualities: readings(scores, total, basis),
    decisions,
    verdict: verdictOf(customer, percent, first, last, stated, s.meta.pronoun),
  };
}
