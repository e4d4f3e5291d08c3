import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, HOTEL, openScenarioByMouse, playByMouse } from './helpers';
import { compiledStory, expectedDebrief } from './story-oracle';

test('two finished attempts show on the Progress screen after a reload, and on the menu', async ({
  page,
}) => {
  const story = compiledStory('hotel-heat');
  const overalls: string[] = [];
  await openScenarioByMouse(page, HOTEL);
  for (const pick of [() => 0, (_: number, count: number) => count - 1]) {
    const taken = await playByMouse(page, pick);
    await page.getByRole('button', { name: 'See your debrief' }).click();
    overalls.push(expectedDebrief(story, taken).overall.display);
    await page.getByRole('button', { name: 'Play again' }).click();
  }
  await page.reload();
  await page.getByRole('button', { name: 'Menu' }).click();
  const best = Math.max(...overalls.map((o) => Number.parseInt(o, 10)));
  await expect(page.getByRole('button', { name: HOTEL })).toContainText(
    `Completed 2 times, best ${best}%`,
  );

  await page.getByRole('button', { name: 'Progress' }).click();
  await expect(page.getByRole('heading', { name: 'Progress' })).toBeVisible();
  const attempts = page
    .getByRole('table', { name: /Every finished attempt/ })
    .locator('tbody')
    .getByRole('row');
  await expect(attempts).toHaveCount(2);
  await expect(attempts.nth(0)).toContainText(overalls[1] ?? '');
  await expect(attempts.nth(1)).toContainText(overalls[0] ?? '');
  await expect(attempts.nth(0)).toContainText('The Heat in Room 412');
  const trends = page
    .getByRole('table', { name: /Each quality over your attempts/ })
    .locator('tbody')
    .getByRole('row');
  await expect(trends).toHaveCount(10);
  await expect(trends.filter({ hasText: 'Listening' })).toContainText('→');
  await expect(page.getByText(/Your weakest quality so far is/)).toBeVisible();
  await expectNoAxeViolations(page);

  // On the narrowest phone the tables fit without breaking a word that has room on a line of
  // its own: a playtester read the column head as "Ov/era/ll" and the score as "100/%".
  await page.setViewportSize({ width: 320, height: 568 });
  const lineCount = (cell: ReturnType<typeof page.locator>) =>
    cell.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
  const table = page.getByRole('table', { name: /Every finished attempt/ });
  expect(await lineCount(table.getByRole('columnheader', { name: 'Overall' }))).toBe(1);
  for (const overall of overalls)
    expect(await lineCount(table.getByRole('cell', { name: overall, exact: true }).first())).toBe(
      1,
    );
  // Every word of both tables (names such as "Conceptualization" too) wraps whole, at a space.
  const splitWords = await page.locator('table :is(th, td)').evaluateAll((cells) =>
    cells.flatMap((cell) => {
      const split: string[] = [];
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const word of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) split.push(word[0]);
        }
      }
      return split;
    }),
  );
  expect(splitWords, 'words broken across lines').toEqual([]);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
    'no sideways scroll',
  ).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.getByRole('button', { name: /^Play / }).click();
  await expect(page.getByRole('group', { name: 'Choices' })).toBeVisible();
});

test('a damaged progress store is repaired with a notice, keeping the good attempts', async ({
  page,
}) => {
  await page.goto('./');
  await page.evaluate(() => {
    const good = {
      storyId: 'hotel-heat',
      title: 'The Heat in Room 412',
      date: '2026-11-20T10:00:00.000Z',
      overall: 64,
      ending: 'A cool room and a returning guest',
      qualities: { listening: 80 },
    };
    localStorage.setItem(
      'serving-moments:progress',
      JSON.stringify({ v: 1, attempts: [good, { junk: true }] }),
    );
  });
  await page.goto('./#/progress');
  await expect(page.getByRole('status')).toContainText('1 damaged attempt was removed');
  await expect(
    page
      .getByRole('table', { name: /Every finished attempt/ })
      .locator('tbody')
      .getByRole('row'),
  ).toHaveCount(1);
});
