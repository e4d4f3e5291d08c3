import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { startPostgres, type PostgresServer } from '../test/helpers/services.ts';
import { killHard, spawnWorkshop, type SpawnedWorkshop } from '../test/helpers/spawn-workshop.ts';
import { expectNoAxeViolations } from './helpers.ts';

// The workshop on a real Postgres (WORKSHOP_DB=postgres://…), in Chromium: the facilitator's page
// while Postgres restarts mid-round. The server serves the build this Playwright run made.
let postgres: PostgresServer;
let server: SpawnedWorkshop;
let db: string;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  postgres = await startPostgres();
  db = postgres.createDatabase('workshop');
  const dir = mkdtempSync(path.join(tmpdir(), 'workshop-pg-e2e-'));
  mkdirSync(path.join(dir, 'stories'));
  copyFileSync('stories/hotel-heat.ink', path.join(dir, 'stories', 'hotel-heat.ink'));
  server = await spawnWorkshop(
    {
      WORKSHOP_DB: db,
      WORKSHOP_DIST: process.env.E2E_OUT ?? 'dist',
      WORKSHOP_STORIES: path.join(dir, 'stories'),
    },
    180_000,
  );
});

test.afterAll(async () => {
  if (server) await killHard(server.child);
  postgres?.destroy();
});

/** Clicks the first option and waits until the server's acknowledgement moves the banner on. */
async function choose(team: Page, decision: number): Promise<void> {
  const first = team.getByRole('group', { name: 'Choices' }).getByRole('button').first();
  await expect(first).toBeEnabled();
  await first.click();
  await expect(team.locator('.team-banner')).toContainText(`Decision ${decision + 1} of`);
}

async function storedChoices(): Promise<number> {
  const client = new pg.Client(db);
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM choices');
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

test('the host page says "reconnecting" while Postgres restarts, and the round goes on with every choice kept', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const host = await (await browser.newContext()).newPage();
  await host.goto(`${server.url}/host.html`);
  await host.getByRole('radio', { name: /The Heat in Room 412/ }).check();
  await host.getByRole('button', { name: 'Open the session' }).click();
  const code = (await host.locator('.join-code').textContent()) ?? '';
  const team = await (await browser.newContext()).newPage();
  await team.goto(`${server.url}/join.html`);
  await team.getByLabel('Join code').fill(code);
  await team.getByLabel('Team name').fill('Night shift');
  await team.getByRole('button', { name: 'Join' }).click();
  await host.getByRole('button', { name: 'Start the round' }).click();
  await choose(team, 1);
  await choose(team, 2);
  const row = host
    .getByRole('table', { name: 'Teams ranked by overall serving score' })
    .getByRole('row', { name: /Night shift/ });
  await expect(row).toContainText('Decision 3 of');

  const paused = host.getByRole('status').filter({ hasText: /reconnecting/ });
  postgres.stop('immediate');
  await expect(paused).toBeVisible({ timeout: 30_000 });
  await expect(paused).toContainText('every choice already accepted is kept');
  // Not the alarm of a lost database file: this one clears by itself.
  await expect(host.getByRole('alert').filter({ hasText: /stopped saving/ })).toHaveCount(0);
  await expectNoAxeViolations(host);
  // A choice while it is away is refused with the reason, and offered again.
  const options = team.getByRole('group', { name: 'Choices' }).getByRole('button');
  await options.first().click();
  await expect(team.getByText(/not saving for a moment, so this was not kept/)).toBeVisible();
  await expect(team.getByText(/127\.0\.0\.1|cannot be reached/)).toHaveCount(0);
  await expect(options.first()).toBeEnabled();
  await expect(team.locator('.team-banner')).toContainText('Decision 3 of');

  postgres.start();
  await expect(paused).toHaveCount(0, { timeout: 30_000 });
  await choose(team, 3);
  await expect(row).toContainText('Decision 4 of');
  // Every acknowledged choice is in the database, and none of the refused one.
  expect(await storedChoices()).toBe(3);
  await host.reload();
  await expect(row).toContainText('Decision 4 of');
});
