/**
 * The story's global tags: the tags before its first line of text. ink's own `globalTags` gives up
 * when anything comes first, and an `INCLUDE` at the top leaves an empty line there, so a story
 * that Inky reads with its title loses it. This reads them the way Inky's writers mean them: the
 * tags of the root's opening, skipping empty lines.
 */
export function globalTagsOf(compiledJson: string): string[] {
  const root = (JSON.parse(compiledJson) as { root?: unknown[] }).root;
  const opening = Array.isArray(root?.[0]) ? (root[0] as unknown[]) : [];
  const tags: string[] = [];
  let inTag: string | undefined;
  for (const item of opening) {
    if (item === '#') inTag = '';
    else if (item === '/#') {
      tags.push((inTag ?? '').trim());
      inTag = undefined;
    } else if (typeof item === 'string' && item.startsWith('^')) {
      if (inTag === undefined) {
        if (item.slice(1).trim() !== '') break;
      } else inTag += item.slice(1);
    } else if (item === '\n') continue;
    else if (
      item &&
      typeof item === 'object' &&
      typeof (item as { '#'?: unknown })['#'] === 'string'
    )
      tags.push((item as { '#': string })['#'].trim());
    else break;
  }
  return tags;
}
