import { expect, test } from '@playwright/test';
import { openScenarioByMouse, playByMouse } from './helpers';
import { compiledStory, expectedDebrief } from './story-oracle';

const STORIES = [
  {
    id: 'table-six',
    title: /The Face at Table Six/,
    pick: (step: number, count: number) => step % count,
  },
  {
    id: 'handle-time',
    title: /The Five-Minute Call/,
    pick: (_: number, count: number) => count - 1,
  },
  {
    id: 'returns-runaround',
    title: /The Third Trip/,
    pick: (step: number, count: number) => (step + 1) % count,
  },
];

for (const story of STORIES) {
  test(`${story.id} plays from the menu to its debrief`, async ({ page }) => {
    await openScenarioByMouse(page, story.title);
    const taken = await playByMouse(page, story.pick);
    await page.getByRole('button', { name: 'See your debrief' }).click();
    const expected = expectedDebrief(compiledStory(story.id), taken);
    await expect(page.getByRole('heading', { name: /Debrief/ })).toBeVisible();
    await expect(page.getByText('Ending reached:')).toContainText(expected.ending);
    await expect(page.getByText('Overall serving score:')).toContainText(expected.overall.display);
    await expect(page.getByRole('heading', { name: expected.verdict.heading })).toBeVisible();
    const moments = page
      .getByRole('list', { name: 'Key moments' })
      .getByRole('listitem')
      .filter({ hasText: 'You chose:' });
    await expect(moments).toHaveCount(taken.length, { timeout: 30_000 }); // model answers off-thread
  });
}
