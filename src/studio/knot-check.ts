import { compileInk } from '../build/ink-compiler.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import { checkSourceTags } from '../core/source-tags.ts';
import type { StoryFile, StoryFiles } from './story-files.ts';

const KNOT = /^\s*={2,}\s*(function\s+)?(\w+)/;
const STITCH = /^\s*=(?!=)\s*\w+/;
const LABEL = /^\s*(?:(?:[*+]|-(?!>))\s*)+\((\w+)\)/;
const DECLARATION = /^\s*(VAR|CONST|LIST|EXTERNAL)\b/;

/** One top-level knot of a file: its lines [start, end), 0-based. */
interface Span {
  start: number;
  end: number;
}

function knotSpans(lines: readonly string[]): Span[] {
  const starts = lines.flatMap((l, i) => (KNOT.test(l) ? [i] : []));
  return starts.map((start, k) => ({ start, end: starts[k + 1] ?? lines.length }));
}

/** The knot holding every changed line, in old and new line numbers; undefined when none does. */
function changedKnot(before: readonly string[], after: readonly string[]) {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  if (head === before.length && head === after.length) return undefined;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  const span = knotSpans(after).find((s) => s.start <= head && after.length - tail <= s.end);
  // An edit of a knot's header line may rename it: the whole story must be compiled again.
  if (!span || span.start === head) return undefined;
  if (!KNOT.test(before[span.start] ?? '') || before[span.start] !== after[span.start])
    return undefined;
  const delta = after.length - before.length;
  return { span, old: { start: span.start, end: span.end - delta }, delta };
}

/** Every other knot as ink needs it to resolve names: its headers and labels, with empty bodies. */
function stubOf(lines: readonly string[], span: Span): string[] {
  const out: string[] = [];
  let inFunction = false;
  for (let i = span.start; i < span.end; i++) {
    const line = lines[i]!;
    const knot = KNOT.exec(line);
    if (knot || STITCH.test(line)) {
      if (out.length && !inFunction) out.push('-> DONE');
      if (knot) inFunction = Boolean(knot[1]);
      out.push(line.replace(/\/\/.*$/, ''));
      if (inFunction) out.push('~ return');
      continue;
    }
    const label = LABEL.exec(line);
    if (label && !inFunction) out.push(`- (${label[1]})`);
  }
  if (out.length && !inFunction) out.push('-> DONE');
  return out;
}

/**
 * Ink's and the tag contract's messages for an edit inside one knot, in a fraction of a full
 * compile: that knot is compiled with the story's declarations and every other knot reduced to its
 * names. Problems elsewhere are kept from `diagnostics` (of `base`), moved by the lines the edit
 * added or removed. Undefined when the edit is not inside one knot's body; the full compile, which
 * follows anyway, then says what is wrong.
 */
export function knotCheck(
  base: StoryFiles,
  diagnostics: readonly Diagnostic[],
  files: StoryFiles,
): Diagnostic[] | undefined {
  if (base.length !== files.length || base.some((f, i) => f.name !== files[i]!.name))
    return undefined;
  const changed = files.filter((f, i) => f.text !== base[i]!.text);
  // Typed back to the checked text: its check stands.
  if (changed.length === 0) return [...diagnostics];
  if (changed.length !== 1) return undefined;
  const file = changed[0]!;
  const before = base[files.indexOf(file)]!.text.split('\n');
  const after = file.text.split('\n');
  const edit = changedKnot(before, after);
  if (!edit) return undefined;
  const source = syntheticStory(files, file, edit.span, after);
  const compiled = compileInk('knot-check.ink', () => source.text);
  const inSpan = (line: number) => line > edit.span.start && line <= edit.span.end;
  const fresh = [
    ...compiled.diagnostics
      .map((d) => ({ ...d, file: file.name, line: d.line - source.offset }))
      .filter((d) => inSpan(d.line)),
    ...checkSourceTags(after.slice(edit.span.start, edit.span.end).join('\n')).map((p) => ({
      file: file.name,
      ...p,
      line: p.line + edit.span.start,
    })),
  ];
  const kept = diagnostics.flatMap((d) => {
    if (d.file !== file.name || d.line <= edit.old.start) return [d];
    if (d.line <= edit.old.end) return [];
    return [{ ...d, line: d.line + edit.delta }];
  });
  return [...kept, ...fresh];
}

/** The edited knot, whole, after every declaration and a stub of every other knot. */
function syntheticStory(files: StoryFiles, edited: StoryFile, span: Span, lines: string[]) {
  const head: string[] = ['-> DONE'];
  const stubs: string[] = [];
  for (const f of files) {
    const own = f === edited ? lines : f.text.split('\n');
    for (let i = 0; i < own.length; i++)
      if (DECLARATION.test(own[i]!) && (f !== edited || i < span.start || i >= span.end))
        head.push(own[i]!);
    for (const s of knotSpans(own))
      if (f !== edited || s.start !== span.start) stubs.push(...stubOf(own, s));
  }
  const knot = lines.slice(span.start, span.end);
  const text = [...head, ...knot, ...stubs].join('\n');
  // Message line N of the synthetic story is line N - offset of the edited file.
  return { text, offset: head.length - span.start };
}
