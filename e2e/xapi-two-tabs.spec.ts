import type { Server } from 'node:http';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config.ts';
import { startLrs, type TestLrs } from '../test/helpers/lrs-server.ts';
import { HOTEL, choicesGroup, showAllIfTyping } from './helpers.ts';
import { serveWithPageFallback } from './spa-server.ts';

// The web build launched with xAPI parameters (the TinCan launch convention), in two tabs of one
// browser for the same learner and registration, against a recording LRS on localhost.
let lrs: TestLrs;
// The same build again under a host name that is not localhost: a plain http page, which the
// browser does not count as a secure context, so it has no Web Locks (as on an LMS served over
// http). The name leads to 127.0.0.1 by the browser's resolver rules.
const PLAIN_HOST = 'serving-moments.test';
let plain: { url: string; server: Server };

test.use({
  launchOptions: {
    ...chromiumLaunch,
    args: [...chromiumLaunch.args, `--host-resolver-rules=MAP ${PLAIN_HOST} 127.0.0.1`],
  },
});

test.beforeAll(async () => {
  lrs = await startLrs();
  plain = await serveWithPageFallback(path.resolve(process.env.E2E_OUT ?? 'dist'));
});

test.afterAll(async () => {
  await lrs?.stop();
  plain?.server.close();
});

const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const LAUNCHED = 'http://adlnet.gov/expapi/verbs/launched';

let site = './';
const launchUrl = () =>
  `${site}?${new URLSearchParams({
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

for (const origin of ['localhost', 'plain http'] as const)
  test(`two tabs of one learner, offline, on ${origin}: every statement reaches the LRS exactly once`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    lrs.statements.length = 0;
    lrs.received.length = 0;
    site = origin === 'plain http' ? plain.url.replace('127.0.0.1', PLAIN_HOST) : './';
    const context = await browser.newContext();
    // The LRS is down from the start: each tab's 'launched' waits in the browser's storage, so the
    // second tab opens while the first one's statements are stored.
    lrs.unavailable = true;
    const first = await context.newPage();
    await openHotel(first);
    const second = await context.newPage();
    await openHotel(second);
    // On localhost the tabs keep apart with Web Locks; on plain http with leases in localStorage.
    const locks = await second.evaluate(() => ({
      secure: isSecureContext,
      locks: 'locks' in navigator,
    }));
    expect(locks).toEqual(
      origin === 'plain http' ? { secure: false, locks: false } : { secure: true, locks: true },
    );

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
