import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expectNoAxeViolations, playByMouse } from './helpers.ts';

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
/** Playtest, Map and Report share the right-hand side: a tab brings each to the front. */
async function view(page: Page, name: 'Playtest' | 'Map' | 'Report') {
  await page.getByRole('tab', { name }).click();
  return page.getByRole('tabpanel', { name, exact: true });
}

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

// A main story and one INCLUDEd scene, typed as an Inky user writes them.
const MAIN = [
  '# title: Two rooms',
  '# summary: Sam needs a hand at the desk.',
  '# role: Tester',
  '# setting: office',
  '# customer: Sam',
  '# minutes: 1',
  'INCLUDE scenes/desk.ink',
  '',
  'Sam waits at the desk. #speaker: Sam #mood: worried',
  '-> desk',
].join('\n');
const DESK = [
  '=== desk ===',
  '* [Listen first #listening +2 #empathy +1 #feedback: Listening first tells Sam he matters.]',
  '  Thank you for hearing me out. #speaker: Sam #mood: relieved',
  '  Sam leaves with a plan. #ending: Heard',
  '  -> END',
  '* [Carry on typing #listening -1 #feedback: Sam is still waiting.]',
  '  Sam sighs. #speaker: Sam #mood: frustrated',
  '  Sam leaves. #ending: Ignored',
  '  -> END',
].join('\n');

test('a trainer writes a two-file story, plays it to the real debrief, exports it and plays it in the game', async ({
  page,
}) => {
  await page.goto('./#/studio');
  await replaceText(page, MAIN);
  await expect(
    region(page, 'Problems')
      .getByRole('listitem')
      .filter({ hasText: 'there is no file called scenes/desk.ink' }),
  ).toContainText('Line 7');

  await page.getByRole('button', { name: 'New file' }).click();
  await page.getByRole('textbox', { name: 'New file name' }).fill('desk.ink');
  await page.getByRole('button', { name: 'Add file' }).click();
  await expect(page.getByText('Put an INCLUDEd file in a folder')).toBeVisible();
  await page.getByRole('textbox', { name: 'New file name' }).fill('scenes/desk.ink');
  await page.getByRole('button', { name: 'Add file' }).click();
  const files = page.getByRole('tablist', { name: 'Story files' });
  await expect(files.getByRole('tab', { name: 'scenes/desk.ink' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(editor(page)).toBeFocused();
  await page.keyboard.insertText(DESK);
  await expect(region(page, 'Problems').getByRole('status').first()).toHaveText(/^No problems/);
  await expect(
    page.getByText('Every path explored: the scoring checks are included.'),
  ).toBeVisible();
  await expect(page.getByText(/\d+ words in scenes\/desk\.ink, \d+ in the story/)).toBeVisible();

  // The tabs keep each file's own text.
  await files.getByRole('tab', { name: 'story.ink' }).click();
  await expect(editor(page)).toContainText('INCLUDE scenes/desk.ink');

  const playtest = await view(page, 'Playtest');
  await playtest.getByRole('button', { name: 'Listen first' }).click();
  const debrief = page.getByRole('heading', { name: 'Debrief: Two rooms', level: 1 });
  await expect(debrief).toBeFocused();
  await expect(playtest.getByText('Overall serving score')).toContainText('100%');
  await expect(playtest.getByText('Ending reached: Heard')).toBeVisible();
  // The model answers, worked out in the game's worker, then shown under each key moment.
  await expect(playtest.getByRole('list', { name: 'Key moments' })).toContainText(
    'you chose an option from which the best play was still open',
  );
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .zip' }).click();
  const zip = await download;
  expect(zip.suggestedFilename()).toBe('two-rooms.zip');
  const entries = unzipSync(new Uint8Array(readFileSync((await zip.path()) ?? '')));
  expect(Object.keys(entries).sort()).toEqual(['scenes/desk.ink', 'two-rooms.ink']);
  expect(strFromU8(entries['scenes/desk.ink'] ?? new Uint8Array())).toBe(DESK);

  // Opening other files asks first once there is work in no file yet.
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('\n// a note');
  await page.getByLabel('Open .ink files').setInputFiles({
    name: 'other.ink',
    mimeType: 'text/plain',
    buffer: Buffer.from('# title: Other\nHello.'),
  });
  const ask = page.getByRole('dialog', { name: 'Replace the story in the Studio?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep my work' }).click();
  await expect(editor(page)).toContainText('// a note');

  await page.getByRole('button', { name: 'Play in the game' }).click();
  await expect(page).toHaveURL(/#\/play\/studio-draft$/);
  await playByMouse(page, () => 0);
  await page.getByRole('button', { name: 'See your debrief' }).click();
  await expect(page.getByRole('heading', { name: 'Debrief: Two rooms', level: 1 })).toBeVisible();
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
