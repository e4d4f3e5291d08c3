import { expect, test, type Page } from '@playwright/test';
import { choicesGroup, expectNoAxeViolations, HOTEL, showAllIfTyping } from './helpers';
import { walkStory } from './story-walk';

/*
 * A playtester's finding: at a larger text size the choices were pushed below the fold on a phone.
 * At every text size, on a 375×667 and a 320×568 phone, each decision of a full play shows the
 * pinned stage and the first choice together, with no sideways scroll and no scrolling region
 * inside the page. The text size is changed in Settings during the scenario, as a learner would.
 * The words tapped come from the story as inkjs plays it (story-walk.ts).
 */

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Whether a shown Continue button lies wholly outside the viewport (none shown: false). */
const continueOffScreen = (page: Page) =>
  page.evaluate(() => {
    const shown = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Continue' && b.getClientRects().length > 0,
    );
    if (!shown) return false;
    const r = shown.getBoundingClientRect();
    return (
      r.bottom <= 0 || r.top >= window.innerHeight || r.right <= 0 || r.left >= window.innerWidth
    );
  });

/** Elements other than the page that scroll their own content vertically. */
const nestedScrollers = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.encounter *')]
      .filter((e) => {
        const style = getComputedStyle(e);
        return /auto|scroll/.test(style.overflowY) && e.scrollHeight > e.clientHeight + 1;
      })
      .map((e) => e.className),
  );

for (const viewport of [
  { width: 375, height: 667 },
  { width: 320, height: 568 },
]) {
  for (const size of ['Normal', 'Large', 'Larger']) {
    test(`${viewport.width}×${viewport.height}, text size ${size}: the first choice is in view at every decision`, async ({
      browser,
    }) => {
      const context = await browser.newContext({
        viewport,
        hasTouch: true,
        isMobile: true,
        reducedMotion: 'no-preference',
      });
      const page = await context.newPage();
      const { title, choices } = walkStory('hotel-heat', (step, count) => step % count);
      await page.goto('./');
      await page.getByRole('button', { name: 'Start' }).tap();
      await page.getByRole('button', { name: HOTEL }).tap();
      await page.getByRole('button', { name: 'Settings' }).tap();
      const settings = page.getByRole('dialog', { name: 'Settings' });
      await settings
        .getByRole('group', { name: 'Text size' })
        .getByRole('radio', { name: size, exact: true })
        .check();
      await settings.getByRole('button', { name: 'Close' }).tap();
      await expect(page.getByRole('heading', { name: title })).toBeVisible();
      const group = choicesGroup(page);
      const canvas = page.locator('.stage canvas');
      for (const [step, said] of choices.entries()) {
        const where = `${size}, decision ${step + 1}: ${said}`;
        await expect(group.or(page.getByRole('button', { name: 'Show all' }))).toBeVisible({
          timeout: 30_000,
        });
        // While lines type out, the way on is on screen too, under the pinned stage and its box.
        // Read in one go: Continue goes away by itself once the last line has shown.
        expect(await continueOffScreen(page), `${where}: Continue`).toBe(false);
        await showAllIfTyping(page);
        const option = group.getByRole('button', { name: said, exact: true });
        await expect(option, where).toBeVisible({ timeout: 30_000 });
        await expect(group.getByRole('button').first(), where).toBeInViewport();
        await expect(canvas, where).toBeInViewport();
        expect(await overflow(page), `${where}: sideways scroll`).toBeLessThanOrEqual(0);
        expect(await nestedScrollers(page), `${where}: nested scroll`).toEqual([]);
        if (step === 0) await expectNoAxeViolations(page);
        await option.tap();
      }
      const debrief = page.getByRole('button', { name: 'See your debrief' });
      const showAll = page.getByRole('button', { name: 'Show all' });
      for (let i = 0; i < 20; i++) {
        await expect(debrief.or(showAll)).toBeVisible({ timeout: 30_000 });
        if (await debrief.isVisible()) break;
        await showAllIfTyping(page);
      }
      await expect(debrief).toBeVisible();
      await context.close();
    });
  }
}
