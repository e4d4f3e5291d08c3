import { expect, test } from '@playwright/test';
import { choicesGroup, expectNoAxeViolations, HOTEL, showAllIfTyping } from './helpers';

test('settings change text size, contrast and text speed, and are kept on the device', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);

  const fontSize = () =>
    page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const before = await fontSize();
  await dialog.getByRole('radio', { name: 'Larger' }).check();
  expect(await fontSize()).toBeGreaterThan(before * 1.3);
  await dialog.getByRole('checkbox', { name: 'High contrast' }).check();
  await dialog.getByRole('radio', { name: 'Slow' }).check();
  await dialog.getByRole('slider', { name: 'Effects volume' }).fill('30');
  await expect(dialog.getByText('30%')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();

  await page.reload();
  expect(await fontSize()).toBeGreaterThan(before * 1.3);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(dialog.getByRole('radio', { name: 'Larger' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'High contrast' })).toBeChecked();
  await expect(dialog.getByRole('slider', { name: 'Effects volume' })).toHaveValue('30');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Slow text: the beat types out line by line, Continue moves it on and "Show all" skips the wait.
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: HOTEL }).click();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
  await expect(choicesGroup(page)).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Show all' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(choicesGroup(page)).toBeFocused();
  await expect(page.getByRole('log', { name: 'Transcript' })).toContainText('Helen Marsh:');
  await expectNoAxeViolations(page);
});

test.describe('on a device with no motion preference', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('settings open from the encounter without losing the playthrough', async ({ page }) => {
    await page.goto('./#/menu');
    await page.getByRole('button', { name: HOTEL }).click();
    await showAllIfTyping(page);
    await choicesGroup(page).getByRole('button').first().click();
    await showAllIfTyping(page);
    const transcript = await page.getByRole('log', { name: 'Transcript' }).innerText();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page
      .getByRole('dialog', { name: 'Settings' })
      .getByRole('checkbox', { name: 'Reduce motion' })
      .check();
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await page.getByRole('log', { name: 'Transcript' }).innerText()).toBe(transcript);
    await expect(choicesGroup(page)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.dataset.motion)).toBe('reduce');
  });
});
