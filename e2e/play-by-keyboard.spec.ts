import { expect, test } from '@playwright/test';
import { choicesGroup, HOTEL } from './helpers.ts';
import { compiledStory, expectedDebrief } from './story-oracle.ts';

test('a new hire plays the hotel scenario to its debrief by keyboard alone: Tab, Enter and Space', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Choose a scenario' })).toBeVisible();

  const hotel = page.getByRole('button', { name: HOTEL });
  for (let i = 0; i < 20 && !(await hotel.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(hotel).toBeFocused();
  await page.keyboard.press('Enter');

  const taken: number[] = [];
  const debriefButton = page.getByRole('button', { name: 'See your debrief' });
  for (let step = 0; step < 30; step++) {
    await expect(choicesGroup(page).or(debriefButton)).toBeVisible();
    if (await debriefButton.isVisible()) break;
    const buttons = choicesGroup(page).getByRole('button');
    // Focus lands on the choices' group, not on a choice: the key that moved the lines on must
    // not pick one. Tab moves onto the first.
    await expect(choicesGroup(page)).toBeFocused();
    const count = await buttons.count();
    const index = (step * 2 + 1) % count;
    for (let t = 0; t <= index; t++) await page.keyboard.press('Tab');
    await expect(buttons.nth(index)).toBeFocused();
    // New choices take a pick once settled; a learner reading them takes longer than that.
    await expect(buttons.nth(index)).toBeEnabled();
    // Tab, Enter and Space only: the keys every keyboard user has (number keys are a shortcut).
    await page.keyboard.press(step % 2 === 0 ? 'Space' : 'Enter');
    taken.push(index);
  }
  await expect(debriefButton).toBeFocused();
  // It settles as new choices do: a key pressed the moment it appears does not open the debrief.
  await expect(debriefButton).toBeEnabled();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Debrief');
  const expected = expectedDebrief(compiledStory('hotel-heat'), taken);
  await expect(page.getByText('Ending reached:')).toContainText(expected.ending);
  await expect(page.getByText('Overall serving score:')).toContainText(expected.overall.display);

  const rows = page.getByRole('table').locator('tbody').getByRole('row');
  await expect(rows).toHaveCount(10);
  for (const [i, quality] of expected.qualities.entries()) {
    await expect(rows.nth(i)).toContainText(quality.label);
    await expect(rows.nth(i)).toContainText(quality.display);
  }

  const decisions = page.getByRole('list').filter({ hasText: 'You chose:' }).getByRole('listitem');
  await expect(decisions).toHaveCount(taken.length);
  for (const [i, decision] of expected.decisions.entries()) {
    await expect(decisions.nth(i)).toContainText(decision.chosen);
    await expect(decisions.nth(i)).toContainText(decision.feedback);
  }

  // The way back is reachable by keyboard too.
  const back = page.getByRole('button', { name: 'Back to menu' });
  for (let i = 0; i < 80 && !(await back.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(back).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { name: 'Choose a scenario' })).toBeVisible();
});
