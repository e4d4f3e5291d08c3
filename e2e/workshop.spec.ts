import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { connect } from '../test/helpers/workshop-client.ts';
import { joinTeam, playTeam, type JoinedTeam } from '../test/helpers/workshop-play.ts';
import { killHard, spawnWorkshop, type SpawnedWorkshop } from '../test/helpers/spawn-workshop.ts';
import { expectNoAxeViolations } from './helpers.ts';
import { inkVerdict } from './ink-verdict.ts';
import { compiledStory, expectedDebrief } from './story-oracle.ts';

// The workshop server is started here, on its own build, port and database, so this spec runs
// beside other engineers' Playwright runs without sharing anything with them.
const OUT = `${process.env.E2E_OUT ?? 'dist'}-workshop-e2e`;
let server: SpawnedWorkshop;
/** The ALIVE threshold this server is started with: the product setting, not its default of 60. */
const ALIVE_AT = 30;

/** How the guide names each failure (docs/writing-stories.md). */
const FAILURE_WORDS = {
  rules: 'held to rules and routines',
  rescue: 'rescued at a cost someone else pays',
  listen: 'did not listen',
  'worse-off': 'left the customer worse off',
  thin: 'few serving choices',
};

/** The verdict a team on `choices` must be shown, from the inkjs-only oracle. */
function verdictWords(choices: readonly number[]): string {
  const v = inkVerdict('hotel-heat', choices, ALIVE_AT);
  const off = v.betterOff ? 'better off' : 'not better off';
  return `${v.served ? 'ALIVE' : 'DEAD'}, ${off}${v.failure ? `: ${FAILURE_WORDS[v.failure]}` : ''}`;
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  execFileSync('npx', ['vite', 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'error'], {
    stdio: 'inherit',
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'workshop-e2e-'));
  server = await spawnWorkshop(
    {
      WORKSHOP_DB: path.join(dir, 'workshop.db'),
      WORKSHOP_DIST: OUT,
      VITE_ALIVE_AT: `${ALIVE_AT}`,
    },
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
  // A team that has not chosen yet has no quality to show, not full marks in every one.
  const unplayed = board
    .getByRole('row')
    .filter({ has: host.getByRole('rowheader', { name: 'Day shift' }) });
  await expect(unplayed.locator('.quality-cell').first()).toHaveText('–');
  await expect(unplayed.locator('.quality-cell', { hasText: '%' })).toHaveCount(0);
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
  // The middle options, and at the leak (four options) ringing 412 on the way: a middling play.
  const pathThird = await play(third, (n) => (n === 4 ? 3 : Math.floor(n / 2)));

  await marked.getByRole('button', { name: 'See your debrief' }).click();
  await expect(marked.getByRole('heading', { level: 1, name: /Debrief/ })).toBeVisible();
  await expect(marked.getByText(/appear here when the facilitator reveals/)).toBeVisible();
  await expect(marked.getByText(/is shown here once the facilitator reveals/)).toBeVisible();
  // Until the reveal the phone holds no score, feedback or model answer to pass round the room.
  await expect(marked.getByText(/Overall serving score/)).toHaveCount(0);
  await expect(marked.getByRole('heading', { name: 'Key moments' })).toHaveCount(0);
  await expect(marked.getByRole('table', { name: /Teams ranked/ })).toHaveCount(0);
  await expectNoAxeViolations(marked);

  const story = compiledStory('hotel-heat');
  // The setting decides: the third team's play is ALIVE at this server's threshold, DEAD at 60.
  expect(inkVerdict('hotel-heat', pathThird, ALIVE_AT).served).toBe(true);
  expect(inkVerdict('hotel-heat', pathThird, 60).served).toBe(false);
  const played = [
    [names[0]!, pathFirst],
    [names[1]!, pathMarked],
    [names[2]!, pathThird],
  ] as const;
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
    await expect(row.getByRole('cell', { name: verdictWords(path_), exact: true })).toBeVisible();
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
  // The reveal brings the debrief the server built, scored as the independent oracle scores it.
  await expect(marked.getByText('Overall serving score:')).toContainText(
    `${expectedDebrief(story, [...pathMarked]).overall.percent}%`,
  );
  await expect(marked.getByRole('heading', { name: 'Key moments' })).toBeVisible();
  await expect(results).toContainText('<b>markup</b> (your team)');
  // The team's own verdict, and every team's in the results, as the oracle reads their plays.
  const markedVerdict = inkVerdict('hotel-heat', pathMarked, ALIVE_AT);
  await expect(
    marked.getByRole('heading', {
      name: markedVerdict.served ? 'You served: ALIVE service' : 'You serviced: DEAD service',
    }),
  ).toBeVisible();
  for (const [name, path_] of played) {
    const result = results
      .getByRole('row')
      .filter({ has: marked.getByRole('rowheader', { name }) });
    await expect(
      result.getByRole('cell', { name: verdictWords(path_), exact: true }),
    ).toBeVisible();
  }
  await expect(marked.locator('.team-rank')).toContainText(verdictWords(pathMarked));
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
  expect(lines[0]).toContain(',Verdict,Customer better off,How the play failed,');
  for (const [name, path_] of played) {
    const v = inkVerdict('hotel-heat', path_, ALIVE_AT);
    const line = lines.find((l) => l.includes(`,${name},`)) ?? '';
    const failure = v.failure ? FAILURE_WORDS[v.failure] : '';
    expect(line).toContain(
      `,${v.served ? 'ALIVE' : 'DEAD'},${v.betterOff ? 'yes' : 'no'},${failure},`,
    );
  }

  await host.getByRole('button', { name: 'End the session' }).click();
  await host.getByRole('button', { name: 'Yes, end the session' }).click();
  await expect(host.getByText(/^Session ended: 3 teams joined, 3 finished\.$/)).toBeVisible();
});

