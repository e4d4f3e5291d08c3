import { expect, test } from '@playwright/test';
import { connect } from '../test/helpers/workshop-client.ts';
import { joinTeam, playTeam, type JoinedTeam } from '../test/helpers/workshop-play.ts';
import { expectNoAxeViolations } from './helpers.ts';
import {
  expectInView,
  ownVerdictWords,
  play,
  verdictWords,
  workshopPerFile,
} from './workshop-pages.ts';

// The presenter view on a projector with a full room, and a phone's debrief after the reveal.
const url = workshopPerFile();

test('the presenter view shows 30 teams and one decision per screen on a projector, and a phone its rank first', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const hostContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const host = await hostContext.newPage();
  await host.goto(`${url()}/host.html`);
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
  await phone.goto(`${url()}/join.html?code=${code}`);
  await phone.getByLabel('Team name').fill('Pocket team');
  await phone.getByRole('button', { name: 'Join' }).tap();
  await expect(phone.getByRole('heading', { level: 1, name: 'Team Pocket team' })).toBeVisible();
  const scripted: JoinedTeam[] = [];
  for (let i = 1; i <= 29; i++) {
    const name = i === 7 ? 'Long-named night reception team' : `Table ${i}`;
    scripted.push(await joinTeam(await connect(url()), code, name));
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
  // In the debrief's words for how the customer left (7280752), as the debrief below says it.
  await expect(rank).toContainText(ownVerdictWords(phonePath));
  await phone.evaluate(() => window.scrollTo(0, 0));
  await expectInView(phone, rank, 1);
  await expectNoAxeViolations(phone);
  for (const team of scripted) team.socket.disconnect();
  await hostContext.close();
  await phoneContext.close();
});
