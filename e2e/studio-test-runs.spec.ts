import { expect, test } from '@playwright/test';
import { playByMouse } from './helpers.ts';
import { editor, region, replaceText, story, view } from './studio-page.ts';

const profiles = [
  { name: 'a laptop', viewport: { width: 1280, height: 800 }, touch: false },
  { name: 'a phone, by touch', viewport: { width: 375, height: 667 }, touch: true },
];

for (const profile of profiles) {
  test.describe(`on ${profile.name}`, () => {
    test.use({ viewport: profile.viewport, hasTouch: profile.touch, isMobile: profile.touch });

    test("a trainer's test run of a Studio story leads back to the Studio and stays out of the learner's Progress", async ({
      page,
    }) => {
      await page.goto('./');
      await page.getByRole('button', { name: 'Story Studio' }).click();
      await replaceText(page, story('listening'));
      await expect(region(page, 'Problems').getByRole('status').first()).toHaveText(/^No problems/);

      // The Studio's own playtest debrief has no way "back to menu" that only starts it again.
      const playtest = await view(page, 'Playtest');
      await playtest.getByRole('button', { name: 'Listen first' }).click();
      await expect(playtest.getByText('Ending reached: Heard')).toBeVisible();
      await expect(playtest.getByRole('button', { name: /menu/i })).toHaveCount(0);

      await page.getByRole('button', { name: 'Play in the game' }).click();
      await expect(page).toHaveURL(/#\/play\/studio-draft$/);
      await playByMouse(page, () => 0);
      await page.getByRole('button', { name: 'See your debrief' }).click();
      await expect(page.getByRole('heading', { name: 'Debrief: Studio check' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Back to menu' })).toHaveCount(0);
      await page.getByRole('button', { name: 'Back to the Studio' }).click();
      await expect(page.getByRole('heading', { name: 'Story Studio', level: 1 })).toBeVisible();
      await expect(editor(page)).toContainText('# title: Studio check');

      // The learner's Progress (on this same device) knows nothing of the test run.
      await page.goto('./#/progress');
      await expect(page.getByRole('heading', { name: 'Progress' })).toBeVisible();
      await expect(page.getByText('No finished scenarios yet.')).toBeVisible();
      await expect(page.getByText('Studio check')).toHaveCount(0);
    });
  });
}
