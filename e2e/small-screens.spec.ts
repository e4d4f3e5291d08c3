import { expect, test, type Page } from '@playwright/test';
import { choicesGroup, expectNoAxeViolations, HOTEL, playByMouse } from './helpers';

/*
 * Every screen of the game passes axe (WCAG 2.2 AA) and reflows without sideways scrolling on a
 * 320 px phone and on a laptop at 200% zoom: the title, Settings, the menu with the first-run
 * welcome, Progress (empty and with an attempt), an encounter while its dialogue box types a line,
 * the choices, the Start over question, the debrief and the Story Studio.
 */

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// 200% zoom on a 1280 px laptop lays the page out in 640 CSS pixels at twice the density.
const screens = [
  { name: 'a 320 px wide phone', viewport: { width: 320, height: 568 }, scale: 1, touch: true },
  { name: 'a laptop at 200% zoom', viewport: { width: 640, height: 400 }, scale: 2, touch: false },
];

for (const screen of screens) {
  test(`every screen passes axe and reflows on ${screen.name}`, async ({ browser }) => {
    const context = await browser.newContext({
      viewport: screen.viewport,
      deviceScaleFactor: screen.scale,
      hasTouch: screen.touch,
      isMobile: screen.touch,
      // Lines type out, so the dialogue box is checked mid-line.
      reducedMotion: 'no-preference',
    });
    const page = await context.newPage();
    const press = (name: string) => page.getByRole('button', { name, exact: true }).first().click();
    /** The screen in view fits the width and has no WCAG 2.2 AA violation. */
    const check = async (what: string) => {
      expect(await overflow(page), `${what}: sideways scroll`).toBeLessThanOrEqual(0);
      await test.step(`axe: ${what}`, () => expectNoAxeViolations(page));
    };

    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await check('title');
    await press('Settings');
    await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
    await check('settings');
    await page
      .getByRole('dialog', { name: 'Settings' })
      .getByRole('button', { name: 'Close' })
      .click();

    await press('Start');
    await expect(page.getByRole('region', { name: 'How to play' })).toBeVisible();
    await check('menu with the first-run welcome');
    await press('Skip the introduction');
    await press('Progress');
    await expect(page.getByRole('heading', { name: 'Progress' })).toBeVisible();
    await check('progress, no attempts yet');
    await press('Back to menu');

    await page.getByRole('button', { name: HOTEL }).click();
    const showAll = page.getByRole('button', { name: 'Show all' });
    await expect(showAll).toBeVisible();
    await check('encounter, a line typing in the dialogue box');
    await showAll.click();
    await expect(choicesGroup(page).or(showAll)).toBeVisible();
    while (await showAll.isVisible()) await showAll.click().catch(() => undefined);
    await expect(choicesGroup(page)).toBeVisible();
    const first = choicesGroup(page).getByRole('button').first();
    expect((await first.boundingBox())?.width ?? 0).toBeLessThanOrEqual(screen.viewport.width);
    await check('encounter, the choices');

    await press('Start over');
    const confirm = page.getByRole('dialog');
    await expect(confirm.getByRole('button', { name: 'Start over' })).toBeVisible();
    await check('start over, asked first');
    await confirm.getByRole('button', { name: 'Start over' }).click();

    await playByMouse(page, () => 0);
    await press('See your debrief');
    await expect(page.getByRole('heading', { name: /^Debrief/, level: 1 })).toBeVisible();
    await check('debrief');
    const again = await page.getByRole('button', { name: 'Play again' }).boundingBox();
    expect(again?.width ?? 0).toBeLessThanOrEqual(screen.viewport.width);

    await press('Back to menu');
    await press('Progress');
    await expect(page.getByRole('table', { name: /Every finished attempt/ })).toBeVisible();
    await check('progress with an attempt');
    await press('Back to menu');
    await press('Back to title');
    await press('Story Studio');
    await expect(page.getByRole('tab', { name: 'Playtest' })).toBeVisible();
    await check('story studio');
    for (const tab of ['Map', 'Report']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tabpanel', { name: tab, exact: true })).toBeVisible();
      await check(`story studio, ${tab}`);
    }
    await context.close();
  });
}
