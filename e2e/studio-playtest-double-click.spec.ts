import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';
import { region, replaceText, view } from './studio-page.ts';

// Two decisions whose choices come up in the same place: a double click meant for the first
// must not answer the second.
const TWO_DECISIONS = [
  '# title: Double click',
  '# summary: Sam asks twice.',
  '# role: Tester',
  '# setting: office',
  '# customer: Sam',
  '# minutes: 1',
  '',
  'Sam waits at the desk. #speaker: Sam',
  '* [Greet Sam #listening +1 #feedback: A greeting opens the door.]',
  '  Sam nods. #mood: calm',
  '* [Keep typing #listening -1 #feedback: Sam feels ignored.]',
  '  Sam sighs. #mood: worried',
  '- Sam: Can you help me? #speaker: Sam',
  '* [Ask what he needs #listening +2 #feedback: Asking first tells Sam he matters.]',
  '  Sam explains. #mood: calm #ending: Heard',
  '  -> END',
  '* [Point at the sign #listening -2 #feedback: A sign is not an answer.]',
  '  Sam leaves. #mood: angry #ending: Sent away',
  '  -> END',
].join('\n');

const profiles = [
  { name: 'a laptop, by mouse', viewport: { width: 1280, height: 800 }, touch: false },
  { name: 'a phone, by touch', viewport: { width: 375, height: 667 }, touch: true },
];

for (const profile of profiles) {
  test.describe(`on ${profile.name}`, () => {
    test.use({ viewport: profile.viewport, hasTouch: profile.touch, isMobile: profile.touch });

    test('a double click or tap on a Studio playtest choice picks it once, not the choice that comes up under it', async ({
      page,
    }) => {
      await page.goto('./');
      await page.getByRole('button', { name: 'Story Studio' }).click();
      await replaceText(page, TWO_DECISIONS);
      await expect(region(page, 'Problems').getByRole('status').first()).toHaveText(/^No problems/);
      const playtest = await view(page, 'Playtest');
      const greet = playtest.getByRole('button', { name: 'Greet Sam' });
      await expect(greet).toBeEnabled();
      const box = (await greet.boundingBox())!;
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      if (profile.touch) {
        await page.touchscreen.tap(x, y);
        await page.waitForTimeout(180);
        await page.touchscreen.tap(x, y);
      } else await page.mouse.dblclick(x, y);
      // The second decision waits for a deliberate pick.
      const ask = playtest.getByRole('button', { name: 'Ask what he needs' });
      await expect(ask).toBeVisible();
      await expect(playtest.getByText(/^Ending reached/)).toHaveCount(0);
      await expectNoAxeViolations(page);
      if (profile.touch) await ask.tap();
      else await ask.click();
      await expect(playtest.getByText('Ending reached: Heard')).toBeVisible();
    });
  });
}
