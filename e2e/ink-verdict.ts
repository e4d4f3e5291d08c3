import path from 'node:path';
import { Story } from 'inkjs/full';
import { expectedDebrief } from './debrief-oracle.ts';
import { rank } from './guide-rules.ts';
import { compileInk } from './ink-oracle.ts';

/**
 * The verdict a play must get, worked out from ink and the rules in docs/writing-stories.md alone
 * (nothing of src/core): ALIVE when the overall score reaches the threshold and the customer is not
 * worse off; "better off" compares the customer's first mood with their mood right after the last
 * decision's reaction, unless the ending says it with '#outcome:'; a DEAD play is named by the most
 * frequent of rules (barrier choices), rescue (gains empathy, healing or listening and spends
 * stewardship, community, foresight or growth) and did not listen (spends listening, empathy or
 * awareness), ties in that order; 'worse-off' when the score was enough; 'thin' when none shows.
 */
export interface InkVerdict {
  served: boolean;
  betterOff: boolean;
  /** Left worse off than they came; neither this nor betterOff is "no better off". */
  worseOff: boolean;
  failure?: 'rules' | 'rescue' | 'listen' | 'worse-off' | 'thin';
}

interface Line {
  text: string;
  tags: Map<string, string>;
}

function tagMap(tags: readonly string[] | null): Map<string, string> {
  const found = new Map<string, string>();
  for (const tag of tags ?? []) {
    const m = /^\s*([a-z]+)\s*:\s*(.*?)\s*$/i.exec(tag);
    if (m) found.set(m[1]!.toLowerCase(), m[2]!);
    const q = /^\s*([a-z]+)\s*([+-]\d+)\s*$/i.exec(tag);
    if (q)
      found.set(
        `q:${q[1]!.toLowerCase()}`,
        String(Number(found.get(`q:${q[1]}`) ?? 0) + Number(q[2])),
      );
  }
  return found;
}

/** The lines up to the next choice; a tag-only line's tags belong to the line after it. */
function readLines(story: Story): Line[] {
  const lines: Line[] = [];
  let carried = new Map<string, string>();
  while (story.canContinue) {
    const text = (story.Continue() ?? '').trim();
    const tags = new Map([...carried, ...tagMap(story.currentTags)]);
    if (text === '') carried = tags;
    else {
      lines.push({ text, tags });
      carried = new Map();
    }
  }
  if (carried.size > 0) lines.push({ text: '', tags: carried });
  return lines;
}

const same = (a: string | undefined, b: string) =>
  (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

export function inkVerdict(
  id: string,
  choicePath: readonly number[],
  aliveAt: number,
  seed = 0,
): InkVerdict {
  const json = compileInk(path.resolve('stories', `${id}.ink`));
  const story = new Story(json);
  story.state.storySeed = seed;
  const globals = tagMap(story.globalTags);
  const customer = globals.get('customer') ?? '';
  let scene = globals.get('setting') ?? '';
  let mood = 'calm';
  let first: string | undefined;
  let lastReaction = mood;
  let stated: string | undefined;
  const counts = { rules: 0, rescue: 0, listen: 0 };
  const follow = (lines: readonly Line[]) => {
    for (const l of lines) {
      const m = l.tags.get('mood');
      if (m) {
        mood = m;
        first ??= m;
      }
      scene = l.tags.get('scene') ?? scene;
    }
  };
  follow(readLines(story));
  for (const index of choicePath) {
    const choice = story.currentChoices[index];
    if (!choice) throw new Error(`${id}: no choice ${index} here`);
    const tags = tagMap(choice.tags);
    const amount = (q: string) => Number(tags.get(`q:${q}`) ?? 0);
    const gains = (qs: string[]) => qs.some((q) => amount(q) > 0);
    const costs = (qs: string[]) => qs.some((q) => amount(q) < 0);
    const rescue =
      gains(['empathy', 'healing', 'listening']) &&
      costs(['stewardship', 'community', 'foresight', 'growth']);
    if (tags.has('barrier')) counts.rules++;
    else if (rescue) counts.rescue++;
    else if (costs(['listening', 'empathy', 'awareness'])) counts.listen++;
    const [sceneBefore, moodBefore] = [scene, mood];
    story.ChooseChoiceIndex(index);
    const reply = readLines(story);
    let reaction = moodBefore;
    for (const l of reply) {
      if (l.tags.has('scene') && l.tags.get('scene') !== sceneBefore) break;
      const speaker = l.tags.get('speaker');
      if (speaker !== undefined && !same(speaker, customer) && !same(speaker, 'you')) break;
      reaction = l.tags.get('mood') ?? reaction;
    }
    lastReaction = reaction;
    stated = reply.map((l) => l.tags.get('outcome')).find(Boolean);
    follow(reply);
  }
  const from = first ?? 'calm';
  const betterOff = stated ? stated === 'better-off' : rank(lastReaction) > rank(from);
  const worseOff = stated ? stated === 'worse-off' : rank(lastReaction) < rank(from);
  if (seed !== 0) throw new Error('the oracle scores seed 0 only');
  const { percent } = expectedDebrief({ id }, choicePath).overall;
  if (percent >= aliveAt && !worseOff) return { served: true, betterOff, worseOff };
  if (percent >= aliveAt) return { served: false, betterOff, worseOff, failure: 'worse-off' };
  const [kind, times] = (Object.entries(counts) as [InkVerdict['failure'], number][]).reduce(
    (a, b) => (b[1] > a[1] ? b : a),
  );
  return { served: false, betterOff, worseOff, failure: times > 0 ? kind : 'thin' };
}
