import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { choicesGroup } from './helpers.ts';

// Lines type out and wait for Continue, as they do for most learners.
test.use({ reducedMotion: 'no-preference' });

const transcript = (page: Page) => page.getByRole('log', { name: 'Transcript' });

async function open(page: Page, scenario: RegExp, touch: boolean): Promise<void> {
  await page.goto('./');
  const start = page.getByRole('button', { name: 'Start' });
  if (touch) await start.tap();
  else await start.click();
  const card = page.getByRole('button', { name: scenario });
  if (touch) await card.tap();
  else await card.click();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
}

test.describe('on a phone, by touch', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test('double-tapping Continue through the lines never picks the choice drawn under the finger', async ({
    page,
  }) => {
    // Every choice's words, read from the story itself: said in the transcript only once picked.
    const options = [
      ...readFileSync('stories/shouting-counter.ink', 'utf8').matchAll(
        /^\s*[*+][*+\s]*(?:\{[^}]*\}\s*)*\[([^#\]]+)/gm,
      ),
    ].map((m) => (m[1] ?? '').trim());
    const picked = () =>
      transcript(page)
        .getByRole('paragraph')
        .evaluateAll(
          (lines, said) =>
            lines.filter((l) => {
              const text = l.textContent ?? '';
              return text.startsWith('You:') && said.includes(text.slice(4).trim());
            }).length,
          options,
        );
    await open(page, /Shouting at the Counter/, true);
    const onward = page.getByRole('button', { name: 'Continue' });
    const debrief = page.getByRole('button', { name: 'See your debrief' });
    const typing = page.locator('.dialogue-box.typing');
    let picks = 0;
    for (let i = 0; i < 300 && !(await debrief.isVisible()); i++) {
      if (await choicesGroup(page).isVisible()) {
        // A tap meant for a choice, once they are on show, picks it.
        const choice = choicesGroup(page).getByRole('button').first();
        options.push(((await choice.locator('.choice-text').textContent()) ?? '').trim());
        await choice.tap();
        picks++;
        await expect(onward.or(debrief)).toBeVisible();
        continue;
      }
      // The line has typed out, the learner has read it and moves on with a double tap.
      await expect(typing).toHaveCount(0);
      // Continue where the thumb can reach it: on screen.
      await onward.scrollIntoViewIfNeeded({ timeout: 1_000 }).catch(() => undefined);
      const box = await onward.boundingBox({ timeout: 1_000 }).catch(() => null);
      if (!box) continue;
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      // An impatient thumb: two taps on the same spot, 180 ms apart, as a person double-taps.
      await page.touchscreen.tap(x, y);
      await page.waitForTimeout(180);
      await page.touchscreen.tap(x, y);
      // The ending's button can come up under the second tap too: it must not open the debrief.
      await expect(page.getByRole('heading', { name: /^Debrief:/ })).toHaveCount(0);
      expect(await picked(), 'choices picked, all by a deliberate tap').toBe(picks);
    }
    expect(picks).toBeGreaterThan(2);
    // The debrief opens by a deliberate tap, and lists only the learner's own picks.
    await debrief.tap();
    const decisions = page
      .getByRole('list', { name: 'Key moments' })
      .getByRole('listitem')
      .filter({ hasText: 'You chose:' });
    await expect(decisions).toHaveCount(picks, { timeout: 30_000 });
  });
});

test.describe('on a laptop, by keyboard', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('pressing Space to move the lines on never picks a choice; the choices take a deliberate move', async ({
    page,
  }) => {
    await open(page, /The Lift Is Out/, false);
    const group = choicesGroup(page);
    // Space moves the lines on, as the welcome says, and the learner keeps pressing it.
    for (let i = 0; i < 60 && !(await group.isVisible()); i++) {
      await page.keyboard.press('Space');
      await page.waitForTimeout(100);
    }
    await expect(group).toBeVisible();
    for (const key of ['Space', 'Space', 'Enter', 'Space']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(200);
    }
    await expect(transcript(page)).not.toContainText('You:');
    await expect(group).toBeVisible();
    // Focus is on the choices' group (announced with its hint), not on a choice.
    await expect(group).toBeFocused();
    await expect(group).toHaveAccessibleDescription(/arrow keys/);

    // An arrow key moves onto the choices; Enter then picks the one reached.
    const buttons = group.getByRole('button');
    await page.keyboard.press('ArrowDown');
    await expect(buttons.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(buttons.nth(1)).toBeFocused();
    await expect(buttons.nth(1)).toBeEnabled();
    const said = (await buttons.nth(1).locator('.choice-text').textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect(transcript(page)).toContainText(`You: ${said}`);

    // Show all skips to the next choices, and the Enter after it does not pick one either.
    await page.getByRole('button', { name: 'Show all' }).press('Enter');
    await expect(group).toBeFocused();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    await expect(transcript(page).getByText('You:', { exact: true })).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(buttons.first()).toBeFocused();
    await expect(buttons.first()).toBeEnabled();
    await page.keyboard.press('Enter');
    await expect(transcript(page).getByText('You:', { exact: true })).toHaveCount(2);
  });

  test('a double click on Continue never picks the choice that appears under the mouse', async ({
    page,
  }) => {
    await open(page, /The Lift Is Out/, false);
    const onward = page.getByRole('button', { name: 'Continue' });
    for (let i = 0; i < 60 && (await onward.isVisible()); i++) {
      await expect(page.locator('.dialogue-box.typing')).toHaveCount(0);
      const box = await onward.boundingBox({ timeout: 1_000 }).catch(() => null);
      if (!box) break;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { clickCount: 2 });
      await expect(transcript(page)).not.toContainText('You:');
    }
    await expect(choicesGroup(page)).toBeVisible();
    await expect(transcript(page)).not.toContainText('You:');
  });
});
