import { expect, test, type Page } from '@playwright/test';
import { choicesGroup } from './helpers';
import { SHIPPED_STORIES, walkStory } from './story-walk';

/*
 * Issue 15's phone promise, for every decision of a full play of every shipped story: at 375×667
 * with touch the stage, the line the choice answers and the first choice are all on screen while
 * choosing (a playtester found that line scrolled under the pinned stage), and after each tap
 * the transcript keeps what the learner said ("You: …"). The paths are read off the ink files by
 * inkjs alone (story-walk.ts), so the words tapped come from the stories, not from the game.
 */

test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
test.describe.configure({ mode: 'parallel' });

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Plays one story from the menu by tapping each option by its words; returns the stage captions seen. */
async function playOnPhone(page: Page, id: string): Promise<Set<string>> {
  // A different option at each step, so a play visits more than the first branch.
  const { title, choices } = walkStory(id, (step, count) => step % count);
  await page.getByRole('button', { name: title, exact: true }).tap();
  const group = choicesGroup(page);
  const transcript = page.getByRole('log', { name: 'Transcript' });
  const stage = page.locator('.stage');
  const canvas = stage.locator('canvas');
  const captions = new Set<string>();
  for (const [step, said] of choices.entries()) {
    const where = `${id}, decision ${step + 1}: ${said}`;
    const option = group.getByRole('button', { name: said, exact: true });
    await expect(option, where).toBeVisible({ timeout: 30_000 });
    await expect(canvas, where).toBeInViewport();
    await expect(group.getByRole('button').first(), where).toBeInViewport();
    // The line the choice answers is readable, not scrolled under the pinned stage.
    const pinned = await stage.boundingBox();
    const question = await transcript.locator('.line').last().boundingBox();
    expect(question?.y ?? -1, `${where}: the last line is below the stage`).toBeGreaterThanOrEqual(
      (pinned?.y ?? 0) + (pinned?.height ?? 0) - 1,
    );
    // Who the caption names is who is drawn: with nobody else there, nobody.
    const caption = (await stage.getAttribute('aria-label')) ?? '';
    captions.add(caption);
    if (caption === 'Nobody else is here')
      await expect(page.locator('.stage-canvas'), where).toHaveAttribute('data-drawn', '');
    await option.tap();
    await expect(transcript, where).toContainText(`You: ${said}`);
  }
  await expect(page.getByRole('button', { name: 'See your debrief' })).toBeVisible();
  expect(await overflow(page), `${id}: no sideways scroll`).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Menu', exact: true }).tap();
  return captions;
}

// Three shares of the library, so two workers walk it side by side.
const SHARES = 3;
for (let share = 0; share < SHARES; share++) {
  const ids = SHIPPED_STORIES.filter((_, i) => i % SHARES === share);
  test(`on a phone the scene and the first choice are on screen at every decision, and the transcript keeps what you said: ${ids.join(', ')}`, async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Start' }).tap();
    for (const id of ids) {
      const captions = await playOnPhone(page, id);
      // In the hotel's basement nobody is drawn, not the guest upstairs.
      if (id === 'hotel-heat') expect([...captions]).toContain('Nobody else is here');
    }
  });
}
