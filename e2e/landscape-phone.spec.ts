import { expect, test, type Page } from '@playwright/test';
import { choicesGroup } from './helpers';
import { SHIPPED_STORIES, walkStory } from './story-walk';

/*
 * Issue 15 item 4 on a phone held sideways (667×375, touch), for every decision of a full play
 * of every shipped story: the stage's picture and the whole first choice are on screen while
 * choosing, nothing scrolls sideways, and the page is the one scrolling region (no box scrolls
 * inside it). The debrief's chart fits the short screen. The paths are read off the ink files by
 * inkjs alone (story-walk.ts), so the words tapped come from the stories, not from the game.
 */

const VIEWPORT = { width: 667, height: 375 };
test.use({ viewport: VIEWPORT, hasTouch: true, isMobile: true });
test.describe.configure({ mode: 'parallel' });

/** What breaks "one scroll region, no sideways scroll", in words, or nothing. */
const scrollTrouble = (page: Page) =>
  page.evaluate(() => {
    const trouble: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth)
      trouble.push(`the page scrolls sideways by ${doc.scrollWidth - doc.clientWidth}px`);
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(el);
      const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
      const name = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
      if (scrolls(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
        trouble.push(`${name} scrolls inside the page`);
      if (scrolls(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
        trouble.push(`${name} scrolls sideways`);
    }
    return trouble;
  });

async function playSideways(page: Page, id: string): Promise<void> {
  // A different option at each step, so a play visits more than the first branch.
  const { title, choices } = walkStory(id, (step, count) => step % count);
  await page.getByRole('button', { name: title, exact: true }).tap();
  const group = choicesGroup(page);
  const canvas = page.locator('.stage canvas');
  for (const [step, said] of choices.entries()) {
    const where = `${id}, decision ${step + 1}: ${said}`;
    const option = group.getByRole('button', { name: said, exact: true });
    await expect(option, where).toBeVisible({ timeout: 30_000 });
    // The picture, not a sliver of it, and the whole of the first choice.
    await expect(canvas, where).toBeInViewport({ ratio: 0.95 });
    const first = await group.getByRole('button').first().boundingBox();
    expect(first, where).not.toBeNull();
    expect(first!.y, `${where}: first choice top`).toBeGreaterThanOrEqual(-0.5);
    expect(first!.y + first!.height, `${where}: first choice bottom`).toBeLessThanOrEqual(
      VIEWPORT.height + 0.5,
    );
    expect(await scrollTrouble(page), where).toEqual([]);
    await option.tap();
  }
  await page.getByRole('button', { name: 'See your debrief' }).tap();
  await expect(page.getByRole('heading', { name: /^Debrief: / })).toBeVisible();
  // The chart is left out when fewer than three qualities were earned (debrief-chart.ts).
  const chart = page.getByRole('img', { name: /^Radar chart of your serving/ });
  if (await chart.isVisible()) {
    // Drawn: the chart has given the canvas its size (26 ems of the page's text).
    await expect(chart).toHaveAttribute('width', /^\d+$/);
    const box = await chart.boundingBox();
    expect(box, `${id}: the debrief chart`).not.toBeNull();
    expect(box!.height, `${id}: the chart fits the screen's height`).toBeLessThanOrEqual(
      VIEWPORT.height,
    );
    expect(box!.x + box!.width, `${id}: the chart fits the screen's width`).toBeLessThanOrEqual(
      VIEWPORT.width,
    );
  }
  expect(await scrollTrouble(page), `${id}: debrief`).toEqual([]);
  await page.goto('./#/menu');
}

// Three shares of the library, so two workers walk it side by side.
const SHARES = 3;
for (let share = 0; share < SHARES; share++) {
  const ids = SHIPPED_STORIES.filter((_, i) => i % SHARES === share);
  test(`held sideways, the scene and the first choice are on screen at every decision, with one scroll region: ${ids.join(', ')}`, async ({
    page,
  }) => {
    await page.goto('./#/menu');
    for (const id of ids) await playSideways(page, id);
  });
}
