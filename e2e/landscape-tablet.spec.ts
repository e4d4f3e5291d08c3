import { expect, test } from '@playwright/test';
import { choicesGroup, HOTEL } from './helpers';

const screens = [
  { name: 'a phone held sideways', viewport: { width: 667, height: 375 } },
  { name: 'an upright tablet', viewport: { width: 768, height: 1024 } },
  { name: 'a tablet held sideways', viewport: { width: 1024, height: 768 } },
];

for (const screen of screens) {
  test.describe(`on ${screen.name}`, () => {
    test.use({ viewport: screen.viewport, hasTouch: true, isMobile: true });

    test('the scene and every choice are on screen together at each decision', async ({ page }) => {
      await page.goto('./#/menu');
      await page.getByRole('button', { name: HOTEL }).tap();
      const canvas = page.locator('.stage canvas');
      const debrief = page.getByRole('button', { name: 'See your debrief' });
      const viewport = screen.viewport;
      let decisions = 0;
      for (let step = 0; step < 30; step++) {
        await expect(choicesGroup(page).or(debrief)).toBeVisible();
        if (await debrief.isVisible()) break;
        // The whole picture, not a sliver of it, beside or above the whole of every choice.
        await expect(canvas).toBeInViewport({ ratio: 0.95 });
        const buttons = choicesGroup(page).getByRole('button');
        const count = await buttons.count();
        for (let i = 0; i < count; i++) {
          const box = await buttons.nth(i).boundingBox();
          expect(box, `choice ${i + 1} at decision ${decisions + 1}`).not.toBeNull();
          if (!box) continue;
          expect(box.y, `choice ${i + 1} top`).toBeGreaterThanOrEqual(-0.5);
          // Scrolled flush to the bottom edge, give or take a fraction of a pixel.
          expect(box.y + box.height, `choice ${i + 1} bottom`).toBeLessThanOrEqual(
            viewport.height + 0.5,
          );
        }
        // The buttons are not hidden under the pinned picture.
        const picture = await canvas.boundingBox();
        const first = await buttons.first().boundingBox();
        if (picture && first) {
          const beside = first.x >= picture.x + picture.width;
          const below = first.y >= picture.y + picture.height;
          expect(beside || below, 'first choice clear of the picture').toBe(true);
        }
        await buttons.nth(step % count).tap();
        decisions++;
      }
      expect(decisions).toBeGreaterThan(2);
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBeLessThanOrEqual(0);
    });
  });
}
