import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, HOTEL, openScenarioByMouse, playByMouse } from './helpers';

const overflow = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// 200% zoom on a 1280 px laptop lays the page out in 640 CSS pixels at twice the density.
const screens: [string, { width: number; height: number }, number][] = [
  ['a 320 px wide phone', { width: 320, height: 640 }, 1],
  ['a laptop at 200% zoom', { width: 640, height: 400 }, 2],
];

for (const [name, viewport, deviceScaleFactor] of screens) {
  test(`the encounter and the debrief reflow on ${name}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, deviceScaleFactor });
    const page = await context.newPage();
    await openScenarioByMouse(page, HOTEL);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    const first = page.getByRole('group', { name: 'Choices' }).getByRole('button').first();
    const box = await first.boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(viewport.width);
    await playByMouse(page, () => 0);
    await page.getByRole('button', { name: 'See your debrief' }).click();
    await expect(page.getByRole('heading', { name: /Debrief/ })).toBeVisible();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    const again = await page.getByRole('button', { name: 'Play again' }).boundingBox();
    expect(again?.width ?? 0).toBeLessThanOrEqual(viewport.width);
    await context.close();
  });
}
