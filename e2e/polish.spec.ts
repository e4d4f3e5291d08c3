import { expect, test, type Page } from '@playwright/test';
import { choicesGroup, HOTEL, openScenarioByMouse, playByMouse } from './helpers';

/** How many pixels of the chart are exactly this colour (its points and lines are drawn in it). */
async function chartPixels(page: Page, hex: string): Promise<number> {
  const chart = page.getByRole('img', { name: /Radar chart of your serving/ });
  await expect(chart).toBeVisible();
  return chart.evaluate((canvas: HTMLCanvasElement, want) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(want.slice(i, i + 2), 16));
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) n++;
    return n;
  }, hex);
}

test('Start over asks first, Settings hands focus back to the choices, the chart follows text size and contrast', async ({
  page,
}) => {
  await openScenarioByMouse(page, HOTEL);
  const transcript = page.getByRole('log', { name: 'Transcript' });
  const firstLine = (await transcript.locator('p').first().textContent()) ?? '';
  await choicesGroup(page).getByRole('button').first().click();
  await expect(choicesGroup(page)).toBeVisible();
  const linesAfterChoice = await transcript.locator('p').count();

  await page.getByRole('button', { name: 'Start over' }).click();
  const ask = page.getByRole('dialog', { name: 'Start over?' });
  await expect(ask).toContainText('will be lost');
  await ask.getByRole('button', { name: 'Keep playing' }).click();
  await expect(ask).toBeHidden();
  await expect(transcript.locator('p')).toHaveCount(linesAfterChoice);
  await expect(page.getByRole('button', { name: 'Start over' })).toBeFocused();

  await page.getByRole('button', { name: 'Settings' }).click();
  await page
    .getByRole('dialog', { name: 'Settings' })
    .getByRole('button', { name: 'Close' })
    .click();
  await expect(choicesGroup(page)).toBeFocused();

  await page.getByRole('button', { name: 'Start over' }).click();
  await page.keyboard.press('Escape');
  await expect(transcript.locator('p')).toHaveCount(linesAfterChoice);
  await page.getByRole('button', { name: 'Start over' }).click();
  await ask.getByRole('button', { name: 'Start over' }).click();
  await expect(transcript.locator('p').first()).toHaveText(firstLine);
  await expect(transcript.locator('p')).not.toHaveCount(linesAfterChoice);

  await playByMouse(page, (step, count) => (step + 1) % count);
  await page.getByRole('button', { name: 'See your debrief' }).click();
  const chart = page.getByRole('img', { name: /Radar chart of your serving/ });
  await expect(chart).toBeVisible();
  const normalWidth = await chart.evaluate((c: HTMLCanvasElement) => c.width);
  expect(await chartPixels(page, '#2f6d4f')).toBeGreaterThan(0);

  // Change text size and contrast on the title screen, then come back with the browser's Back.
  await page.getByRole('button', { name: 'Back to menu' }).click();
  await page.getByRole('button', { name: 'Back to title' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('radio', { name: 'Larger' }).check();
  await settings.getByRole('checkbox', { name: 'High contrast' }).check();
  await settings.getByRole('button', { name: 'Close' }).click();
  await page.goBack();
  await page.goBack();
  await expect(chart).toBeVisible();
  expect(await chart.evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(normalWidth);
  await expect.poll(() => chartPixels(page, '#0b4d2c')).toBeGreaterThan(0);
  expect(await chartPixels(page, '#2f6d4f')).toBe(0);
  await expect(page.locator('figcaption')).toHaveCount(0);
});
