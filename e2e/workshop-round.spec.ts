import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';
import { inkVerdict } from './ink-verdict.ts';
import { compiledStory, expectedDebrief } from './story-oracle.ts';
import {
  ALIVE_AT,
  FAILURE_WORDS,
  join,
  newPage,
  ownVerdictWords,
  play,
  verdictWords,
  workshopPerFile,
} from './workshop-pages.ts';

// A facilitator's whole round, host page and team pages, checked against the inkjs-only oracle.
const url = workshopPerFile();

test('a facilitator runs a whole round with three teams, to the reveal and the export', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const host = await newPage(browser, `${url()}/host.html`);
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
  for (const name of names) teams.push(await join(browser, url(), code, name));
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
  for (const [name, path_] of played) {
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
  // The rank line says how the customer left as the debrief below says it, and the team's debrief
  // has the solo debrief's headings.
  await expect(marked.locator('.team-rank')).toContainText(ownVerdictWords(pathMarked));
  await expect(
    marked.getByRole('heading', { level: 2, name: 'How you served, quality by quality' }),
  ).toBeVisible();
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
