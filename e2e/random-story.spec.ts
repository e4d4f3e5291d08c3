import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { choicesGroup, showAllIfTyping } from './helpers.ts';

// '{~ -> caller_a | -> caller_b}': whoever rings, one option serves them, worked out by hand from
// the ink: Ms. Lind's booking read back (+2 listening, of the 2 her call offers) or the supplier's
// delivery rebooked (+3 foresight, of 3). The other caller's quality was never met on this play.
const STORY = path.resolve(import.meta.dirname, '../test/fixtures/loops/random-branch.ink');
const CALLERS = [
  {
    option: 'Find her booking and read it back',
    quality: 'Listening',
    unmet: 'Foresight',
    best: 2,
  },
  {
    option: 'Agree a new time and note it for the team',
    quality: 'Foresight',
    unmet: 'Listening',
    best: 3,
  },
];

/** Clicks the option that serves whichever caller rang, and says which caller it was. */
async function servePerfectly(choices: Locator) {
  await expect(choices.getByRole('button').first()).toBeVisible();
  for (const caller of CALLERS) {
    const option = choices.getByRole('button', { name: caller.option });
    if (await option.isVisible()) {
      await option.click();
      return caller;
    }
  }
  throw new Error('neither caller rang');
}

/** The debrief on the page reads full marks for the caller met, and the other as not met. */
async function expectFullMarks(
  page: Page,
  scope: Page | Locator,
  caller: (typeof CALLERS)[number],
) {
  await expect(scope.getByText('Overall serving score:')).toContainText(
    `100% (${caller.best} of the ${caller.best} points`,
  );
  const rows = scope
    .getByRole('table', { name: /Each quality is read against/ })
    .locator('tbody')
    .getByRole('row');
  const row = (label: string) =>
    rows.filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  await expect(row(caller.quality).getByRole('cell').first()).toHaveText('100%');
  await expect(row(caller.unmet).getByRole('cell').first()).toHaveText(
    "not met on this play: the story's luck went another way",
  );
  await expect(scope.getByText('ALIVE service')).toBeVisible();
}

test('a trainer opens a random story in the Studio; a perfect play for whichever caller rings reads 100%, in the playtest and in the game', async ({
  page,
}) => {
  await page.goto('./#/studio');
  await page.getByLabel('Open .ink files').setInputFiles(STORY);
  const replace = page.getByRole('dialog', { name: 'Replace the story in the Studio?' });
  if (await replace.isVisible()) await replace.getByRole('button', { name: 'Replace it' }).click();
  await expect(page.getByRole('textbox', { name: 'Ink story' })).toContainText(
    '{~ -> caller_a | -> caller_b}',
  );
  // The checker warns, at the rolling line, that luck decides how much a learner can earn: by
  // hand from the ink, whoever rings, the best play is sure of Ms. Lind's 2 and earns the
  // supplier's 3 when he rings.
  const luck = page
    .getByRole('region', { name: 'Problems', exact: true })
    .getByRole('listitem')
    .filter({ hasText: 'luck decides how much a learner can earn' });
  await expect(luck).toContainText('Line 9');
  await expect(luck).toContainText(
    'the best play is sure of 2 points whatever the rolls, and earns 3 points with the rolls on its side',
  );

  // The report lists the roll that matters: the phone's, before the first decision.
  await page.getByRole('tab', { name: 'Report' }).click();
  const report = page.getByRole('tabpanel', { name: 'Report', exact: true });
  await expect(report).toContainText(
    'rolls that matter (their outcomes change what the best play is sure of):',
  );
  // Where the draw is written: line 9 of the file, '{~ -> caller_a | -> caller_b}'.
  await expect(report).toContainText(
    'before the first decision (the draw at random-branch.ink:9):',
  );
  await expect(report).toContainText(
    "1 of 2 outcomes leads to the options 'Agree a new time and note it for the team', 'Say it is not your department': the best play is then sure of 3 points more",
  );

  await page.getByRole('tab', { name: 'Playtest' }).click();
  const playtest = page.getByRole('tabpanel', { name: 'Playtest', exact: true });
  const met = await servePerfectly(playtest);
  await expect(
    page.getByRole('heading', { name: 'Debrief: Who answers the phone', level: 1 }),
  ).toBeVisible();
  await expectFullMarks(page, playtest, met);

  // The game plays with a seed of its own: whoever rings there, the perfect play reads 100% too.
  await page.getByRole('button', { name: 'Play in the game' }).click();
  await expect(page).toHaveURL(/#\/play\/studio-draft$/);
  await expect(choicesGroup(page).or(page.getByRole('button', { name: 'Show all' }))).toBeVisible();
  await showAllIfTyping(page);
  const inGame = await servePerfectly(choicesGroup(page));
  await showAllIfTyping(page);
  await page.getByRole('button', { name: 'See your debrief' }).click();
  await expect(
    page.getByRole('heading', { name: 'Debrief: Who answers the phone', level: 1 }),
  ).toBeVisible();
  await expectFullMarks(page, page, inGame);
});
