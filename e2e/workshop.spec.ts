import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { killHard, spawnWorkshop, type SpawnedWorkshop } from '../src/server/spawn-workshop.ts';
import { expectNoAxeViolations } from './helpers.ts';
import { compiledStory, expectedDebrief } from './story-oracle.ts';

// The workshop server is started here, on its own build, port and database, so this spec runs
// beside other engineers' Playwright runs without sharing anything with them.
const OUT = `${process.env.E2E_OUT ?? 'dist'}-workshop-e2e`;
let server: SpawnedWorkshop;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  execFileSync('npx', ['vite', 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'error'], {
    stdio: 'inherit',
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'workshop-e2e-'));
  server = await spawnWorkshop(
    { WORKSHOP_DB: path.join(dir, 'workshop.db'), WORKSHOP_DIST: OUT },
    180_000,
  );
});

test.afterAll(async () => {
  if (server) await killHard(server.child);
});

async function newPage(browser: Browser, page: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  const tab = await context.newPage();
  await tab.goto(`${server.url}/${page}`);
  return tab;
}

async function join(browser: Browser, code: string, name: string): Promise<Page> {
  const team = await newPage(browser, 'join.html');
  await team.getByLabel('Join code').fill(code.toLowerCase());
  await team.getByLabel('Team name').fill(name);
  await team.getByRole('button', { name: 'Join' }).click();
  await expect(team.getByRole('heading', { level: 1, name: `Team ${name}` })).toBeVisible();
  return team;
}

/** Plays to the end by clicking; each click waits for the server's acknowledgement to show. */
async function play(
  team: Page,
  pick: (count: number) => number,
  { upTo = 50, before = 0 } = {},
): Promise<number[]> {
  const taken: number[] = [];
  const debrief = team.getByRole('button', { name: 'See your debrief' });
  const choices = team.getByRole('group', { name: 'Choices' }).getByRole('button');
  while (taken.length < upTo) {
    await expect(choices.first().or(debrief)).toBeVisible();
    if (await debrief.isVisible()) break;
    await expect(choices.first()).toBeEnabled();
    const index = pick(await choices.count());
    await choices.nth(index).click();
    taken.push(index);
    await expect(team.locator('.team-banner')).toContainText(
      new RegExp(`Decision ${before + taken.length + 1} of|Finished`),
    );
  }
  return taken;
}

test('a facilitator runs a whole round with three teams, to the reveal and the export', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const host = await newPage(browser, 'host.html');
  await expect(host.getByRole('heading', { level: 1, name: 'Host a workshop' })).toBeVisible();
  await expectNoAxeViolations(host);
  await host.getByRole('radio', { name: /The Heat in Room 412/ }).check();
  await host.getByRole('button', { name: 'Open the session' }).click();
  await expect(
    host.getByRole('heading', { level: 1, name: /Workshop: The Heat in Room 412/ }),
  ).toBeVisible();
  const code = (await host.locator('.join-code').textContent()) ?? '';
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  await expect(host.getByRole('img', { name: /QR code that opens .*join\.html/ })).toBeVisible();
  await expectNoAxeViolations(host);

  const names = ['Night shift', '<b>markup</b>', 'Day shift'];
  const teams: Page[] = [];
  for (const name of names) teams.push(await join(browser, code, name));
  const [first, marked, third] = teams as [Page, Page, Page];
  await expectNoAxeViolations(marked);
  expect(await marked.locator('b').count()).toBe(0);

  const board = host.getByRole('table', { name: 'Teams ranked by overall serving score' });
  for (const name of names)
    await expect(board.getByRole('rowheader', { name, exact: true })).toBeVisible();
  expect(await host.locator('table b').count()).toBe(0);
  await host.getByRole('button', { name: 'Start the round' }).click();
  await expect(host.getByText(/Round in progress: 3 teams joined/)).toBeVisible();

  // The first team's device reloads mid-round and carries on where it was.
  const pathFirst = await play(first, () => 0, { upTo: 2 });
  await first.reload();
  await expect(first.locator('.team-banner')).toContainText('Decision 3 of');
  // The path is the team's answer: no Start over and no Menu on a team device.
  await expect(first.getByRole('button', { name: /Start over|Menu/ })).toHaveCount(0);
  await expectNoAxeViolations(first);
  pathFirst.push(...(await play(first, () => 0, { before: 2 })));
  const pathMarked = await play(marked, (n) => n - 1);
  const pathThird = await play(third, (n) => Math.floor(n / 2));

  await marked.getByRole('button', { name: 'See your debrief' }).click();
  await expect(marked.getByRole('heading', { level: 1, name: /Debrief/ })).toBeVisible();
  await expect(marked.getByText(/appear here when the facilitator reveals/)).toBeVisible();
  await expect(marked.getByRole('table', { name: /Teams ranked/ })).toHaveCount(0);
  await expectNoAxeViolations(marked);

  const story = compiledStory('hotel-heat');
  for (const [name, path_] of [
    [names[0], pathFirst],
    [names[1], pathMarked],
    [names[2], pathThird],
  ] as const) {
    const row = board
      .getByRole('row')
      .filter({ has: host.getByRole('rowheader', { name, exact: true }) });
    await expect(row).toContainText(`${expectedDebrief(story, [...path_]).overall.percent}%`);
    await expect(row).toContainText('Finished');
  }
  await expectNoAxeViolations(host);

  await host.getByRole('button', { name: 'Reveal the results' }).click();
  await expect(host.getByRole('heading', { name: 'Walk through the decisions' })).toBeVisible();
  await expect(host.getByText(/^Decision point 1 of \d+$/)).toBeVisible();
  const firstPoint = host.locator('.walk-point');
  await expect(firstPoint).toContainText('3 teams reached this decision.');
  await expect(firstPoint.locator('.walk-option.best')).toHaveCount(1);
  await expect(firstPoint.getByText('Served best:', { exact: true })).toBeVisible();
  await expect(firstPoint.locator('.walk-count').first()).toContainText(
    '1 of 3 teams: Night shift',
  );
  await expectNoAxeViolations(host);
  await host.getByRole('button', { name: 'Next decision' }).click();
  await expect(host.getByText(/^Decision point 2 of \d+$/)).toBeVisible();

  const results = marked.getByRole('table', { name: /Teams ranked/ });
  await expect(results.getByRole('row')).toHaveCount(4);
  await expect(results).toContainText('<b>markup</b> (your team)');
  await expectNoAxeViolations(marked);

  const download = host.waitForEvent('download');
  await host.getByRole('button', { name: 'Export results (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    new RegExp(`^serving-moments-hotel-heat-${code}-.*\\.csv$`),
  );
  const csv = readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toMatch(/^Rank,Team,Finished,Decisions made,Overall serving score \(%\)/);
  expect(lines).toHaveLength(4);
  for (const name of names) expect(csv).toContain(`,${name},yes,`);

  await host.getByRole('button', { name: 'End the session' }).click();
  await host.getByRole('button', { name: 'Yes, end the session' }).click();
  await expect(host.getByText(/^Session ended: 3 teams joined, 3 finished\.$/)).toBeVisible();
});
