import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';

const story = (quality: string) =>
  [
    '# title: Studio check',
    '# summary: Sam needs a hand.',
    '# role: Tester',
    '# setting: office',
    '# customer: Sam',
    '# minutes: 1',
    '',
    'Sam waits at the desk. #speaker: Sam',
    `* [Listen first #${quality} +2 #empathy +1 #feedback: Listening first tells Sam he matters.]`,
    '  Sam explains what went wrong. #mood: calm #ending: Heard',
    '  -> END',
    '* [Nod and carry on #empathy +1 #listening -1 #feedback: A nod is a start, not an answer.]',
    '  Sam nods back. #ending: Nodded',
    '  -> END',
  ].join('\n');
const MISSPELT_LINE = 9;

const editor = (page: Page) => page.getByRole('textbox', { name: 'Ink story' });
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function replaceText(page: Page, text: string) {
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await expect(editor(page)).toHaveText('');
  await page.keyboard.insertText(text);
}

test('a trainer writes a story, fixes its error, playtests it and finds it after a reload', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(request.url()));
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();
  // The learner's title screen loads neither the Studio nor its compiler.
  expect(loaded.filter((url) => /studio|compile-worker/.test(url))).toEqual([]);
  await page.getByRole('button', { name: 'Story Studio' }).click();
  await expect(page.getByRole('heading', { name: 'Story Studio', level: 1 })).toBeVisible();
  for (const name of ['Editor', 'Problems', 'Playtest', 'Report', 'Map']) {
    await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  }
  // The template story compiles clean, in the compile worker.
  const problems = page.getByRole('list', { name: 'Problems' });
  await expect(region(page, 'Problems').getByRole('status')).toHaveText(/^No problems/);
  expect(loaded.some((url) => /compile-worker/.test(url))).toBe(true);

  await replaceText(page, story('listning'));
  const misspelt = problems.getByRole('listitem').filter({ hasText: "unknown quality 'listning'" });
  await expect(misspelt).toContainText(`Line ${MISSPELT_LINE}`);
  await expect(misspelt).toContainText("did you mean 'listening'?");
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(1);
  await expectNoAxeViolations(page);

  await misspelt.getByRole('button', { name: `Line ${MISSPELT_LINE}` }).click();
  await expect(editor(page)).toBeFocused();
  await replaceText(page, story('listening'));
  await expect(region(page, 'Problems').getByRole('status')).toHaveText(/^No problems/);
  await expect(problems.getByRole('listitem')).toHaveCount(0);

  const playtest = region(page, 'Playtest');
  await expect(
    playtest.getByRole('listitem').filter({ hasText: 'Sam waits at the desk.' }),
  ).toHaveText('Sam: Sam waits at the desk.');
  const listen = playtest.getByRole('button', { name: 'Listen first' });
  await expect(listen).toHaveAccessibleDescription('Listening +2, Empathy +1');
  await listen.click();
  const transcript = playtest.getByRole('list', { name: 'Transcript' });
  await expect(transcript.getByText('Sam explains what went wrong.')).toBeVisible();
  await expect(transcript.getByText('You chose: Listen first')).toBeVisible();
  await expect(playtest.getByText('Ending: Heard')).toBeVisible();
  await expect(region(page, 'Map').getByRole('listitem').filter({ hasText: /^END/ })).toContainText(
    'visited in the playtest',
  );
  await expect(region(page, 'Report')).toContainText('# Studio check');

  await page.reload();
  await expect(editor(page)).toContainText('Listen first #listening +2');
  await expect(editor(page)).not.toContainText('The missing booking');
  await expect(
    region(page, 'Playtest').getByRole('button', { name: 'Listen first' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();
});

test('the Studio works by keyboard alone, and the editor lets focus move on', async ({ page }) => {
  await page.goto('./#/studio');
  await expect(page.getByRole('heading', { name: 'Story Studio', level: 1 })).toBeFocused();
  const firstChoice = page.getByRole('button', { name: 'Ask to see the email' });
  await expect(firstChoice).toBeVisible();
  await editor(page).focus();
  for (
    let i = 0;
    i < 10 && !(await firstChoice.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(firstChoice).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /Call the sister hotel/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Ending: Sorted together')).toBeVisible();
  await page.getByRole('button', { name: 'Back to title' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();
});
