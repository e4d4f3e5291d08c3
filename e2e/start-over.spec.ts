import { expect, test, type Page } from '@playwright/test';
import { choicesGroup, HOTEL } from './helpers.ts';

const FIRST_LINE =
  'It is four minutes past eight. The day crew went home at six, and the parts room key went with them.';

/**
 * Resolves once the page has had time to run its idle work: the scene mount waits for idle, or at
 * most 600 ms after 350 ms. A busy page (a stage drawing every frame on a loaded machine) may never
 * be idle, so this waits no longer than the app itself would.
 */
const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise((done) =>
        setTimeout(() => requestIdleCallback(() => done(null), { timeout: 2_000 }), 400),
      ),
  );

test('Start over before, during and after the scene loads leaves one canvas and the first line', async ({
  page,
}) => {
  // Hold the scene's chunk until the test lets it through, to press Start over while it loads.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let requested!: () => void;
  const asked = new Promise<void>((resolve) => (requested = resolve));
  await page.route(/phaser-stage-[^/]*\.js$/, async (route) => {
    requested();
    await held;
    await route.continue();
  });
  const transcript = page.getByRole('log', { name: 'Transcript' });
  const canvases = page.locator('canvas');
  // Start over may ask first (it drops the choices so far): answer yes when it does.
  const pressStartOver = async () => {
    await page.getByRole('button', { name: 'Start over' }).first().click();
    const confirm = page.getByRole('dialog').getByRole('button', { name: 'Start over' });
    if ((await confirm.count()) > 0) await confirm.click();
  };
  const expectFreshStart = async () => {
    await expect(choicesGroup(page)).toBeVisible();
    await expect(transcript.locator('p').first()).toHaveText(FIRST_LINE);
  };

  await page.goto('./');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: HOTEL }).click();
  await expect(transcript).toContainText(FIRST_LINE);
  // Before: the scene is not even being mounted yet.
  await pressStartOver();
  await expectFreshStart();
  await asked;
  await choicesGroup(page).getByRole('button').first().click();
  await settle(page);
  // During: the scene mount is waiting for the held chunk.
  await pressStartOver();
  await expectFreshStart();
  release();
  await expect(canvases).toHaveCount(1);
  await settle(page);
  await expect(canvases).toHaveCount(1);

  // After: the scene is on stage.
  await choicesGroup(page).getByRole('button').nth(1).click();
  await expect(transcript).not.toHaveText(FIRST_LINE);
  await pressStartOver();
  await expectFreshStart();
  await expect(transcript.locator('p')).toHaveCount(4);
  await settle(page);
  await expect(canvases).toHaveCount(1);
});
