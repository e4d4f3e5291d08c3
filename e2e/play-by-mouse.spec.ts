import { expect, test } from '@playwright/test';
import { HOTEL, openScenarioByMouse, playByMouse } from './helpers.ts';
import { compiledStory, expectedDebrief } from './story-oracle.ts';

test('a new hire plays the hotel scenario by mouse and sees every quality scored', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start' }).click();
  const card = page.getByRole('button', { name: HOTEL });
  await expect(card).toContainText('You are: Night maintenance technician');
  await expect(card).toContainText(/About \d+ minutes/);

  // Sound is wired: the hotel's ambience loads with the scene, a click sound with the first choice.
  const ambience = page.waitForRequest(/audio\/hotel-hum\.webm$/);
  await openScenarioByMouse(page, HOTEL);
  await ambience;
  const click = page.waitForRequest(/audio\/choice\.webm$/);
  await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().focus();
  await expect(page.getByRole('log', { name: 'Transcript' })).toContainText('Helen Marsh:');
  await expect(page.getByRole('img', { name: /Helen Marsh looks/ })).toBeVisible();

  const taken = await playByMouse(page, (_step, count) => count - 1);
  await click;
  await page.getByRole('button', { name: 'See your debrief' }).click();

  const expected = expectedDebrief(compiledStory('hotel-heat'), taken);
  await expect(page.getByRole('heading', { name: /Debrief/ })).toBeVisible();
  await expect(page.getByText('Ending reached:')).toContainText(expected.ending);
  const rows = page.getByRole('table').locator('tbody').getByRole('row');
  await expect(rows).toHaveCount(10);
  for (const [i, quality] of expected.qualities.entries()) {
    await expect(rows.nth(i)).toContainText(`${quality.label}${quality.display}`);
  }
  await expect(page.getByText(expected.decisions[0]?.feedback ?? '')).toBeVisible();

  await page.getByRole('button', { name: 'Play again' }).click();
  await expect(page.getByRole('log', { name: 'Transcript' })).toContainText('Helen Marsh:');
  await expect(page.getByRole('group', { name: 'Choices' })).toBeFocused();
});
