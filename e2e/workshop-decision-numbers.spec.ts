import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';
import { join, newPage, play, workshopPerFile } from './workshop-pages.ts';

// The facilitator says "decision 3" at the projector: each team's debrief must call it the same.
const url = workshopPerFile();

interface Shown {
  title: string;
  said: string;
  options: string[];
}

/** Every point of the host's walk-through, stepped through with Next decision. */
async function walkThrough(host: Page): Promise<Shown[]> {
  const points: Shown[] = [];
  const position = host.getByText(/^Decision point \d+ of \d+$/);
  await expect(position).toBeVisible();
  const total = Number((await position.textContent())?.match(/of (\d+)$/)?.[1]);
  for (let i = 1; i <= total; i++) {
    await expect(position).toHaveText(`Decision point ${i} of ${total}`);
    const point = host.getByRole('article');
    points.push({
      title: (await point.getByRole('heading', { level: 3 }).textContent()) ?? '',
      said: (await point.locator('.said').textContent()) ?? '',
      options: await point
        .locator('.walk-choice')
        .evaluateAll((els) =>
          els.map((el) => (el.textContent ?? '').replace(/^Served best: /, '')),
        ),
    });
    if (i < total) await host.getByRole('button', { name: 'Next decision' }).click();
  }
  return points;
}

/** The key moments of a team's debrief: the title, what was said before, and what it chose. */
async function moments(team: Page) {
  const list = team.getByRole('list', { name: 'Key moments' }).getByRole('listitem');
  await expect(list.first()).toBeVisible();
  return list.evaluateAll((items) =>
    items.map((li) => ({
      title: li.querySelector('h3')?.textContent ?? '',
      said: li.querySelector('.said')?.textContent ?? '',
      chosen: (li.querySelector('.chosen')?.textContent ?? '').replace(/^Your team chose: /, ''),
    })),
  );
}

test("each decision carries the same title on the host's walk-through and on every team's debrief", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const host = await newPage(browser, `${url()}/host.html`);
  await host.getByRole('radio', { name: /The Heat in Room 412/ }).check();
  await host.getByRole('button', { name: 'Open the session' }).click();
  const code = (await host.locator('.join-code').textContent()) ?? '';
  const first = await join(browser, url(), code, 'First options');
  const last = await join(browser, url(), code, 'Last options');
  await host.getByRole('button', { name: 'Start the round' }).click();
  // Opposite plays take different branches, so a decision can come at a different step for each.
  await play(first, () => 0);
  await play(last, (n) => n - 1);
  for (const team of [first, last])
    await team.getByRole('button', { name: 'See your debrief' }).click();
  await host.getByRole('button', { name: 'Reveal the results' }).click();
  const points = await walkThrough(host);
  await expectNoAxeViolations(host);

  let gaps = 0;
  for (const team of [first, last]) {
    const seen = await moments(team);
    // A team that did not meet every point sees gaps in the numbers, and is told why.
    const consecutive = seen.every((m, i) => m.title === `Decision ${i + 1}`);
    if (!consecutive) gaps++;
    await expect(team.getByText(/numbered as in the facilitator’s walk-through/)).toHaveCount(
      consecutive ? 0 : 1,
    );
    expect(seen.length).toBeGreaterThan(1);
    for (const moment of seen) {
      const point = points.filter(
        (p) => p.said === moment.said && p.options.includes(moment.chosen),
      );
      expect(point, `the walk-through shows "${moment.chosen}" once`).toHaveLength(1);
      expect(moment.title).toBe(point[0]!.title);
    }
    await expectNoAxeViolations(team);
  }
  // The two plays branched: at least one team's numbers are not simply its own steps.
  expect(gaps).toBeGreaterThan(0);
});
