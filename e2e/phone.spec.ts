import { expect, test } from '@playwright/test';
import { choicesGroup, HOTEL } from './helpers';

test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

test('on a phone the scene and the first choice are both on screen at every decision, and the transcript keeps what you said', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start' }).tap();
  await page.getByRole('button', { name: HOTEL }).tap();
  const transcript = page.getByRole('log', { name: 'Transcript' });
  const canvas = page.locator('.stage canvas');
  const debrief = page.getByRole('button', { name: 'See your debrief' });
  const stage = page.locator('.stage');
  const places = new Set<string>();
  let decisions = 0;
  for (let step = 0; step < 30; step++) {
    await expect(choicesGroup(page).or(debrief)).toBeVisible();
    if (await debrief.isVisible()) break;
    const first = choicesGroup(page).getByRole('button').first();
    await expect(canvas).toBeInViewport();
    await expect(first).toBeInViewport();
    // Who the caption names is who is drawn: in the basement nobody, not the guest upstairs.
    const label = (await stage.getAttribute('aria-label')) ?? '';
    places.add(label);
    if (label === 'Nobody else is here')
      await expect(page.locator('.stage-canvas')).toHaveAttribute('data-drawn', '');
    const buttons = choicesGroup(page).getByRole('button');
    const pick = buttons.nth(step % (await buttons.count()));
    const said = (await pick.locator('.choice-text').textContent()) ?? '';
    await pick.tap();
    await expect(transcript).toContainText(`You: ${said}`);
    decisions++;
  }
  expect(decisions).toBeGreaterThan(2);
  expect([...places]).toContain('Nobody else is here');
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBeLessThanOrEqual(0);
});
