/** A file name for the download: the opened file's own, or one made from the story's title. */
export function inkFileName(text: string, openedName?: string): string {
  if (openedName) return /\.ink$/i.test(openedName) ? openedName : `${openedName}.ink`;
  const title = /^\s*#\s*title:\s*(.+)$/m.exec(text)?.[1] ?? '';
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'story'}.ink`;
}
