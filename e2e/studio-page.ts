import { expect, type Page } from '@playwright/test';

// The Studio page as its tests use it: a small story to type, and the parts of the page by role.

/** A one-decision story whose first choice scores `quality`, on line MISSPELT_LINE. */
export const story = (quality: string) =>
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
export const MISSPELT_LINE = 9;

export const editor = (page: Page) => page.getByRole('textbox', { name: 'Ink story' });
export const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
/** Playtest, Map and Report share the right-hand side: a tab brings each to the front. */
export async function view(page: Page, name: 'Playtest' | 'Map' | 'Report') {
  await page.getByRole('tab', { name }).click();
  return page.getByRole('tabpanel', { name, exact: true });
}

export async function replaceText(page: Page, text: string) {
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await expect(editor(page)).toHaveText('');
  await page.keyboard.insertText(text);
}
