import { tagsInSource, type SourceProblem } from './source-tags.ts';
import { closest } from './suggest.ts';
import { parseTag } from './tags.ts';

/**
 * Presence tags that name someone who never speaks and is not the customer: most often a typo
 * ('#call: Pryia'), which would draw a stranger with a face of their own. Silent walk-ons are
 * allowed, so this only warns.
 */
export function checkPresenceNames(source: string): SourceProblem[] {
  const tags = tagsInSource(source).flatMap(({ line, body }) => {
    if (body.includes('{')) return [];
    const result = parseTag(body);
    return result.ok ? [{ line, body, tag: result.value }] : [];
  });
  const known = new Set<string>();
  for (const { tag } of tags) {
    if (tag.kind === 'speaker') known.add(tag.name);
    if (tag.kind === 'global' && tag.key === 'customer') known.add(tag.value);
  }
  const problems: SourceProblem[] = [];
  for (const { line, body, tag } of tags) {
    if (tag.kind !== 'presence') continue;
    for (const name of tag.change.names) {
      if (known.has(name)) continue;
      const lower = closest(
        name,
        [...known].map((k) => k.toLowerCase()),
      );
      const guess = [...known].find((k) => k.toLowerCase() === lower);
      problems.push({
        line,
        severity: 'warning',
        message: `'#${body}' names '${name}', who never speaks and is not the customer`,
        hint: `${guess ? `did you mean '${guess}'? ` : ''}use the name exactly as in '#speaker:' or '# customer:'`,
      });
    }
  }
  return problems;
}
