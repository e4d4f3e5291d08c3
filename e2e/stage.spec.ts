import { expect, test, type Page } from '@playwright/test';
import { boxAndTranscript, choicesGroup, expectNoAxeViolations, HOTEL } from './helpers';

// The typed reveal is the default only where the device does not ask for less motion.
test.use({ reducedMotion: 'no-preference' });

/** The canvas covers its box: no bands of page colour around the picture. */
async function expectStageFilled(page: Page): Promise<void> {
  const box = page.locator('.stage-canvas');
  const canvas = box.locator('canvas');
  await expect(canvas).toBeVisible();
  await expect
    .poll(async () => {
      const [outer, inner] = await Promise.all([box.boundingBox(), canvas.boundingBox()]);
      if (!outer || !inner) return 99;
      return Math.max(
        Math.abs(outer.width - inner.width),
        Math.abs(outer.height - inner.height),
        Math.abs(outer.x - inner.x),
        Math.abs(outer.y - inner.y),
      );
    })
    .toBeLessThanOrEqual(2);
}

const profiles = [
  { name: 'a laptop', viewport: { width: 1280, height: 800 }, touch: false },
  { name: 'a phone', viewport: { width: 375, height: 667 }, touch: true },
];

for (const profile of profiles) {
  test.describe(`on ${profile.name}`, () => {
    test.use({ viewport: profile.viewport, hasTouch: profile.touch, isMobile: profile.touch });

    test('lines type out in a box over the stage, Continue or a tap moves them on, Show all skips', async ({
      page,
    }) => {
      const press = (name: string) => {
        const button = page.getByRole('button', { name });
        return profile.touch ? button.tap() : button.click();
      };
      await page.goto('./');
      await press('Start');
      await page.getByRole('button', { name: HOTEL }).click();
      const box = page.locator('.dialogue-box');
      const transcript = page.getByRole('log', { name: 'Transcript' });
      const onward = page.getByRole('button', { name: 'Continue' });
      await expect(onward).toBeFocused();
      await expect(choicesGroup(page)).toHaveCount(0);
      await expect(box).toBeVisible();

      // The first line, narration, is typing: Space finishes it; it joins the transcript once the
      // box moves on, so it is never on screen twice.
      await page.keyboard.press('Space');
      // The box shows the finished line on its next tick: read it once it has stopped typing (read
      // at once, a loaded machine gave 0 or 2 letters).
      await expect(box).not.toHaveClass(/typing/);
      const { said: first, inLog } = await boxAndTranscript(page);
      expect(first.length).toBeGreaterThan(20);
      expect(inLog).toBe(false);
      // Enter moves on to the next line: the desk clerk speaks, with his name in the box.
      await page.keyboard.press('Enter');
      await expect(box.locator('.box-name')).toHaveText('Dev');
      await expect(transcript).toContainText(first);
      // A tap or click on the box does the same as Continue: it finishes Dev's line.
      if (profile.touch) await box.tap();
      else await box.click();
      await expect(box).not.toHaveClass(/typing/);

      // Show all at once: the lines move on by themselves, and a slow step here (axe takes seconds
      // on a loaded machine) could let them reach the choices first and take the button away.
      await press('Show all');
      const choice = choicesGroup(page).getByRole('button').first();
      await expect(choicesGroup(page)).toBeFocused();
      await expectNoAxeViolations(page);
      await expect(transcript).toContainText('Dev:');
      await expect(transcript).toContainText('Helen Marsh:');
      // She rang the maintenance line: she is drawn on a handset, and nobody stands in the corridor.
      await expect(
        page.getByRole('img', { name: 'Helen Marsh looks worried, on the phone' }),
      ).toBeVisible();
      await expect(page.locator('.stage-canvas')).toHaveAttribute(
        'data-drawn',
        'Helen Marsh (call)',
      );
      await expect(choice).toBeInViewport();
      await expect(page.locator('.stage canvas')).toBeInViewport();
      await expectStageFilled(page);

      // Text size changes mid-scenario: the stage re-lays out to fill its new box.
      await press('Settings');
      const settings = page.getByRole('dialog', { name: 'Settings' });
      await settings.getByRole('radio', { name: 'Larger' }).check();
      await settings.getByRole('button', { name: 'Close' }).click();
      await expect(choicesGroup(page)).toBeFocused();
      await expectStageFilled(page);

      // The reply to a choice types out too, after what you said.
      const said = (await choice.locator('.choice-text').textContent()) ?? '';
      await page.keyboard.press('1');
      await expect(transcript).toContainText(`You: ${said}`);
      await expect(onward).toBeFocused();
      await press('Show all');
      await expect(choicesGroup(page)).toBeFocused();
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
    });
  });
}
