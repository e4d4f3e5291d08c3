import type { ChoiceEffect } from './beat.ts';
import type { Exploration } from './explore.ts';
import { qualityLabel } from './qualities.ts';

/** A scoring problem found by exploring, pinned to story text the caller can locate. */
export interface LintFinding {
  severity: 'warning';
  message: string;
  hint?: string;
  /** The choice text (or ending title) that shows where. */
  near: string;
  rule?: 'judgement';
}

const total = (effects: readonly ChoiceEffect[]) => effects.reduce((s, e) => s + e.amount, 0);
const key = (effects: readonly ChoiceEffect[]) =>
  [...effects]
    .sort((a, b) => a.quality.localeCompare(b.quality))
    .map((e) => `${e.quality}${e.amount}`)
    .join(',');

/**
 * Warnings about how a story scores, not whether it runs: the checks that tell a trainer a decision
 * teaches nothing, or a quality is practised in name only.
 */
export function lintScoring(exploration: Exploration): LintFinding[] {
  const findings: LintFinding[] = [];
  const seenChoices = new Set<string>();
  const choicesPerQuality = new Map<string, Set<string>>();
  for (const point of exploration.choicePoints) {
    for (const option of point.options) {
      for (const e of option.effects) {
        if (!choicesPerQuality.has(e.quality)) choicesPerQuality.set(e.quality, new Set());
        choicesPerQuality.get(e.quality)?.add(option.text);
      }
      if (seenChoices.has(option.text)) continue;
      seenChoices.add(option.text);
      if (option.effects.length === 0) {
        findings.push({
          severity: 'warning',
          message: `choice '${option.text}' scores no quality`,
          hint: 'add a tag such as #listening +1 inside the brackets',
          near: option.text,
        });
      }
      if (!option.feedback) {
        findings.push({
          severity: 'warning',
          message: `choice '${option.text}' has no #feedback`,
          hint: 'say in a sentence why it served or did not: the debrief shows it',
          near: option.text,
        });
      }
    }
    const first = point.options[0]?.text ?? '';
    if (point.options.length > 1 && new Set(point.options.map((o) => key(o.effects))).size === 1) {
      findings.push({
        severity: 'warning',
        message: `every option at the decision starting '${first}' scores the same`,
        hint: 'a decision teaches when its options pull on different qualities',
        near: first,
      });
    }
    if (!point.options.some((o) => total(o.effects) > 0)) {
      findings.push({
        severity: 'warning',
        message: `no option at the decision starting '${first}' scores positively`,
        hint: 'give the learner at least one way to serve well here',
        near: first,
      });
    }
  }
  for (const [quality, choices] of choicesPerQuality) {
    if (choices.size === 1) {
      const only = [...choices][0] ?? '';
      findings.push({
        severity: 'warning',
        message: `${qualityLabel(quality as never)} is scored by one choice only ('${only}')`,
        hint: 'a quality in play once is hard to read in the debrief; score it in other decisions too, or drop it',
        near: only,
      });
    }
  }
  return findings;
}

/** Ending titles written in the source that no explored path reached. */
export function unreachedEndings(sources: ReadonlyMap<string, string>, exploration: Exploration) {
  const found: { file: string; line: number; title: string }[] = [];
  for (const [file, text] of sources) {
    text.split(/\r?\n/).forEach((line, i) => {
      const code = line.replace(/\/\/.*$/, '');
      for (const m of code.matchAll(/#\s*ending:\s*([^#\]]+)/g)) {
        // The title ends where ink ends the tag: at a divert, as in '#ending: X -> END'.
        const title = (m[1] ?? '').split(/->|<-/)[0]!.trim();
        if (title && !(title in exploration.endings)) found.push({ file, line: i + 1, title });
      }
    });
  }
  return found;
}
