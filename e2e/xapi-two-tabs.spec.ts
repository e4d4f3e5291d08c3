import { expect, test, type Page } from '@playwright/test';
import { startLrs, type TestLrs } from '../test/helpers/lrs-server.ts';
import { HOTEL, choicesGroup, showAllIfTyping } from './helpers.ts';

// The web build launched with xAPI parameters (the TinCan launch convention), in two tabs of one
// browser for the same learner and registration, against a recording LRS on localhost.
let lrs: TestLrs;

test.beforeAll(async () => {
  lrs = await startLrs();
});

test.afterAll(async () => {
  await lrs?.stop();
});

const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const LAUNCHED = 'http://adlnet.gov/expapi/verbs/launched';

const launchUrl = () =>
  `./?${new URLSearchParams({
    endpoint: lrs.endpoint,
    auth: 'Basic dXNlcjpwYXNz',
    actor: JSON.stringify({ name: 'Ann Lee', mbox: 'mailto:ann@example.com' }),
    registration: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
  })}`;

async function openHotel(page: Page): Promise<void> {
  await page.goto(launchUrl());
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: HOTEL }).click();
  await showAllIfTyping(page);
  await expect(choicesGroup(page)).toBeVisible();
}

async function choose(page: Page): Promise<void> {
  await showAllIfTyping(page);
  await choicesGroup(page).getByRole('button').first().click();
  await expect(choicesGroup(page).or(page.getByRole('button', { name: 'Show all' }))).toBeVisible();
}

const queued = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('serving-moments:xapi-queue:')),
  );

test('two tabs of one learner, offline: every statement reaches the LRS exactly once', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  // The LRS is down from the start: each tab's 'launched' waits in the browser's storage, so the
  // second tab opens while the first one's statements are stored.
  lrs.unavailable = true;
  const first = await context.newPage();
  await openHotel(first);
  const second = await context.newPage();
  await openHotel(second);

  await context.setOffline(true);
  await choose(first);
  await choose(second);
  await choose(first);
  // The learner closes the first tab while still offline: only storage holds its statements.
  await first.close();
  await choose(second);

  lrs.unavailable = false;
  await context.setOffline(false);
  // Two launches and four decisions were made; the open tab sends what the closed one left.
  await expect
    .poll(() => lrs.statements.filter((s) => s.verb.id === ANSWERED).length, { timeout: 60_000 })
    .toBe(4);
  await expect.poll(() => queued(second), { timeout: 30_000 }).toEqual([]);
  expect(lrs.statements.filter((s) => s.verb.id === LAUNCHED)).toHaveLength(2);
  expect(lrs.statements).toHaveLength(6);
  // Exactly once: no statement id was posted twice, not even one the LRS refused as a conflict.
  expect(lrs.received).toHaveLength(new Set(lrs.received).size);
  expect(lrs.received).toHaveLength(6);
  await context.close();
});
