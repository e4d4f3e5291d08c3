import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';
import { editor, MISSPELT_LINE, region, replaceText, story, view } from './studio-page.ts';

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
  for (const name of ['Editor', 'Problems', 'Playtest']) {
    await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  }
  for (const name of ['Playtest', 'Map', 'Report']) {
    await expect(page.getByRole('tab', { name })).toBeVisible();
  }
  // The template story compiles clean, in the compile worker.
  const problems = page.getByRole('list', { name: 'Problems' });
  await expect(region(page, 'Problems').getByRole('status').first()).toHaveText(/^No problems/);
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
  // The error is gone. The full check may then add judgement warnings (this one-decision story
  // has a cost-free model answer): warnings, never errors.
  await expect(region(page, 'Problems').getByRole('status').first()).toHaveText(
    /^(No problems|0 errors)/,
  );
  await expect(problems.getByRole('listitem').filter({ hasText: 'unknown quality' })).toHaveCount(
    0,
  );
  await expect(problems.getByRole('listitem').filter({ hasText: /^Line \d+\s*error/ })).toHaveCount(
    0,
  );

  const playtest = await view(page, 'Playtest');
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
  await expect(
    (await view(page, 'Map')).getByRole('listitem').filter({ hasText: /^END/ }),
  ).toContainText('visited in the playtest');
  await expect(await view(page, 'Report')).toContainText('# Studio check');

  await page.reload();
  await expect(editor(page)).toContainText('Listen first #listening +2');
  await expect(editor(page)).not.toContainText('The missing booking');
  await expect(
    page.getByRole('tabpanel', { name: 'Playtest' }).getByRole('button', { name: 'Listen first' }),
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

test('the Studio on a phone: write, play by touch, no sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 375, height: 667 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto('./#/studio');
  await expect(page.getByRole('button', { name: 'Ask to see the email' })).toBeVisible();
  await page.getByRole('tab', { name: 'Map' }).tap();
  await page.getByRole('button', { name: 'Zoom in' }).tap();
  await expect(page.getByText('Zoom', { exact: false }).last()).toHaveText(/Zoom \d+%/);
  await page.getByRole('tab', { name: 'Playtest' }).tap();
  await page.getByRole('button', { name: 'Ask to see the email' }).tap();
  await page.getByRole('button', { name: /Call the sister hotel/ }).tap();
  await expect(page.getByRole('heading', { name: /^Debrief:/, level: 1 })).toBeVisible();
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(sideways).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await context.close();
});
