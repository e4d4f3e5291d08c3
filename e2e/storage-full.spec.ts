import { expect, test, type Page } from '@playwright/test';
import { startLrs } from '../test/helpers/lrs-server.ts';
import { verbsOf } from '../test/helpers/statement-verbs.ts';
import { choicesGroup, expectNoAxeViolations, HOTEL, showAllIfTyping } from './helpers.ts';

/**
 * Fills this site's localStorage to Chromium's real quota, as other pages of the same site or years
 * of use would: big values first, then smaller ones until not even one character fits. Returns how
 * many characters went in, so the test knows the browser itself refused the last write.
 */
async function fillStorage(page: Page): Promise<{ stored: number; refusal: string }> {
  return page.evaluate(() => {
    let size = 1 << 20;
    let stored = 0;
    let refusal = '';
    for (let n = 0; size >= 1; n++) {
      try {
        localStorage.setItem(`other-app-cache-${n}`, 'x'.repeat(size));
        stored += size;
      } catch (error) {
        refusal = (error as Error).name;
        size = Math.floor(size / 2);
      }
    }
    return { stored, refusal };
  });
}

test('a learner whose browser storage is full is told, politely and accessibly, that progress is not being saved, and can play on', async ({
  page,
}) => {
  await page.goto('./');
  const filled = await fillStorage(page);
  expect(filled.refusal).toBe('QuotaExceededError');
  expect(filled.stored).toBeGreaterThan(1_000_000);

  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: HOTEL }).click();
  const notice = page.getByRole('status').filter({ hasText: 'could not be saved' });
  await expect(choicesGroup(page)).toBeVisible();
  const first = await choicesGroup(page).getByRole('button').allInnerTexts();
  await choicesGroup(page).getByRole('button').first().click();

  // Saving the first choice failed: the page says so, why, and what to do.
  await expect(notice).toBeVisible();
  await expect(
    notice.getByRole('heading', { name: 'Your progress on this device could not be saved' }),
  ).toBeVisible();
  await expect(notice).toContainText("This browser's storage for this site is full.");
  await expect(notice).toContainText('You can keep playing');
  await expect(notice).toContainText('free some space in your browser');
  await expectNoAxeViolations(page);

  // The play goes on in this page, and the notice is said once, not again at every choice.
  await expect(choicesGroup(page).getByRole('button').first()).not.toHaveText(first[0] ?? '');
  await choicesGroup(page).getByRole('button').first().click();
  await expect(choicesGroup(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: /could not be saved/ })).toHaveCount(1);

  // By keyboard: from a choice back to the notice, dismiss it, and land on the choice again.
  const choice = choicesGroup(page).getByRole('button').first();
  await choice.focus();
  const dismiss = notice.getByRole('button', { name: 'Dismiss' });
  for (let i = 0; i < 20 && !(await dismiss.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press('Shift+Tab');
  await expect(dismiss).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /could not be saved/ })).toHaveCount(0);
  await expect(choice).toBeFocused();
});

test('a learner whose browser refuses storage altogether is told at once', async ({ browser }) => {
  const context = await browser.newContext();
  // As in a browser with site data blocked: touching localStorage throws a SecurityError.
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  await page.goto('./');
  const notice = page.getByRole('status').filter({ hasText: 'could not be saved' });
  await expect(notice).toContainText('This browser does not let this site save anything here');
  await expect(notice).toContainText('allow site data for this site');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a scenario' })).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();
});

const DRAFT = [
  '# title: Full storage',
  '# summary: Rosa needs a room key.',
  '# role: Night clerk',
  '# setting: office',
  '# customer: Rosa',
  '# minutes: 1',
  '',
  'Rosa waits at the desk with a broken key card. #speaker: Rosa',
  '* [Ask what happened #listening +2 #feedback: Asking first tells Rosa she is heard.]',
  '  Rosa explains the card stopped working. #mood: calm #ending: Heard',
  '  -> END',
  '* [Hand her a new card #stewardship +1 #feedback: Quick, but she was not asked.]',
  '  Rosa takes the card. #ending: Handed',
  '  -> END',
].join('\n');

