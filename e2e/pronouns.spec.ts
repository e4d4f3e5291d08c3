import { expect, test } from '@playwright/test';
import { HOTEL, openScenarioByMouse } from './helpers';
import { extremePaths } from './extreme-paths';
import { compiledStory, expectedDebrief } from './story-oracle';

/*
 * A playtester's finding: the debrief called Helen Marsh "they" though the story calls her "she".
 * The story says so with '# pronouns: she/her' (docs/writing-stories.md); the oracle reads that
 * tag off the ink with inkjs alone and words the better-off test with it.
 */

const story = compiledStory('hotel-heat');

for (const [device, use] of [
  ['phone', { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true }],
  ['desktop', { viewport: { width: 1280, height: 800 } }],
] as const) {
  test.describe(device, () => {
    test.use(use);

    test("the debrief's better-off test calls the customer by the story's pronoun", async ({
      page,
    }) => {
      expect(story.meta.pronoun).toBe('she');
      const { worst } = extremePaths(story.json);
      await openScenarioByMouse(page, HOTEL);
      const group = page.getByRole('group', { name: 'Choices' });
      for (const text of worst.choices)
        await group.getByRole('button', { name: text, exact: true }).click({ timeout: 30_000 });
      await page.getByRole('button', { name: 'See your debrief' }).click();
      const expected = expectedDebrief(story, worst.indices);
      const verdict = page.getByRole('region', { name: expected.verdict.heading });
      await expect(verdict).toBeVisible();
      await expect(verdict.getByText(expected.verdict.test.text)).toBeVisible();
      expect(expected.verdict.test.text).toContain('than she came');
      expect(await verdict.innerText()).not.toMatch(/\bthey came\b/);
    });
  });
}
