import { expect, test } from '@playwright/test';
import { editor, region, replaceText, story } from './studio-page.ts';

// Several knots, as a long story has them: an edit inside one is checked on its own at once.
const KNOTS = [
  ...story('listening').split('\n').slice(0, 8),
  '-> lobby',
  '',
  '=== lobby ===',
  'Sam points at the lifts. #speaker: Sam',
  '* [Walk him to the lifts #listening +1 #feedback: You went with him.]',
  '  -> desk',
  '',
  '=== desk ===',
  '* [Listen first #listening +2 #empathy +1 #feedback: Listening first tells Sam he matters.]',
  '  Sam explains what went wrong. #mood: calm #ending: Heard',
  '  -> END',
].join('\n');

test('problems follow typing inside a knot of a longer story, and clear when it is mended', async ({
  page,
}) => {
  await page.goto('./#/studio');
  await replaceText(page, KNOTS);
  const playtest = page.getByRole('tabpanel', { name: 'Playtest' });
  const walk = playtest.getByRole('button', { name: 'Walk him to the lifts' });
  await expect(walk).toBeVisible();
  const status = region(page, 'Problems').getByRole('status').first();
  await expect(status).not.toHaveText(/[1-9]\d* errors?/);
  const problems = page.getByRole('list', { name: 'Problems' });
  // The last line is '-> END' inside the knot 'desk': one more letter makes a divert to nowhere.
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('Z');
  const unknown = problems.getByRole('listitem').filter({ hasText: "'-> ENDZ'" });
  await expect(unknown).toContainText(`Line ${KNOTS.split('\n').length}`);
  await expect(status).toHaveText(/^1 error/);
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(1);
  await page.keyboard.press('Backspace');
  await expect(unknown).toHaveCount(0);
  await expect(status).not.toHaveText(/[1-9]\d* errors?/);
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(0);
  // The whole compile caught up with the typing: the story still plays.
  await walk.click();
  await playtest.getByRole('button', { name: 'Listen first' }).click();
  await expect(playtest.getByText('Ending: Heard')).toBeVisible();
});
