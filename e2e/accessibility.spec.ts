import { expect, test } from '@playwright/test';
import { choicesGroup, expectNoAxeViolations, HOTEL, playByMouse } from './helpers.ts';

test('menu, encounter and debrief have no WCAG 2.2 AA violations', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('./');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a scenario' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: HOTEL }).click();
  await expect(choicesGroup(page)).toBeVisible();
  await expectNoAxeViolations(page);

  await playByMouse(page, (step, count) => step % count);
  await page.getByRole('button', { name: 'See your debrief' }).click();
  await expect(page.getByRole('heading', { name: /Debrief/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();
});
