import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { choicesGroup, showAllIfTyping } from './helpers';
import { extremePaths } from './extreme-paths';
import { inkVerdict } from './ink-verdict';
import { compiledStory, expectedDebrief } from './story-oracle';

/*
 * Issue 13's promise, read off the page for every story in stories/: the best-serving path (the
 * largest total, found by inkjs alone) reads 100% overall, full marks, "kept" or "not practised"
 * in every quality, ALIVE; the worst path reads DEAD, never "better off", and names how it failed.
 * Every expected word comes from the e2e oracle (inkjs and the writing guide's rules), never from
 * src/ or the page itself. A learner plays each story from the menu, clicking the options by name.
 */

const STORIES = readdirSync('stories')
  .filter((f) => f.endsWith('.ink'))
  .map((f) => f.slice(0, -'.ink'.length))
  .sort();

/** How the page's DEAD explanation names each failure the guide lists (docs/writing-stories.md). */
const FAILURE_NAMES = {
  rules: /held to rules and routines/i,
  rescue: /rescued at a cost someone else pays/i,
  listen: /did not listen/i,
} as const;

const DEBRIEF = (page: Page) => page.getByRole('button', { name: 'See your debrief' });

async function choicesOrEnd(page: Page): Promise<void> {
  const showAll = page.getByRole('button', { name: 'Show all' });
  await expect(choicesGroup(page).or(DEBRIEF(page)).or(showAll)).toBeVisible({ timeout: 30_000 });
  await showAllIfTyping(page);
  await expect(choicesGroup(page).or(DEBRIEF(page))).toBeVisible();
}

/** From the menu, clicks each option by its words as a learner reading the screen would, then opens the debrief. */
async function play(page: Page, title: string, choices: readonly string[]): Promise<void> {
  await page.getByRole('button', { name: title, exact: true }).click();
  for (const text of choices) {
    await choicesOrEnd(page);
    await choicesGroup(page).getByRole('button', { name: text, exact: true }).click();
  }
  await choicesOrEnd(page);
  await DEBRIEF(page).click();
  await expect(page.getByRole('heading', { name: `Debrief: ${title}` })).toBeVisible();
}

/** The overall score and every quality's reading on the page agree with the oracle's. */
async function expectReadings(page: Page, expected: ReturnType<typeof expectedDebrief>) {
  await expect(page.getByText('Overall serving score:')).toContainText(
    `${expected.overall.display} (${expected.overall.points} of the ${expected.overall.best} points`,
  );
  const rows = page
    .getByRole('table', { name: /Each quality is read against/ })
    .locator('tbody')
    .getByRole('row');
  await expect(rows).toHaveCount(expected.qualities.length);
  for (const [i, q] of expected.qualities.entries()) {
    await expect(rows.nth(i).getByRole('rowheader')).toHaveText(q.label);
    await expect(rows.nth(i).getByRole('cell').first()).toHaveText(q.display);
  }
}

test.describe.configure({ mode: 'parallel' });

test.beforeEach(async ({ page }) => {
  // The fastest text speed, so a whole library of playthroughs stays quick (reduced motion is on too).
  await page.goto('./');
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('radio', { name: 'Instant' }).check();
  await settings.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
});

for (const id of STORIES) {
  test(`${id}: the best-serving path reads full marks and ALIVE; the worst reads DEAD, not better off, the failure named`, async ({
    page,
  }) => {
    const story = compiledStory(id);
    const { title } = story.meta;
    const { best, worst } = extremePaths(story.json);
    const top = expectedDebrief(story, best.indices);
    expect(top.overall.percent, 'the oracle reads the best path at 100%').toBe(100);
    expect(
      top.qualities.filter((q) => q.percent !== null && q.percent < 100).map((q) => q.display),
      'the oracle reads every practised quality at full marks on the best path',
    ).toEqual([]);
    expect(top.verdict.served).toBe(true);
    await play(page, title, best.choices);
    await expect(page.getByRole('heading', { name: 'You served: ALIVE service' })).toBeVisible();
    await expectReadings(page, top);

    await page.getByRole('button', { name: 'Back to menu' }).click();
    const bottom = expectedDebrief(story, worst.indices);
    const failure = inkVerdict(id, worst.indices, 60).failure;
    expect(bottom.verdict.served).toBe(false);
    expect(bottom.verdict.test.betterOff, bottom.verdict.test.text).toBe(false);
    expect(['rules', 'rescue', 'listen'], `the worst path's failure: ${failure}`).toContain(
      failure,
    );
    await play(page, title, worst.choices);
    const verdict = page.getByRole('region', { name: 'You serviced: DEAD service' });
    await expect(verdict).toBeVisible();
    await expectReadings(page, bottom);
    await expect(verdict.locator('.servant-test')).toContainText(bottom.verdict.test.text);
    expect(await verdict.locator('.servant-test').innerText()).not.toMatch(/(?<!no )better off/);
    await expect(verdict).toContainText(FAILURE_NAMES[failure as keyof typeof FAILURE_NAMES]);
  });
}
