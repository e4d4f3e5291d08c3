import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expectNoAxeViolations, playByMouse } from './helpers.ts';
import { editor, region, replaceText, view } from './studio-page.ts';

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
    'Model answer: yours. The best play was still open after this choice.',
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
