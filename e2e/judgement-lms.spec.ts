import { readdirSync } from 'node:fs';
import { expect, test, type FrameLocator } from '@playwright/test';
import { extremePaths } from './extreme-paths';
import { startLmsHost } from './lms-host';
import { compiledStory } from './story-oracle';

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Plays by clicking each option by its text, as a learner reading the screen would. */
async function playChoices(frame: FrameLocator, choices: readonly string[]): Promise<void> {
  const group = frame.getByRole('group', { name: 'Choices' });
  for (const text of choices)
    await group.getByRole('button', { name: text, exact: true }).click({ timeout: 30_000 });
  await frame.getByRole('button', { name: 'See your debrief' }).click({ timeout: 30_000 });
  await expect(frame.getByRole('heading', { name: /^Debrief: / })).toBeVisible();
}

test('SCORM 2004: every story played on its best-serving path passes every practised objective and the course', async ({
  page,
}) => {
  test.setTimeout(900_000); // a package of every story built, then every story played, on two cores
  const ids = readdirSync('stories')
    .filter((f) => f.endsWith('.ink'))
    .map((f) => f.replace(/\.ink$/, ''));
  const host = await startLmsHost(process.cwd(), undefined, ['2004']);
  try {
    await page.goto(`${host.origin}/lms.html?edition=2004&launch=/pkg2004/index.html`);
    const frame = page.frameLocator('#sco');
    await frame.getByRole('button', { name: 'Start' }).click();
    const menu = frame.getByRole('list', { name: 'Scenarios' });
    await expect(menu.getByRole('listitem')).toHaveCount(ids.length);
    for (const id of ids) {
      const story = compiledStory(id);
      const { best } = extremePaths(story.json);
      await test.step(`${story.meta.title}: ${best.choices.length} decisions`, async () => {
        await menu
          .getByRole('button', { name: new RegExp(`^${escaped(story.meta.title)}`) })
          .click({ timeout: 30_000 });
        await playChoices(frame, best.choices);
        await expect(
          frame.getByRole('heading', { name: 'You served: ALIVE service' }),
        ).toBeVisible();
        await frame.getByRole('button', { name: 'Back to menu' }).click({ timeout: 30_000 });
      });
    }
    const cmi = (await page.evaluate(() =>
      (window as unknown as { lmsData(): unknown }).lmsData(),
    )) as { objectives: Record<string, Record<string, unknown>> } & Record<string, unknown>;
    const objectives = Object.values(cmi.objectives);
    expect(objectives.length).toBeGreaterThan(0);
    expect(
      objectives.filter((o) => o.success_status !== 'passed').map((o) => JSON.stringify(o)),
    ).toEqual([]);
    expect(cmi.completion_status).toBe('completed');
    expect(cmi.success_status).toBe('passed');
  } finally {
    await host.close();
  }
});
