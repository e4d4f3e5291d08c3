import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { expect, test, type Page } from '@playwright/test';
import { startCmi5Lms, type Cmi5Lms } from '../test/helpers/cmi5-lms.ts';
import { startLrs, type TestLrs } from '../test/helpers/lrs-server.ts';
import { cmi5PlayVerbs, verbsOf } from '../test/helpers/statement-verbs.ts';
import { extremePaths } from './extreme-paths.ts';
import { HOTEL } from './helpers.ts';
import { compiledStory, expectedDebrief } from './story-oracle.ts';
import { buildAndUnzip, type UnzippedPackage } from './unzipped-package.ts';

// Some LMSs and offline players open a package's index.html straight from disk (file://), where
// Chromium runs no module script and starts no worker from a file. The packages are built as one
// classic script with their workers inside it, so they play there; the web build (module scripts,
// for web servers) says it cannot start from a file.

let out: string;
let packages: Record<'xapi' | 'cmi5', UnzippedPackage>;
let lrs: TestLrs | undefined;
let cmi5: Cmi5Lms | undefined;

test.beforeAll(() => {
  test.setTimeout(300_000);
  out = mkdtempSync(path.join(os.tmpdir(), 'sm-file-launch-'));
  packages = buildAndUnzip(out, ['xapi', 'cmi5'], 'hotel-heat');
});

test.afterAll(async () => {
  await lrs?.stop();
  await cmi5?.stop();
  rmSync(out, { recursive: true, force: true });
});

const fileUrl = (pkg: UnzippedPackage) => pathToFileURL(path.join(pkg.dir, 'index.html')).href;
const verb = (s: { verb: { id: string } }) => verbsOf([s])[0];

/** Opens the one scenario, clicks each option by its words, opens the debrief. */
async function play(page: Page, choices: readonly string[]): Promise<void> {
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: HOTEL }).click();
  const group = page.getByRole('group', { name: 'Choices' });
  for (const text of choices)
    await group.getByRole('button', { name: text, exact: true }).click({ timeout: 30_000 });
  await page.getByRole('button', { name: 'See your debrief' }).click();
  await expect(page.getByRole('heading', { name: /^Debrief: / })).toBeVisible();
}

test('the xAPI package opened from a file plays to the debrief, with model answers, and reports to the LRS', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const tincan = new DOMParser().parseFromString(packages.xapi.text('tincan.xml'), 'text/xml');
  const course = tincan.getElementsByTagName('activity')[0]?.getAttribute('id') ?? '';
  lrs = await startLrs();
  const received = lrs.statements;
  const launch = new URLSearchParams({
    endpoint: lrs.endpoint,
    auth: 'Basic dGVzdDp0ZXN0',
    actor: JSON.stringify({ name: 'Ann Lee', mbox: 'mailto:ann@example.com' }),
    registration: '0d4c4b1e-7a52-4f25-9d8e-3d2f1c6b5a49',
    activity_id: course,
  });
  await page.goto(`${fileUrl(packages.xapi)}?${launch}`);
  const { worst } = extremePaths(compiledStory('hotel-heat').json);
  await play(page, worst.choices);

  // The debrief the web build shows for this play: score, verdict and the model answers, which a
  // worker works out (from a file, a worker built into the script).
  const expected = expectedDebrief(compiledStory('hotel-heat'), worst.indices);
  await expect(page.getByText('Overall serving score:')).toContainText(expected.overall.display);
  await expect(page.getByRole('heading', { name: 'You serviced: DEAD service' })).toBeVisible();
  const moments = page
    .getByRole('list', { name: 'Key moments' })
    .getByRole('listitem')
    .filter({ hasText: 'You chose:' });
  await expect(moments).toHaveCount(worst.choices.length, { timeout: 60_000 });
  const first = expected.decisions[0]!;
  await expect(moments.first()).toContainText(`Model answer: ${first.model.text}`);
  await expect(page.getByText(/^Approximate:/)).toHaveCount(0);
  // The sounds played on the way loaded: from a file howler cannot fetch them for Web Audio and
  // falls back to <audio> elements. (howler keeps every sound it made in Howler._howls.)
  const sounds = () =>
    page.evaluate(() =>
      (
        (window as unknown as { Howler?: { _howls: { state(): string }[] } }).Howler?._howls ?? []
      ).map((h) => h.state()),
    );
  await expect.poll(async () => (await sounds()).length).toBeGreaterThan(0);
  await expect.poll(async () => (await sounds()).filter((s) => s !== 'loaded')).toEqual([]);

  // The LRS gets each decision with its model answers as correct responses, and the course's
  // completion and result.
  await expect
    .poll(() => received.filter((s) => s.object && verb(s) === 'failed').length, {
      timeout: 60_000,
    })
    .toBe(2);
  const answered = received.filter((s) => verb(s) === 'answered');
  expect(answered).toHaveLength(worst.choices.length);
  for (const s of answered) {
    const definition = (s.object as { definition: { correctResponsesPattern?: string[] } })
      .definition;
    expect(definition.correctResponsesPattern?.length ?? 0).toBeGreaterThan(0);
  }
  const onCourse = received.filter((s) => (s.object as { id: string }).id === course).map(verb);
  expect(onCourse).toEqual(['launched', 'completed', 'failed']);
});

test('the cmi5 package opened from a file plays its launch sequence to a pass by the cmi5 rules', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const au = new DOMParser()
    .parseFromString(packages.cmi5.text('cmi5.xml'), 'text/xml')
    .getElementsByTagName('au')[0];
  const masteryScore = au?.getAttribute('masteryScore');
  cmi5 = await startCmi5Lms({
    activityId: au?.getAttribute('id') ?? '',
    moveOn: au?.getAttribute('moveOn') ?? '',
    ...(masteryScore ? { masteryScore: Number(masteryScore) } : {}),
  });
  const lms = cmi5;
  await page.goto(lms.launchUrl(fileUrl(packages.cmi5)));
  const { best } = extremePaths(compiledStory('hotel-heat').json);
  await play(page, best.choices);
  await expect(page.getByText('Overall serving score:')).toContainText('100%');

  await expect.poll(() => lms.statements.map(verb), { timeout: 60_000 }).toContain('passed');
  await page.goto('about:blank');
  await expect.poll(() => lms.statements.map(verb), { timeout: 30_000 }).toContain('terminated');
  expect(verbsOf(lms.statements)).toEqual(cmi5PlayVerbs(best.choices.length, 'passed'));
  expect(lms.verdict()).toEqual({ violations: [], movedOn: true, terminated: true });
});

test('the web build opened from a file says it cannot start there and what to do instead', async ({
  page,
}) => {
  const built = path.resolve(process.env.E2E_OUT ?? 'dist', 'index.html');
  await page.goto(pathToFileURL(built).href);
  await expect(
    page.getByRole('heading', { name: 'Serving Moments cannot start from a file' }),
  ).toBeVisible();
  await expect(page.getByText(/Open the course from your learning system \(LMS\)/)).toBeVisible();
  await expect(page.getByText('Loading Serving Moments…')).toHaveCount(0);
});
