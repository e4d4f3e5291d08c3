import { expect, test } from '@playwright/test';
import {
  choicesGroup,
  HOTEL,
  openScenarioByMouse,
  playByMouse,
  showAllIfTyping,
} from './helpers.ts';

test('reloading mid-scenario resumes at the same decision with the transcript so far', async ({
  page,
}) => {
  await openScenarioByMouse(page, HOTEL);
  for (const index of [1, 0, 1]) {
    const texts = await choicesGroup(page).getByRole('button').allInnerTexts();
    await choicesGroup(page)
      .getByRole('button')
      .nth(Math.min(index, texts.length - 1))
      .click();
  }
  const transcript = page.getByRole('log', { name: 'Transcript' });
  const before = await transcript.innerText();
  const choicesBefore = await choicesGroup(page).getByRole('button').allInnerTexts();

  await page.reload();
  await expect(choicesGroup(page)).toBeVisible();
  expect(await transcript.innerText()).toBe(before);
  expect(await choicesGroup(page).getByRole('button').allInnerTexts()).toEqual(choicesBefore);

  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('button', { name: HOTEL })).toContainText(
    'In progress: continue at decision 4',
  );
  await page.getByRole('button', { name: HOTEL }).click();
  expect(await transcript.innerText()).toBe(before);

  await playByMouse(page, () => 0);
  await page.getByRole('button', { name: 'See your debrief' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { name: /Debrief/ })).toBeVisible();
});

test('a resumed play shows the last line in the dialogue box as it was left, speaker and face too', async ({
  page,
}) => {
  await openScenarioByMouse(page, HOTEL);
  for (let i = 0; i < 2; i++) {
    await showAllIfTyping(page);
    await choicesGroup(page).getByRole('button').first().click();
  }
  await showAllIfTyping(page);
  await expect(choicesGroup(page)).toBeVisible();
  // The box repeats the transcript, so it is hidden from screen readers: read it by its text.
  const box = page.locator('.dialogue-box');
  const name = await box.locator('.box-name').innerText();
  const line = await box.locator('.box-text').innerText();
  const face = await box.locator('.box-portrait').innerHTML();
  expect(name, 'the decision follows a spoken line').not.toBe('');
  expect(line.length).toBeGreaterThan(10);
  const transcript = page.getByRole('log', { name: 'Transcript' });
  await expect(transcript.locator('p').last()).toHaveText(`${name}: ${line}`);

  const expectBoxAsLeft = async () => {
    await expect(choicesGroup(page)).toBeVisible();
    await expect(box).toBeVisible();
    await expect(box.getByText(name, { exact: true })).toBeVisible();
    // Fully shown at once: innerText holds only the typed letters.
    await expect(box.getByText(line, { exact: true })).toHaveText(line);
    expect(await box.locator('.box-text').innerText()).toBe(line);
    await expect(box).not.toHaveClass(/typing/);
    await expect.poll(() => box.locator('.box-portrait').innerHTML()).toBe(face);
  };
  await page.reload();
  await expectBoxAsLeft();

  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: HOTEL }).click();
  await expectBoxAsLeft();
});

test('a save that no longer fits the story starts over with a visible notice', async ({ page }) => {
  await openScenarioByMouse(page, HOTEL);
  await choicesGroup(page).getByRole('button').first().click();
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.includes('hotel-heat'));
    if (!key) throw new Error('no save written');
    const save = JSON.parse(localStorage.getItem(key) ?? '{}');
    localStorage.setItem(key, JSON.stringify({ ...save, hash: 'from-an-older-version' }));
  });
  await page.reload();
  await expect(page.getByRole('status')).toContainText('has changed since you last played');
  await expect(choicesGroup(page)).toBeVisible();

  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.includes('hotel-heat'));
    if (key) localStorage.setItem(key, '{"v":1,"storyId":"hotel-heat"');
  });
  await page.reload();
  await expect(page.getByRole('status')).toContainText('could not be used');
  await expect(choicesGroup(page)).toBeFocused();
});