/** Every element matched lies wholly inside the viewport: nothing to scroll to, nothing cut off. */
async function expectInView(page: Page, items: Locator, count: number): Promise<void> {
  await expect(items).toHaveCount(count);
  const size = page.viewportSize()!;
  const boxes = await items.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    }),
  );
  for (const box of boxes) {
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(size.height);
    expect(box.right).toBeLessThanOrEqual(size.width);
  }
}

test('the presenter view shows 30 teams and one decision per screen on a projector, and a phone its rank first', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const hostContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const host = await hostContext.newPage();
  await host.goto(`${server.url}/host.html`);
  await host.getByRole('radio', { name: /The Heat in Room 412/ }).check();
  await host.getByRole('button', { name: 'Open the session' }).click();
  const code = (await host.locator('.join-code').textContent()) ?? '';
  await expect(host.getByRole('heading', { name: 'Recovery code' })).toBeVisible();
  await host.getByRole('button', { name: 'I have noted it' }).click();

  // One team on a phone, as a person taps; 29 more from scripted devices over real sockets.
  const phoneContext = await browser.newContext({
    viewport: { width: 375, height: 667 },
    hasTouch: true,
    isMobile: true,
  });
  const phone = await phoneContext.newPage();
  await phone.goto(`${server.url}/join.html?code=${code}`);
  await phone.getByLabel('Team name').fill('Pocket team');
  await phone.getByRole('button', { name: 'Join' }).tap();
  await expect(phone.getByRole('heading', { level: 1, name: 'Team Pocket team' })).toBeVisible();
  const scripted: JoinedTeam[] = [];
  for (let i = 1; i <= 29; i++) {
    const name = i === 7 ? 'Long-named night reception team' : `Table ${i}`;
    scripted.push(await joinTeam(await connect(server.url), code, name));
  }
  await host.getByRole('button', { name: 'Start the round' }).click();
  const scriptedPaths: number[][] = [];
  for (const [i, team] of scripted.entries())
    scriptedPaths.push(await playTeam(team, (n) => i % n));
  const phonePath = await play(phone, (n) => n - 1);
  await phone.getByRole('button', { name: 'See your debrief' }).tap();

  await host.getByRole('button', { name: 'Presenter view' }).click();
  const presenter = host.getByRole('region', { name: 'Presenter view' });
  const rows = presenter
    .getByRole('list', { name: 'Teams ranked by overall serving score' })
    .getByRole('listitem');
  await expect(presenter.getByRole('status')).toContainText('30 teams · 30 finished');
  await expectInView(host, rows, 30);
  // Each finished team's verdict, ALIVE or DEAD in large type, as the oracle reads its play.
  const verdicts = presenter.locator('.present-verdict');
  await expectInView(host, verdicts, 30);
  for (const [name, choices] of [
    ['Pocket team', phonePath],
    ['Table 1', scriptedPaths[0]!],
    ['Table 2', scriptedPaths[1]!],
    ['Table 3', scriptedPaths[2]!],
  ] as const) {
    const row = rows.filter({ has: host.getByText(name, { exact: true }) });
    await expect(row).toContainText(verdictWords(choices));
    await expect(row.locator('.present-verdict')).toHaveText(verdictWords(choices));
  }
  const size = await rows.first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThan(20);
  await expectNoAxeViolations(host);
  await host.setViewportSize({ width: 1920, height: 1080 });
  await expectInView(host, rows, 30);
  await expectInView(host, presenter.getByText(`Code ${code}`), 1);

  await host.getByRole('button', { name: 'Leave presenter view' }).click();
  await host.getByRole('button', { name: 'Reveal the results' }).click();
  await expect(host.getByRole('heading', { name: 'Walk through the decisions' })).toBeVisible();
  await host.getByRole('button', { name: 'Presenter view' }).click();
  await presenter.getByRole('button', { name: 'Walk through' }).click();
  await expect(presenter.getByRole('heading', { name: /^Decision 1 · 1 of \d+$/ })).toBeVisible();
  const shares = presenter
    .getByRole('list', { name: /^Share of the 30 teams/ })
    .getByRole('listitem');
  const options = await shares.count();
  expect(options).toBeGreaterThan(1);
  await expectInView(host, shares, options);
  await expect(shares.first()).toContainText(/\d+% \(\d+\)/);
  await expectNoAxeViolations(host);
  await host.setViewportSize({ width: 1280, height: 720 });
  await expectInView(host, shares, options);
  await presenter.getByRole('button', { name: 'Next decision' }).click();
  await expect(presenter.getByRole('heading', { name: /^Decision \d+ · 2 of \d+$/ })).toBeVisible();

  // The phone, on its debrief, now leads with its rank.
  const rank = phone.locator('.team-rank');
  await expect(rank).toContainText(/Your team is ranked \d+ of 30 with \d+%/);
  await expect(rank).toContainText(verdictWords(phonePath));
  await phone.evaluate(() => window.scrollTo(0, 0));
  await expectInView(phone, rank, 1);
  await expectNoAxeViolations(phone);
  for (const team of scripted) team.socket.disconnect();
  await hostContext.close();
  await phoneContext.close();
});

