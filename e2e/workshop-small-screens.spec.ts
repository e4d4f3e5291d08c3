import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';
import { workshopPerFile } from './workshop-pages.ts';

// The workshop's pages on the smallest screens: WCAG reflow (320 px) and 200% zoom.
const url = workshopPerFile();

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
    await host.goto(`${url()}/host.html`);
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
    await team.goto(`${url()}/join.html?code=${code}`);
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
