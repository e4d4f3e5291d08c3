/** Escapes text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A file path as an href: each segment URI-encoded, so odd file names still resolve. */
export const hrefOf = (file: string) => file.split('/').map(encodeURIComponent).join('/');
