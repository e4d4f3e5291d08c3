import { expect, test } from '@playwright/test';
import { choicesGroup, HOTEL, openScenarioByMouse, playByMouse } from './helpers';
import { compiledStory, expectedDebrief } from './story-oracle';

test('the debrief gives a verdict, key moments with model answers, and retries from a decision', async ({
  page,
}) => {
  await openScenarioByMouse(page, HOTEL);
  const taken = await playByMouse(page, () => 0);
  await page.getByRole('button', { name: 'See your debrief' }).click();

  const expected = expectedDebrief(compiledStory('hotel-heat'), taken);
  await expect(page.getByRole('heading', { name: expected.verdict.heading })).toBeVisible();
  await expect(page.getByText(expected.verdict.test.text)).toBeVisible();

  const moments = page
    .getByRole('list', { name: 'Key moments' })
    .getByRole('listitem')
    .filter({ hasText: 'You chose:' });
  // The model answers are worked out off the page's thread: the key moments follow the verdict.
  await expect(moments).toHaveCount(taken.length, { timeout: 30_000 });
  const missed = expected.decisions.findIndex((d) => !d.chosenIsModel);
  expect(missed).toBeGreaterThanOrEqual(0);
  const moment = moments.nth(missed);
  const model = expected.decisions[missed];
  await expect(moment).toContainText(/Model answers?( \(equally good\))?: /);
  for (const option of model?.defensible ?? []) await expect(moment).toContainText(option.text);
  await expect(moment).toContainText(model?.model.feedback ?? '');
  await expect(moment).toContainText(model?.reaction.text ?? '');
  await expect(moment).toContainText(model?.tradeOffs ?? '');

  // Retry from the third decision: the first two choices stay, the third is open again.
  await moments
    .nth(2)
    .getByRole('button', { name: /Retry from here/ })
    .click();
  await expect(choicesGroup(page)).toBeVisible();
  const transcript = page.getByRole('log', { name: 'Transcript' });
  await expect(transcript).toContainText(expected.decisions[2]?.said.replace(/^[^:]+: /, '') ?? '');
  const buttons = choicesGroup(page).getByRole('button');
  await expect(choicesGroup(page)).toBeFocused();
  await buttons.last().click();
  const retried = await playByMouse(page, () => 0);
  await page.getByRole('button', { name: 'See your debrief' }).click();
  const again = page
    .getByRole('list', { name: 'Key moments' })
    .getByRole('listitem')
    .filter({ hasText: 'You chose:' });
  await expect(again).toHaveCount(3 + retried.length, { timeout: 30_000 });
  await expect(again.nth(0)).toContainText(expected.decisions[0]?.chosen ?? '');
});

test('the debrief draws a radar chart with a text alternative and downloads a PDF summary', async ({
  page,
}) => {
  await openScenarioByMouse(page, HOTEL);
  const taken = await playByMouse(page, (step, count) => (step + 1) % count);
  await page.getByRole('button', { name: 'See your debrief' }).click();
  const expected = expectedDebrief(compiledStory('hotel-heat'), taken);

  const chart = page.getByRole('img', { name: /Radar chart of your serving/ });
  await expect(chart).toBeVisible();
  const listening = expected.qualities.find((q) => q.id === 'listening');
  await expect(chart).toHaveAccessibleName(new RegExp(`Listening ${listening?.percent}%`));

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download summary' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^serving-moments-hotel-heat-\d{4}-\d{2}-\d{2}\.pdf$/);
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(2000);
  await expect(page.getByRole('status').filter({ hasText: 'Summary downloaded' })).toBeVisible();
});
