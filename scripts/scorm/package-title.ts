import { contentHash } from '../../src/core/hash.ts';

const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'course';

/**
 * The course's title in the LMS (manifest, cmi5.xml, tincan.xml): the product name from
 * branding.json, with the scenario when there is one, or how many when some are left out.
 */
export function packageTitle(
  productName: string,
  stories: readonly { meta: { title: string } }[],
  allStories: boolean,
): string {
  const only = stories[0];
  if (stories.length === 1 && only) return `${productName}: ${only.meta.title}`;
  return allStories ? productName : `${productName}: ${stories.length} scenarios`;
}

/**
 * The identifier names the product and this selection of stories: re-uploading it updates the same
 * LMS course. Without branding it is serving-moments-…, as before branding existed.
 */
export function packageIdentifier(
  productName: string,
  ids: readonly string[],
  allStories: boolean,
): string {
  const selection = allStories ? 'all' : contentHash([...ids].sort().join(',')).slice(-8);
  return `${slugOf(productName)}-${selection}`;
}