test('a trainer whose browser storage is full is told the draft is not saved, and the page keeps it for the Studio and the game', async ({
  page,
}) => {
  await page.goto('./');
  expect((await fillStorage(page)).refusal).toBe('QuotaExceededError');
  await page.getByRole('button', { name: 'Story Studio' }).click();
  const editor = page.getByRole('textbox', { name: 'Ink story' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(DRAFT);

  const notice = page.getByRole('status').filter({ hasText: 'story draft' });
  await expect(
    notice.getByRole('heading', { name: 'Your story draft on this device could not be saved' }),
  ).toBeVisible();
  await expect(notice).toContainText("This browser's storage for this site is full.");
  await expect(notice).toContainText('You can keep writing');
  await expect(notice).toContainText('"Download .ink"');
  await expectNoAxeViolations(page);

  // Typing on does not say it again.
  await page.keyboard.insertText('\n// one more line');
  await expect(page.getByRole('heading', { name: /story draft/ })).toHaveCount(1);

  // Leaving the Studio and coming back shows the text as typed, not what the device held before.
  await page.getByRole('button', { name: 'Back to title' }).click();
  await page.getByRole('button', { name: 'Story Studio' }).click();
  await expect(editor).toContainText('Rosa waits at the desk with a broken key card.');
  await expect(editor).toContainText('// one more line');

  // By keyboard: from the Studio back to the notice, and dismiss it.
  const dismiss = notice.getByRole('button', { name: 'Dismiss' });
  await page.getByRole('button', { name: 'Back to title' }).focus();
  for (let i = 0; i < 20 && !(await dismiss.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press('Shift+Tab');
  await expect(dismiss).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /story draft/ })).toHaveCount(0);

  // "Play in the game" plays the draft the device refused to keep.
  await page.getByRole('button', { name: 'Play in the game' }).click();
  await expect(page).toHaveURL(/#\/play\/studio-draft$/);
  await expect(
    page.getByText('Rosa: Rosa waits at the desk with a broken key card.'),
  ).toBeVisible();
  await expect(choicesGroup(page).getByRole('button', { name: 'Ask what happened' })).toBeVisible();
});

test('a learner launched with xAPI on a full storage is told results wait only in this page, and they still reach the LRS', async ({
  page,
}) => {
  const lrs = await startLrs();
  try {
    await page.goto('./');
    expect((await fillStorage(page)).refusal).toBe('QuotaExceededError');
    const launch = new URLSearchParams({
      endpoint: lrs.endpoint,
      auth: 'Basic dXNlcjpwYXNz',
      actor: JSON.stringify({ name: 'Ann Lee', mbox: 'mailto:ann@example.com' }),
      registration: '0b6d2f4e-8a1c-4e3b-9d5f-7c2a1b0e9d8c',
    });
    await page.goto(`./?${launch}`);
    const notice = page.getByRole('status').filter({ hasText: 'results' });
    await expect(
      notice.getByRole('heading', { name: 'Your results could not be kept on this device' }),
    ).toBeVisible();
    await expect(notice).toContainText("This browser's storage for this site is full.");
    await expect(notice).toContainText('any it has not received yet are lost when you close it');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: HOTEL }).click();
    await showAllIfTyping(page);
    await choicesGroup(page).getByRole('button').first().click();
    // Sent from memory: the LRS has the launch and the decision although the device kept neither.
    const verbs = () => verbsOf(lrs.statements);
    await expect.poll(verbs, { timeout: 15_000 }).toEqual(['launched', 'answered']);
    await expect(page.getByRole('heading', { name: /could not be kept/ })).toHaveCount(1);
  } finally {
    await lrs.stop();
  }
});
