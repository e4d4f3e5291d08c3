import { expect, test, type Page } from '@playwright/test';
import { choicesGroup, showAllIfTyping } from './helpers';
import { extremePaths } from './extreme-paths';
import { compiledStory, expectedDebrief } from './story-oracle';

/*
 * Three of issue 14's new scenarios played to the debrief as a learner would: from the menu, by the
 * options' own words, on a laptop with a mouse and on a phone by touch. The paths come from inkjs
 * alone (extreme-paths); every number and word the page shows must agree with the oracle
 * (expectedDebrief: inkjs and the guide's rules, nothing of src/), never with the page itself.
 */

type Press = 'click' | 'tap';

async function open(page: Page, title: RegExp, press: Press): Promise<void> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start' })[press]();
  await page.getByRole('button', { name: title })[press]();
}

async function waitForChoiceOrEnd(page: Page): Promise<void> {
  const debrief = page.getByRole('button', { name: 'See your debrief' });
  const showAll = page.getByRole('button', { name: 'Show all' });
  await expect(choicesGroup(page).or(debrief).or(showAll)).toBeVisible();
  await showAllIfTyping(page);
  await expect(choicesGroup(page).or(debrief)).toBeVisible();
}

/** Picks each option by its words; returns the indices taken, for the oracle. */
async function playByText(page: Page, texts: readonly string[], press: Press): Promise<number[]> {
  const taken: number[] = [];
  for (const text of texts) {
    await waitForChoiceOrEnd(page);
    const buttons = choicesGroup(page).getByRole('button');
    const labels = await buttons.allTextContents();
    const index = labels.findIndex((label) => label.includes(text));
    expect(index, `option "${text}" among ${labels.join(' | ')}`).toBeGreaterThanOrEqual(0);
    await buttons.nth(index)[press]();
    taken.push(index);
  }
  await waitForChoiceOrEnd(page);
  return taken;
}

/** Opens the debrief and checks what it says against the oracle; returns the expected view. */
async function expectDebrief(page: Page, id: string, taken: number[], press: Press) {
  await page.getByRole('button', { name: 'See your debrief' })[press]();
  const expected = expectedDebrief(compiledStory(id), taken);
  await expect(page.getByRole('heading', { name: /Debrief/ })).toBeVisible();
  await expect(page.getByText('Ending reached:')).toContainText(expected.ending);
  await expect(page.getByText('Overall serving score:')).toContainText(expected.overall.display);
  await expect(page.getByRole('heading', { name: expected.verdict.heading })).toBeVisible();
  await expect(page.getByText(expected.verdict.test.text)).toBeVisible();
  return expected;
}

function keyMoments(page: Page) {
  return page
    .getByRole('list', { name: 'Key moments' })
    .getByRole('listitem')
    .filter({ hasText: 'You chose:' });
}

test('a new hire plays three new scenarios to the debrief: the lift and the team leader by mouse, the scam call on a phone by touch', async ({
  page,
  browser,
  baseURL,
}) => {
  // At a laptop: The Lift Is Out on its best-serving path ends ALIVE at 100%, a moment per choice.
  const lift = extremePaths(compiledStory('lift-is-out').json).best;
  await open(page, /The Lift Is Out/, 'click');
  await expect(page.locator('.stage canvas')).toBeVisible();
  const liftTaken = await playByText(page, lift.choices, 'click');
  const best = await expectDebrief(page, 'lift-is-out', liftTaken, 'click');
  expect(best.overall.percent).toBe(100);
  expect(best.verdict.served).toBe(true);
  await expect(keyMoments(page)).toHaveCount(liftTaken.length, { timeout: 30_000 });

  // Then Your Call Now, played unevenly: a missed moment names the option that would have served.
  await open(page, /Your Call Now/, 'click');
  const taken: number[] = [];
  const debrief = page.getByRole('button', { name: 'See your debrief' });
  for (let step = 0; step < 30; step++) {
    await waitForChoiceOrEnd(page);
    if (await debrief.isVisible()) break;
    const buttons = choicesGroup(page).getByRole('button');
    const index = (step * 2) % (await buttons.count());
    await buttons.nth(index).click();
    taken.push(index);
  }
  const mixed = await expectDebrief(page, 'your-call-now', taken, 'click');
  const missed = mixed.decisions.findIndex((d) => !d.chosenIsModel);
  expect(missed, 'the uneven play misses at least one model answer').toBeGreaterThanOrEqual(0);
  await expect(keyMoments(page)).toHaveCount(taken.length, { timeout: 30_000 });
  await expect(keyMoments(page).nth(missed)).toContainText(mixed.decisions[missed]!.model.text);

  // On a phone, by touch: Something Isn't Right on its worst path is DEAD, the customer no better off.
  const phone = await browser.newContext({
    baseURL,
    viewport: { width: 375, height: 667 },
    hasTouch: true,
    isMobile: true,
    reducedMotion: 'reduce',
  });
  const tapper = await phone.newPage();
  const scam = extremePaths(compiledStory('something-isnt-right').json).worst;
  await open(tapper, /Something Isn.t Right/, 'tap');
  const scamTaken = await playByText(tapper, scam.choices, 'tap');
  const worst = await expectDebrief(tapper, 'something-isnt-right', scamTaken, 'tap');
  expect(worst.verdict.served).toBe(false);
  expect(worst.verdict.test.betterOff).toBe(false);
  expect(
    await tapper.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBeLessThanOrEqual(0);
  await phone.close();
});
