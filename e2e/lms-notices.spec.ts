import { expect, test, type FrameLocator } from '@playwright/test';
import { HOTEL, expectNoAxeViolations } from './helpers.ts';
import { choicesIn as choices, lmsData, startLmsHost, type LmsHost } from './lms-host.ts';

// What the learner is told when the LMS records nothing (review mode) or refuses to save, in the
// real SCORM packages inside the scorm-again LMS page: on a phone, with axe and the keyboard.
let host: LmsHost;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  host = await startLmsHost(process.cwd(), 'hotel-heat');
});

test.afterAll(async () => {
  await host?.close();
});

test('on a phone: review mode says it records nothing, and a refused save says progress is kept', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({
    viewport: { width: 375, height: 667 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  const notice = (frame: FrameLocator) => frame.getByRole('status').filter({ hasText: /\w/ });

  await page.goto(`${host.origin}/lms.html?edition=2004&launch=/pkg2004/index.html&mode=review`);
  const review = page.frameLocator('#sco');
  await expect(notice(review)).toContainText('You are reviewing a finished attempt');
  await expect(notice(review)).toContainText('nothing you do now is recorded');
  await review.getByRole('button', { name: 'Start' }).tap();
  await review.getByRole('button', { name: HOTEL }).tap();
  await choices(review).getByRole('button').first().tap();
  await expect(choices(review)).toBeVisible();
  const reviewed = await lmsData(page);
  expect(reviewed.suspend_data).toBe('');
  expect(reviewed.location).toBe('');
  expect(Object.keys(reviewed.interactions)).toHaveLength(0);

  await page.goto(`${host.origin}/lms.html?edition=1.2&launch=/pkg12/index.html&refuse=commit`);
  const refused = page.frameLocator('#sco');
  await refused.getByRole('button', { name: 'Start' }).tap();
  // The first save is refused and tried again three times (about 13 s) before the learner is told.
  await expect(notice(refused)).toContainText(
    'Your progress could not be saved to your learning system',
    { timeout: 30_000 },
  );
  await expect(notice(refused)).toContainText('your progress is kept on this device');
  expect(await page.evaluate(() => (window as unknown as { lmsRefused: number }).lmsRefused)).toBe(
    4,
  );
  // Readable on a phone: the notice fits the screen's width, and it can be dismissed by touch.
  const box = await refused.locator('.lms-notice').boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
  await notice(refused).getByRole('button', { name: 'Dismiss' }).tap();
  await expect(notice(refused)).toHaveCount(0);
  await context.close();
});

test('the LMS notices pass axe (WCAG 2.2 AA) and are dismissed from the keyboard', async ({
  page,
}) => {
  // A SCORM package opened outside any LMS: the problem notice, above the first screen.
  await page.goto(`${host.origin}/pkg2004/index.html`);
  const problem = page
    .getByRole('status')
    .filter({ hasText: 'The course could not reach your learning system' });
  await expect(problem).toBeVisible();
  await expectNoAxeViolations(page);
  // The first screen has focus; the notice sits above it, so it is one Shift+Tab back.
  await page.keyboard.press('Shift+Tab');
  await expect(problem.getByRole('button', { name: 'Dismiss' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(problem).toHaveCount(0);
  // Focus goes back into the screen, not to the top of the page.
  await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();

  // Review mode's notice inside the LMS's frame: Escape closes it.
  await page.goto(`${host.origin}/lms.html?edition=2004&launch=/pkg2004/index.html&mode=review`);
  const frame = page.frameLocator('#sco');
  const review = frame.getByRole('status').filter({ hasText: 'You are reviewing' });
  await expect(review).toBeVisible();
  await expectNoAxeViolations(page);
  await frame.getByRole('button', { name: 'Start' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(review.getByRole('button', { name: 'Dismiss' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(review).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Start' })).toBeFocused();
});

test('progress another version saved: the learner is asked, and keeping it leaves it untouched', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const theirs = 'v7;chapter=3;{"quiz":[1,0,1]}';
  // The LMS holds suspend data this version cannot read (seeded once, before its page loads).
  await context.addInitScript((data) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', 'yes');
    sessionStorage.setItem(
      'test-lms:2004',
      JSON.stringify({ suspend_data: data, entry: 'resume' }),
    );
  }, theirs);
  const page = await context.newPage();
  const launch = `${host.origin}/lms.html?edition=2004&launch=/pkg2004/index.html`;
  const question = (frame: FrameLocator) =>
    frame.getByRole('status').filter({
      has: frame.getByRole('heading', { name: 'Progress saved by another version can’t be read' }),
    });
  const playOneChoice = async (frame: FrameLocator) => {
    await frame.getByRole('button', { name: 'Start', exact: true }).click();
    await frame.getByRole('button', { name: HOTEL }).click();
    await choices(frame).getByRole('button').first().click();
    await expect(choices(frame)).toBeVisible();
  };

  await page.goto(launch);
  const first = page.frameLocator('#sco');
  await expect(question(first)).toBeVisible();
  await expectNoAxeViolations(page);
  // Keyboard reachable: one Shift+Tab back from the first screen.
  await first.getByRole('button', { name: 'Start', exact: true }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(question(first).getByRole('button', { name: 'Start over' })).toBeFocused();
  await question(first).getByRole('button', { name: 'Keep the old progress' }).click();
  await expect(question(first)).toHaveCount(0);
  await playOneChoice(first);
  expect((await lmsData(page)).suspend_data).toBe(theirs);

  // The next launch still holds it, so the learner is asked again; starting over replaces it.
  await page.goto(launch);
  const second = page.frameLocator('#sco');
  await question(second).getByRole('button', { name: 'Start over' }).click();
  await expect(question(second)).toHaveCount(0);
  await playOneChoice(second);
  const saved = (await lmsData(page)).suspend_data;
  expect(saved).not.toContain(theirs);
  expect(saved).toMatch(/^sm1\|p=hotel-heat:/);
  await context.close();

  // A no-credit launch tells the learner so as well: that notice waits until the question is
  // answered, instead of taking its place (the learner was then never asked, and nothing saved).
  const noCredit = await browser.newContext();
  await noCredit.addInitScript((data) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', 'yes');
    sessionStorage.setItem(
      'test-lms:2004',
      JSON.stringify({ suspend_data: data, entry: 'resume', credit: 'no-credit' }),
    );
  }, theirs);
  const third = await noCredit.newPage();
  await third.goto(launch);
  const frame = third.frameLocator('#sco');
  await question(frame).getByRole('button', { name: 'Keep the old progress' }).click();
  await expect(
    frame.getByRole('heading', { name: 'This attempt does not count towards your results' }),
  ).toBeVisible();
  await noCredit.close();
});
