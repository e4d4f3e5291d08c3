import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { choicesGroup, expectNoAxeViolations, HOTEL } from './helpers';

/** The title of the first story in the recommended order, read from the list and the story. */
const START_HERE_TITLE = (() => {
  const order = readFileSync('stories/menu-order.txt', 'utf8');
  const id = order
    .split('\n')
    .map((l) => (l.split('#')[0] ?? '').trim())
    .find(Boolean);
  const story = readFileSync(`stories/${id}.ink`, 'utf8');
  return /^# title: (.+)$/m.exec(story)?.[1]?.trim() ?? '';
})();

const profiles = [
  { name: 'a laptop, by keyboard', viewport: { width: 1280, height: 800 }, touch: false },
  { name: 'a phone, by touch', viewport: { width: 375, height: 667 }, touch: true },
];

for (const profile of profiles) {
  test.describe(`on ${profile.name}`, () => {
    test.use({ viewport: profile.viewport, hasTouch: profile.touch, isMobile: profile.touch });

    test('a first-time learner meets the welcome before any scenario, reads or skips it, and can call it back', async ({
      page,
    }) => {
      const press = async (name: string) => {
        const button = page.getByRole('button', { name, exact: true });
        if (profile.touch) return button.tap();
        // By keyboard alone: Tab (or Shift+Tab, if it is above) until the button has focus, then Enter.
        const above = await button.evaluate(
          (el) =>
            !!document.activeElement &&
            (el.compareDocumentPosition(document.activeElement) &
              Node.DOCUMENT_POSITION_FOLLOWING) !==
              0,
        );
        for (let i = 0; i < 30; i++) {
          if (await button.evaluate((el) => el === document.activeElement)) break;
          await page.keyboard.press(above ? 'Shift+Tab' : 'Tab');
        }
        await expect(button).toBeFocused();
        await page.keyboard.press('Enter');
      };
      await page.goto('./');
      await press('Start');
      const welcome = page.getByRole('region', { name: 'How to play' });
      await expect(welcome).toBeVisible();
      await expect(welcome.getByRole('heading', { name: 'How to play' })).toBeFocused();
      // It sits above the scenarios, and Progress is on screen without scrolling.
      await expect(page.getByRole('list', { name: 'Scenarios' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Progress' })).toBeInViewport();
      await expectNoAxeViolations(page);

      await press('Next');
      const qualities = page.getByRole('region', { name: 'The ten qualities' });
      await expect(qualities.getByRole('term')).toHaveCount(10);
      await expect(qualities).toContainText('Listening');
      await expect(qualities).toContainText('Building community');
      await expectNoAxeViolations(page);

      await press('Next');
      const verdicts = page.getByRole('region', { name: 'ALIVE or DEAD service' });
      await expect(verdicts).toContainText('bends the process to the person');
      await expect(verdicts).toContainText('applies the process to them');
      await expect(verdicts.getByRole('button', { name: 'Skip the introduction' })).toBeHidden();
      await press('Choose a scenario');
      await expect(page.getByRole('region', { name: /How to play|ALIVE/ })).toHaveCount(0);
      await expect(page.locator('.story-card').first()).toBeFocused();

      // Seen once is enough: the next visit goes straight to the scenarios.
      await page.goto('about:blank');
      await page.goto('./');
      await press('Start');
      await expect(page.getByRole('heading', { name: 'Choose a scenario' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'How to play' })).toHaveCount(0);
      // The recommended first scenario leads the menu, and Progress is on screen without scrolling.
      const first = page.getByRole('list', { name: 'Scenarios' }).getByRole('button').first();
      await expect(first).toHaveAccessibleName(START_HERE_TITLE);
      await expect(first).toHaveAccessibleDescription(/^Start here/);
      await expect(first).toBeInViewport();
      await expect(page.getByRole('button', { name: 'Progress' })).toBeInViewport();

      // Asked for again from the menu, and skipped at its first step.
      await press('How it works');
      await expect(page.getByRole('heading', { name: 'How to play' })).toBeFocused();
      await press('Skip the introduction');
      await expect(page.getByRole('heading', { name: 'How to play' })).toHaveCount(0);
      await page.getByRole('button', { name: HOTEL }).click();
      await expect(choicesGroup(page)).toBeVisible();
    });
  });
}

test('a learner who goes straight to a scenario is not shown the welcome again', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { name: 'How to play' })).toBeVisible();
  await page.getByRole('button', { name: HOTEL }).click();
  await expect(choicesGroup(page)).toBeVisible();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a scenario' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How to play' })).toHaveCount(0);
});
