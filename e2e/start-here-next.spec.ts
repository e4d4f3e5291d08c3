import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { playByMouse } from './helpers.ts';

/** The titles of the stories in the recommended order, read from the list and the stories. */
const ORDER = readFileSync('stories/menu-order.txt', 'utf8')
  .split('\n')
  .map((l) => (l.split('#')[0] ?? '').trim())
  .filter(Boolean)
  .map((id) => /^# title: (.+)$/m.exec(readFileSync(`stories/${id}.ink`, 'utf8'))?.[1]?.trim());

const profiles = [
  { name: 'a laptop', viewport: { width: 1280, height: 800 }, touch: false },
  { name: 'a phone, by touch', viewport: { width: 375, height: 667 }, touch: true },
];

for (const profile of profiles) {
  test.describe(`on ${profile.name}`, () => {
    test.use({ viewport: profile.viewport, hasTouch: profile.touch, isMobile: profile.touch });

    test('once the "Start here" scenario is finished, the menu points to the next one', async ({
      page,
    }) => {
      const [first, second] = [ORDER[0] ?? '', ORDER[1] ?? ''];
      await page.goto('./');
      await page.getByRole('button', { name: 'Start' }).click();
      const scenarios = page.getByRole('list', { name: 'Scenarios' });
      const card = (title: string) => scenarios.getByRole('button', { name: title, exact: true });
      await expect(card(first)).toHaveAccessibleDescription(/^Start here/);
      await card(first).click();
      await playByMouse(page, () => 0);
      await page.getByRole('button', { name: 'See your debrief' }).click();
      await page.getByRole('button', { name: 'Back to menu' }).click();

      await expect(card(second)).toHaveAccessibleDescription(/^Start here/);
      await expect(card(first)).not.toHaveAccessibleDescription(/Start here/);
    });
  });
}
