import type { ChoiceEffect } from './beat.ts';
import { stripComments } from './source-tags.ts';
import { parseTag } from './tags.ts';

/** A warning about how one choice scores, at the source line that writes it. */
export interface ChoiceFinding {
  file: string;
  line: number;
  message: string;
  hint: string;
  rule: 'judgement';
}

interface SourceChoice {
  file: string;
  line: number;
  text: string;
  effects: ChoiceEffect[];
  barrier: boolean;
  feedback: string;
}

const CHOICE = /^\s*(?:[*+]\s*)+(?:\(\s*\w+\s*\)\s*)?(.*)$/;

/** The choices written in a source, with their bracketed tags read by the tag contract. */
function choicesOf(file: string, source: string): SourceChoice[] {
  const out: SourceChoice[] = [];
  stripComments(source).forEach((raw, i) => {
    const m = CHOICE.exec(raw);
    const bracket = m?.[1]?.match(/\[([^\]]*)\]/)?.[1];
    if (!m || bracket === undefined) return;
    const [text = '', ...tags] = bracket.split('#');
    const choice: SourceChoice = {
      file,
      line: i + 1,
      text: text.trim(),
      effects: [],
      barrier: false,
      feedback: '',
    };
    for (const tag of tags) {
      const parsed = parseTag(tag);
      if (!parsed.ok) continue;
      const t = parsed.value;
      if (t.kind === 'quality') choice.effects.push({ quality: t.quality, amount: t.amount });
      if (t.kind === 'barrier') choice.barrier = true;
      if (t.kind === 'feedback') choice.feedback = t.text;
    }
    out.push(choice);
  });
  return out;
}

/** Words with which feedback usually names a cost. */
const COST_WORDS = /\b(but|although|though|costs?|at the expense of|waits?)\b/i;
const amountOf = (c: SourceChoice, q: string) =>
  c.effects.filter((e) => e.quality === q).reduce((s, e) => s + e.amount, 0);

/**
 * Warnings that a choice's tags will mislead, read from the source so each names its line: a
 * barrier rewarded as stewardship, and a cost named in the feedback that no tag carries.
 */
export function lintChoices(sources: ReadonlyMap<string, string>): ChoiceFinding[] {
  const findings: ChoiceFinding[] = [];
  const at = (c: SourceChoice, message: string, hint: string) =>
    findings.push({ file: c.file, line: c.line, message, hint, rule: 'judgement' });
  for (const [file, source] of sources) {
    const choices = choicesOf(file, source);
    for (const c of choices) {
      if (c.barrier && amountOf(c, 'stewardship') > 0)
        at(
          c,
          `barrier choice '${c.text}' earns stewardship`,
          'stewardship is holding in trust, not compliance: following the rule is not stewardship; move the +N to what the rule protects, or drop it',
        );
      if (c.feedback && COST_WORDS.test(c.feedback) && !c.effects.some((e) => e.amount < 0))
        at(
          c,
          `the feedback on '${c.text}' names a cost ('${COST_WORDS.exec(c.feedback)?.[0]}…') that no tag carries`,
          'tag the cost the feedback names as a minus, e.g. #empathy -1, or reword the feedback',
        );
    }
  }
  return findings;
}
