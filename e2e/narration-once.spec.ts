import { expect, test } from '@playwright/test';
import { boxAndTranscript, HOTEL } from './helpers';

/*
 * A playtester's finding: while lines typed out, each line stood in the dialogue box over the
 * stage and in the transcript at the same time, so the narration read twice. A line joins the
 * transcript once the box moves past it.
 */

for (const [device, use] of [
  ['phone', { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true }],
  ['desktop', { viewport: { width: 1280, height: 800 } }],
] as const) {
  test.describe(device, () => {
    test.use({ ...use, reducedMotion: 'no-preference' });

    test('a typed line shows in the dialogue box or the transcript, never both', async ({
      page,
    }) => {
      await page.goto('./');
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: HOTEL }).click();
      const transcript = page.getByRole('log', { name: 'Transcript' });
      // The box repeats the transcript for sighted readers, so it is hidden from the tree: it is
      // read by its class (boxAndTranscript).
      const onward = page.getByRole('button', { name: 'Continue' });
      for (let line = 0; line < 3; line++) {
        await expect(onward).toBeVisible();
        // Finish typing the line, then read it while it is held in the box.
        await expect(page.locator('.dialogue-box')).toBeVisible();
        if (await page.locator('.dialogue-box.typing').isVisible()) await onward.click();
        await expect(page.locator('.dialogue-box.typing')).toHaveCount(0);
        const { said, inLog } = await boxAndTranscript(page);
        expect(said.length).toBeGreaterThan(0);
        expect(inLog).toBe(false);
        await onward.click();
        // Moved on: the line is in the transcript once, and the box has the next one.
        await expect(transcript.locator('.line').filter({ hasText: said })).toHaveCount(1);
      }
    });
  });
}
