import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const HOTEL = /The Heat in Room 412/;

export function choicesGroup(page: Page) {
  return page.getByRole('group', { name: 'Choices' });
}

/** Skips a typed reveal, as an impatient learner does, if one is under way. */
export async function showAllIfTyping(page: Page): Promise<void> {
  const showAll = page.getByRole('button', { name: 'Show all' });
  // The reveal may end on its own between seeing the button and clicking it. The wait is long
  // because a page drawing the stage on a loaded 2-core machine can take seconds to answer.
  if (await showAll.isVisible()) await showAll.click({ timeout: 10_000 }).catch(() => undefined);
}

export async function openScenarioByMouse(page: Page, name: RegExp): Promise<void> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name }).click();
  await expect(choicesGroup(page).or(page.getByRole('button', { name: 'Show all' }))).toBeVisible();
  await showAllIfTyping(page);
  await expect(choicesGroup(page)).toBeVisible();
}

/** Clicks through to the end, picking with `pick(step, count)`; returns the choice path taken. */
export async function playByMouse(
  page: Page,
  pick: (step: number, count: number) => number,
): Promise<number[]> {
  const taken: number[] = [];
  const debriefButton = page.getByRole('button', { name: 'See your debrief' });
  const showAll = page.getByRole('button', { name: 'Show all' });
  for (let step = 0; step < 30; step++) {
    await expect(choicesGroup(page).or(debriefButton).or(showAll)).toBeVisible();
    await showAllIfTyping(page);
    await expect(choicesGroup(page).or(debriefButton)).toBeVisible();
    if (await debriefButton.isVisible()) return taken;
    const buttons = choicesGroup(page).getByRole('button');
    const index = pick(step, await buttons.count());
    await buttons.nth(index).click();
    taken.push(index);
  }
  throw new Error('the story did not end within 30 decisions');
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  // A line fading in (0.25 s) is read once it has arrived: axe caught one mid-fade and measured
  // its half-transparent text's contrast. Only finite animations are waited for.
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    undefined,
    { timeout: 5_000 },
  );
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  );
  expect(summary).toEqual([]);
}

/**
 * The line the dialogue box shows and whether the transcript already holds it, read in one go on
 * the page: a finished line moves on by itself after a hold, so two separate reads can straddle it.
 */
export async function boxAndTranscript(page: Page): Promise<{ said: string; inLog: boolean }> {
  return page.evaluate(() => {
    const box = document.querySelector<HTMLElement>('.dialogue-box .box-text');
    const log = document.querySelector('[role="log"][aria-label="Transcript"]');
    // innerText holds only the letters showing: the untyped rest of a line is there, invisible.
    const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
    const said = flat(box?.innerText ?? '');
    return { said, inLog: said.length > 0 && flat(log?.textContent ?? '').includes(said) };
  });
}
