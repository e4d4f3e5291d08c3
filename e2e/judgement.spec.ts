import { readFileSync } from 'node:fs';
import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { HOTEL, openScenarioByMouse } from './helpers';
import { extremePaths, pathAt } from './extreme-paths';
import { compiledStory } from './story-oracle';

// The ten qualities as the debrief names them.
const QUALITY_LABELS = [
  'Listening',
  'Empathy',
  'Healing',
  'Awareness',
  'Persuasion',
  'Conceptualization',
  'Foresight',
  'Stewardship',
  'Growth of people',
  'Building community',
];

/** A reading below full marks, as the page writes one: "57%", "40%: lost 2 points the best play keeps", "0% (−2 points)". */
const BELOW_FULL = /(^|[^\d])\d{1,2}%/;

/** Plays by clicking each option by its text, as a learner reading the screen would. */
async function playChoices(page: Page | FrameLocator, choices: readonly string[]): Promise<void> {
  const group = page.getByRole('group', { name: 'Choices' });
  for (const text of choices)
    await group.getByRole('button', { name: text, exact: true }).click({ timeout: 30_000 });
  await page.getByRole('button', { name: 'See your debrief' }).click();
  await expect(page.getByRole('heading', { name: /^Debrief: / })).toBeVisible();
}

const qualityRows = (page: Page): Locator =>
  page.getByRole('table', { name: /Each quality is read against/ }).locator('tbody tr');

/** The text lines jsPDF wrote into the summary (it writes text uncompressed, one Tj per line). */
function pdfLines(bytes: Buffer): string[] {
  return [...bytes.toString('latin1').matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)].map((m) =>
    (m[1] ?? '').replace(/\\(.)/g, '$1'),
  );
}

/** The run issue 13 quotes, by option number as the learner counts them. */
const ISSUE_RUN = [2, 3, 1, 3, 2, 3, 1];

test('The Heat in Room 412 played 2,3,1,3,2,3,1, its best-serving run, reads full marks everywhere; its worst run is DEAD and not better off', async ({
  page,
}) => {
  const json = compiledStory('hotel-heat').json;
  const { best, worst } = extremePaths(json);
  const run = pathAt(
    json,
    ISSUE_RUN.map((n) => n - 1),
  );
  // inkjs alone reads the issue's run as a best-serving one: the largest total any path earns.
  expect(run.total).toBe(best.total);
  await openScenarioByMouse(page, HOTEL);
  await playChoices(page, run.choices);

  await expect(page.getByRole('heading', { name: 'You served: ALIVE service' })).toBeVisible();
  await expect(page.getByText('Overall serving score:')).toContainText(
    `100% (${best.total} of the ${best.total} points`,
  );
  const rows = qualityRows(page);
  await expect(rows).toHaveCount(10);
  for (let i = 0; i < 10; i++) {
    const score = rows.nth(i).getByRole('cell').first();
    expect(await score.innerText(), await rows.nth(i).innerText()).not.toMatch(BELOW_FULL);
  }
  const chart = page.getByRole('img', { name: /Radar chart of your serving/ });
  expect(await chart.getAttribute('aria-label')).not.toMatch(BELOW_FULL);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download summary' }).click();
  const lines = pdfLines(readFileSync(await (await download).path()));
  const readings = lines.filter((l) => QUALITY_LABELS.some((q) => l.startsWith(`${q}: `)));
  expect(readings).toHaveLength(10);
  expect(readings.filter((l) => BELOW_FULL.test(l))).toEqual([]);

  // Every key moment was a model answer, so nothing was put out of reach.
  const moments = page
    .getByRole('list', { name: 'Key moments' })
    .getByRole('listitem')
    .filter({ hasText: 'You chose:' });
  await expect(moments).toHaveCount(run.choices.length, { timeout: 30_000 });
  await expect(moments.filter({ hasText: 'out of reach' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Play again' }).click();
  await playChoices(page, worst.choices);
  await expect(page.getByRole('heading', { name: 'You serviced: DEAD service' })).toBeVisible();
  const verdict = page.getByRole('region', { name: 'You serviced: DEAD service' });
  const test = verdict.locator('.servant-test');
  await expect(test).toContainText('Do those served grow?');
  expect(await test.innerText()).not.toMatch(/(?<!no )better off/);

  await page.getByRole('button', { name: 'Back to menu' }).click();
  await page.getByRole('button', { name: 'Progress' }).click();
  await expect(page.getByRole('heading', { name: 'Progress' })).toBeVisible();
  const trends = page
    .getByRole('table', { name: /Each quality over your attempts/ })
    .locator('tbody')
    .getByRole('row');
  await expect(trends).toHaveCount(10);
  // The perfect attempt reads full marks (or nothing, where the story does not practise it).
  for (let i = 0; i < 10; i++) {
    const scores = (await trends.nth(i).getByRole('cell').first().innerText()).split(' → ');
    expect(['100%', '—'], await trends.nth(i).innerText()).toContain(scores[0]);
  }
  // Everything this story practises was played at full marks once: nothing to point the learner at.
  await expect(page.getByText(/Your weakest quality so far is/)).toHaveCount(0);
});
