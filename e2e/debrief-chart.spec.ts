import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, HOTEL, openScenarioByMouse } from './helpers';
import { extremePaths } from './extreme-paths';
import { basisOf, label } from './guide-rules';
import { memoFor } from './ink-walk';
import { compiledStory, expectedDebrief } from './story-oracle';

/*
 * A playtester's finding: on a bad run of The Heat in Room 412 the chart drew Empathy as a long
 * spoke ("86% kept" of what could be lost), so a DEAD run looked strong. The chart draws only the
 * qualities the best-serving play earns, each at the table's own share, and says where the kept
 * ones are read. What it must draw comes from the e2e oracle (inkjs and the guide's rules alone).
 */

const story = compiledStory('hotel-heat');
const basis = basisOf(story, memoFor(story.json));
const practised = [...basis.practised];
const earned = practised.filter((q) => basis.bestLeast(q) > 0);
const keptOnly = practised.filter((q) => basis.bestLeast(q) <= 0).map(label);

async function play(page: Page, choices: readonly string[]): Promise<void> {
  await openScenarioByMouse(page, HOTEL);
  const group = page.getByRole('group', { name: 'Choices' });
  for (const text of choices)
    await group.getByRole('button', { name: text, exact: true }).click({ timeout: 30_000 });
  await page.getByRole('button', { name: 'See your debrief' }).click();
  await expect(page.getByRole('heading', { name: /^Debrief: / })).toBeVisible();
}

/** The chart's text alternative the oracle expects: each earned quality at its reading. */
function expectedChartName(indices: readonly number[]): string {
  const rows = expectedDebrief(story, indices).qualities;
  // In the guide's order of the qualities, as the debrief lists them.
  const spokes = rows.filter((r) => earned.includes(r.id)).map((r) => `${r.label} ${r.percent}%`);
  return `Radar chart of your serving: ${spokes.join(', ')}`;
}

for (const [device, use] of [
  ['phone', { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true }],
  ['desktop', { viewport: { width: 1280, height: 800 } }],
] as const) {
  test.describe(device, () => {
    test.use(use);

    test('the worst run draws no kept quality as a long spoke; the best run draws full spokes', async ({
      page,
    }) => {
      // The story has a quality the best play only keeps, or there is nothing to check here.
      expect(keptOnly.length).toBeGreaterThan(0);
      const { best, worst } = extremePaths(story.json);
      await play(page, worst.choices);
      await expect(page.getByRole('heading', { name: 'You serviced: DEAD service' })).toBeVisible();
      const chart = page.getByRole('img', { name: /Radar chart of your serving/ });
      await expect(chart).toBeVisible();
      await expect(chart).toHaveAccessibleName(expectedChartName(worst.indices));
      for (const name of keptOnly)
        expect(await chart.getAttribute('aria-label')).not.toContain(name);
      const note = page.getByText(/Each spoke is your share of what the best-serving play earns/);
      await expect(note).toBeVisible();
      for (const name of keptOnly) await expect(note).toContainText(name);
      await expectNoAxeViolations(page);

      await page.getByRole('button', { name: 'Play again' }).click();
      const group = page.getByRole('group', { name: 'Choices' });
      for (const text of best.choices)
        await group.getByRole('button', { name: text, exact: true }).click({ timeout: 30_000 });
      await page.getByRole('button', { name: 'See your debrief' }).click();
      await expect(page.getByRole('heading', { name: 'You served: ALIVE service' })).toBeVisible();
      await expect(chart).toHaveAccessibleName(expectedChartName(best.indices));
      expect(await chart.getAttribute('aria-label')).not.toMatch(/(^|[^\d])\d{1,2}%/);
    });
  });
}
