import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { killHard, spawnWorkshop, type SpawnedWorkshop } from '../test/helpers/spawn-workshop.ts';
import { inkVerdict } from './ink-verdict.ts';

/** The ALIVE threshold the server is started with: the product setting, not its default of 60. */
export const ALIVE_AT = 30;

/** How the guide names each failure (docs/writing-stories.md). */
export const FAILURE_WORDS = {
  rules: 'held to rules and routines',
  rescue: 'rescued at a cost someone else pays',
  listen: 'did not listen',
  'worse-off': 'left the customer worse off',
  thin: 'few serving choices',
};

/** The verdict a team on `choices` must be shown, from the inkjs-only oracle. */
export function verdictWords(choices: readonly number[]): string {
  const v = inkVerdict('hotel-heat', choices, ALIVE_AT);
  const off = v.betterOff ? 'better off' : 'not better off';
  return `${v.served ? 'ALIVE' : 'DEAD'}, ${off}${v.failure ? `: ${FAILURE_WORDS[v.failure]}` : ''}`;
}

/**
 * The team's own verdict on its debrief, in the words the debrief's servant test uses for how the
 * customer left (better off, no better off, worse off), from the inkjs-only oracle.
 */
export function ownVerdictWords(choices: readonly number[]): string {
  const v = inkVerdict('hotel-heat', choices, ALIVE_AT);
  const off = v.betterOff ? 'better off' : v.worseOff ? 'worse off' : 'no better off';
  return `${v.served ? 'ALIVE' : 'DEAD'}, ${off}${v.failure ? `: ${FAILURE_WORDS[v.failure]}` : ''}`;
}

/**
 * A real workshop server for the spec file (`npm run workshop` as its own process, on a fresh
 * SQLite database and port, ALIVE at `ALIVE_AT`), serving the build this Playwright run made.
 * Returns its address, for use inside a test.
 */
export function workshopPerFile(): () => string {
  let server: SpawnedWorkshop | undefined;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'workshop-e2e-'));
    server = await spawnWorkshop(
      {
        WORKSHOP_DB: path.join(dir, 'workshop.db'),
        WORKSHOP_DIST: process.env.E2E_OUT ?? 'dist',
        VITE_ALIVE_AT: `${ALIVE_AT}`,
      },
      180_000,
    );
  });
  test.afterAll(async () => {
    if (server) await killHard(server.child);
  });
  return () => {
    if (!server) throw new Error('the workshop server starts in beforeAll: use it inside a test');
    return server.url;
  };
}

export async function newPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  const tab = await context.newPage();
  await tab.goto(url);
  return tab;
}

/** Joins session `code` as team `name` from a device of its own, typing the code in lower case. */
export async function join(browser: Browser, base: string, code: string, name: string) {
  const team = await newPage(browser, `${base}/join.html`);
  await team.getByLabel('Join code').fill(code.toLowerCase());
  await team.getByLabel('Team name').fill(name);
  await team.getByRole('button', { name: 'Join' }).click();
  await expect(team.getByRole('heading', { level: 1, name: `Team ${name}` })).toBeVisible();
  return team;
}

/** Plays to the end by clicking; each click waits for the server's acknowledgement to show. */
export async function play(
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

/** Every element matched lies wholly inside the viewport: nothing to scroll to, nothing cut off. */
export async function expectInView(page: Page, items: Locator, count: number): Promise<void> {
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
