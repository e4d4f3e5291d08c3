import { expect, test, type Page } from '@playwright/test';
import { choicesGroup, HOTEL, showAllIfTyping } from './helpers';

test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

// Counts the images drawn onto the stage's canvas: Phaser's canvas renderer draws the backdrop
// and every face with drawImage on each frame it renders, and on no other occasion.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { stageDraws: number };
    w.stageDraws = 0;
    const draw = CanvasRenderingContext2D.prototype.drawImage;
    CanvasRenderingContext2D.prototype.drawImage = function (
      this: CanvasRenderingContext2D,
      ...args: unknown[]
    ) {
      if (this.canvas.closest('.stage-canvas')) w.stageDraws++;
      return (draw as (...a: unknown[]) => void).apply(this, args);
    };
  });
});

const draws = (page: Page) =>
  page.evaluate(() => (window as unknown as { stageDraws: number }).stageDraws);

async function openHotel(page: Page) {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start' }).tap();
  await page.getByRole('button', { name: HOTEL }).tap();
  await expect(choicesGroup(page).or(page.getByRole('button', { name: 'Show all' }))).toBeVisible();
  await showAllIfTyping(page);
  await expect(choicesGroup(page)).toBeVisible();
  const stage = page.locator('.stage-canvas');
  await expect(stage).toHaveAttribute('data-portrait', 'picture');
  return stage;
}

/** Takes the first choice until the story moves to another place; returns the stage. */
async function chooseUntilTheSceneChanges(page: Page) {
  const stage = page.locator('.stage-canvas');
  for (let step = 0; step < 6 && !(await stage.getAttribute('data-transition')); step++) {
    await choicesGroup(page).getByRole('button').first().tap();
    await expect(
      choicesGroup(page).or(page.getByRole('button', { name: 'Show all' })),
    ).toBeVisible();
    await showAllIfTyping(page);
  }
  return stage;
}

/** Once asleep, the canvas is not drawn on again until something changes. */
async function expectNoFramesWhileAsleep(page: Page) {
  const stage = page.locator('.stage-canvas');
  await expect(stage).toHaveAttribute('data-loop', 'asleep', { timeout: 20_000 });
  const before = await draws(page);
  await page.waitForTimeout(1500);
  await expect(stage).toHaveAttribute('data-loop', 'asleep');
  expect(await draws(page)).toBe(before);
}

test.describe('with motion allowed', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('people blink and gesture as they speak, fade in and out as they come and go, the scene fades to the next place, and the picture then sleeps', async ({
    page,
  }) => {
    const stage = await openHotel(page);
    // The first blink is planned seconds after the stage wakes; a loaded machine draws slowly.
    // She blinks while the learner reads, and the picture is being drawn while she does.
    await expect
      .poll(async () => Number(await stage.getAttribute('data-blinks')), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(await draws(page)).toBeGreaterThan(0);
    await expectNoFramesWhileAsleep(page);

    // A choice wakes it: she answers, and the one speaking moves as they talk.
    const asleepAt = await draws(page);
    await chooseUntilTheSceneChanges(page);
    await expect(stage).toHaveAttribute('data-transition', 'fade');
    expect(await draws(page)).toBeGreaterThan(asleepAt);
    // Helen rang off and Priya radioed in: one faded out and the other in, neither simply popped.
    await expect(stage).toHaveAttribute('data-presence', 'fade');
    for (const fades of ['data-exits', 'data-entrances']) {
      await expect
        .poll(async () => Number(await stage.getAttribute(fades)), { timeout: 20_000 })
        .toBeGreaterThan(0);
    }
    await expect
      .poll(async () => Number(await stage.getAttribute('data-gestures')), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await expectNoFramesWhileAsleep(page);
  });
});

test.describe('under reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('nobody breathes, blinks or gestures, a change of place or of who is there is a cut, and the picture sleeps at once', async ({
    page,
  }) => {
    const stage = await openHotel(page);
    await expectNoFramesWhileAsleep(page);
    await chooseUntilTheSceneChanges(page);
    await expect(stage).toHaveAttribute('data-transition', 'cut');
    // People came and went (Helen rang off, Priya radioed in), and they did so at a cut.
    await expect(stage).toHaveAttribute('data-presence', 'cut');
    await expectNoFramesWhileAsleep(page);
    // Asleep, the count is final: no idle moment ran in any spell of this encounter.
    await expect(stage).toHaveAttribute('data-blinks', '0');
    await expect(stage).toHaveAttribute('data-gestures', '0');
    await expect(stage).toHaveAttribute('data-exits', '0');
    await expect(stage).toHaveAttribute('data-entrances', '0');
  });
});