test('the host page, before and after a team joins, and the team page, pass axe and reflow on a 320 px phone and at 200% zoom', async ({
  browser,
}) => {
  // 200% zoom on a 1280 px laptop lays the page out in 640 CSS pixels at twice the density.
  for (const screen of [
    { viewport: { width: 320, height: 568 }, deviceScaleFactor: 1, hasTouch: true },
    { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, hasTouch: false },
  ]) {
    // The host and the team on devices of their own (each keeps its own credentials).
    const context = await browser.newContext({ ...screen, isMobile: screen.hasTouch });
    const teamContext = await browser.newContext({ ...screen, isMobile: screen.hasTouch });
    const check = async (page: Page, what: string) => {
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(
        sideways,
        `${what} at ${screen.viewport.width} px: sideways scroll`,
      ).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
    };
    const host = await context.newPage();
    await host.goto(`${server.url}/host.html`);
    await expect(host.getByRole('heading', { level: 1, name: 'Host a workshop' })).toBeVisible();
    await check(host, 'host, choosing a scenario');
    await host.getByRole('radio', { name: /The Heat in Room 412/ }).check();
    await host.getByRole('button', { name: 'Open the session' }).click();
    await expect(host.getByRole('heading', { name: 'Recovery code' })).toBeVisible();
    await check(host, 'host, the recovery code');
    await host.getByRole('button', { name: 'I have noted it' }).click();
    const code = (await host.locator('.join-code').textContent()) ?? '';
    await check(host, 'host, waiting for teams');

    const team = await teamContext.newPage();
    await team.goto(`${server.url}/join.html?code=${code}`);
    await expect(team.getByLabel('Team name')).toBeVisible();
    await check(team, 'team, joining');
    await team.getByLabel('Team name').fill('Small screen');
    await team.getByRole('button', { name: 'Join' }).click();
    await expect(team.getByRole('heading', { level: 1, name: 'Team Small screen' })).toBeVisible();
    await check(team, 'team, joined');
    // With a team on the board (ten quality columns), the board scrolls inside its own region,
    // not the page, and the host can still start the round.
    await expect(host.getByRole('cell', { name: 'Small screen' })).toBeVisible();
    await check(host, 'host, a team joined');
    await host.getByRole('button', { name: 'Start the round' }).click();
    await expect(team.getByRole('group', { name: 'Choices' })).toBeVisible();
    await context.close();
    await teamContext.close();
  }
});
