import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { contentPackageFailures } from '../scripts/scorm/package-checks.ts';
import { authoringCodeIn, authoringCodeInWebBuild, AUTHORING_MARKERS } from './authoring-code.ts';
import { verbsOf } from '../test/helpers/statement-verbs.ts';
import { HOTEL } from './helpers.ts';
import { choicesIn as choices, lmsData, startLmsHost, type LmsHost } from './lms-host.ts';
import { questionsAlong } from './ink-oracle.ts';
import { compiledStory, expectedDebrief } from './story-oracle.ts';

// The real SCORM packages, built by `npm run build:scorm` and launched in an iframe of a page that
// plays the LMS with scorm-again's API, as an LMS's player does: what they hold, what the LMS
// records of a play (status, score, interactions, objectives, suspend data), and a relaunch.
let host: LmsHost;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  host = await startLmsHost(process.cwd(), 'hotel-heat');
});

test.afterAll(async () => {
  await host?.close();
});

type Interaction = Record<string, string> & {
  correct_responses: Record<string, { pattern: string }>;
};

/** A choice's words as a SCORM 2004 identifier: lower case, runs of other characters as '-'. */
const slug = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');

/** Clicks the first choice until the ending; returns the path taken. */
async function playToEnd(frame: FrameLocator): Promise<number[]> {
  const taken: number[] = [];
  const debrief = frame.getByRole('button', { name: 'See your debrief' });
  for (let step = 0; step < 30; step++) {
    await expect(choices(frame).or(debrief)).toBeVisible();
    if (await debrief.isVisible()) return taken;
    await choices(frame).getByRole('button').first().click();
    taken.push(0);
  }
  throw new Error('the story did not end within 30 decisions');
}

/** Every request stays inside the package, the LMS page and its API script. */
function watchRequests(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(host.origin) && !/^(data|blob):/.test(url)) outside.push(url);
  });
  return outside;
}

// The schema files ADL's package test (REQUIRED_FILES_AT_ROOT) looks for beside the manifest.
const REQUIRED_AT_ROOT = {
  '1.2': ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'],
  '2004': [
    'imscp_v1p1.xsd',
    'imsss_v1p0.xsd',
    'adlseq_v1p3.xsd',
    'adlcp_v1p3.xsd',
    'adlnav_v1p3.xsd',
  ],
} as const;

test('each package has imsmanifest.xml and its schemas at the root, and lists every game file', () => {
  // The markers of the Studio's code are real: the web build, which has the Studio, carries each.
  const inWebBuild = authoringCodeInWebBuild().map((found) => found.replace(/^.*: /, ''));
  expect([...new Set(inWebBuild)].sort()).toEqual([...AUTHORING_MARKERS].sort());
  for (const [edition, version] of [
    ['1.2', '<schemaversion>1.2</schemaversion>'],
    ['2004', '<schemaversion>2004 4th Edition</schemaversion>'],
  ] as const) {
    const { entries, files, manifest } = host.packages[edition];
    // ADL's content-package checks (scripts/scorm/package-checks.ts) on the zip as it was built.
    expect(contentPackageFailures(files)).toEqual([]);
    expect(entries).toContain('imsmanifest.xml');
    expect(entries).toContain('index.html');
    for (const xsd of REQUIRED_AT_ROOT[edition]) expect(entries).toContain(xsd);
    // Learners are not authors in an LMS: the Studio and the ink compiler stay out of the package.
    expect(entries.filter((e) => /studio|compile-worker|codemirror/i.test(e))).toEqual([]);
    expect(authoringCodeIn(files)).toEqual([]);
    expect(manifest).toContain(version);
    const schemaFile = /^[^/]+\.(xsd|dtd)$/;
    for (const file of entries.filter((e) => e !== 'imsmanifest.xml' && !schemaFile.test(e)))
      expect(manifest).toContain(`<file href="${file}"/>`);
  }
});

for (const edition of ['1.2', '2004'] as const) {
  test(`SCORM ${edition}: status, score, interactions and suspend data; resumes after a relaunch`, async ({
    page,
  }) => {
    test.setTimeout(180_000); // a whole scenario, twice launched, on a two-core machine
    const outside = watchRequests(page);
    const dir = edition === '1.2' ? 'pkg12' : 'pkg2004';
    const lmsUrl = `${host.origin}/lms.html?edition=${edition}&launch=/${dir}/index.html`;
    await page.goto(lmsUrl);
    const frame = page.frameLocator('#sco');
    await frame.getByRole('button', { name: 'Start' }).click();
    // Packaged with --stories hotel-heat: the menu offers that scenario alone.
    const scenarios = frame.getByRole('list', { name: 'Scenarios' }).getByRole('listitem');
    await expect(scenarios).toHaveCount(1);
    await frame.getByRole('button', { name: HOTEL }).click();
    const path = await playToEnd(frame);
    await frame.getByRole('button', { name: 'See your debrief' }).click();
    await expect(frame.getByRole('heading', { name: /Debrief/ })).toBeVisible();

    const expected = expectedDebrief(compiledStory('hotel-heat'), path).overall.percent;
    const passed = expected >= 70;
    // Each decision is written once its model answers are worked out (a worker explores the story).
    await expect
      .poll(async () => Object.keys((await lmsData(page)).interactions).length, { timeout: 60_000 })
      .toBe(path.length);
    const cmi = await lmsData(page);
    const interactions = Object.values(cmi.interactions) as unknown as Interaction[];
    // One id per question (its choice point in the ink), the model answers as correct responses.
    const questions = questionsAlong('hotel-heat', path);
    const letter = (n: number) => String.fromCharCode(97 + n);
    expect(interactions.map((i) => i.id)).toEqual(
      questions.map((q) => `urn:serving-moments:hotel-heat:${q.point}`),
    );
    for (const [n, i] of interactions.entries()) {
      const q = questions[n]!;
      expect(i.type).toBe('choice');
      const patterns = Object.values(i.correct_responses).map((c) => c.pattern);
      if (edition === '1.2') {
        expect(i.student_response).toBe(letter(q.chosenSlot));
        expect(patterns).toEqual(q.modelSlots.map(letter));
      } else {
        expect(i.learner_response).toBe(slug(q.chosenText));
        expect(patterns).toEqual(q.modelTexts.map(slug));
        expect(i.description).toMatch(/^The Heat in Room 412: \S/);
      }
    }
    expect(cmi.suspend_data.length).toBeGreaterThan(0);
    expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
    expect(cmi.suspend_data).toContain('hotel-heat:');
    if (edition === '1.2') {
      const core = cmi.core as { lesson_status: string; score: Record<string, string> };
      expect(core.lesson_status).toBe(passed ? 'passed' : 'failed');
      expect(core.score).toMatchObject({ raw: String(expected), min: '0', max: '100' });
    } else {
      expect(cmi.completion_status).toBe('completed');
      expect(cmi.success_status).toBe(passed ? 'passed' : 'failed');
      expect(cmi.score).toMatchObject({ scaled: String(expected / 100), raw: String(expected) });
      // One objective per quality the scenario practises, with its URI id and its reading on
      // this play (as the debrief shows it), judged against the pass mark.
      const objectives = Object.values(
        cmi.objectives as Record<
          string,
          { id: string; score: { scaled: string }; success_status: string }
        >,
      );
      const practised = expectedDebrief(compiledStory('hotel-heat'), path).qualities.filter(
        (q) => q.percent !== null,
      );
      expect(
        objectives.map((o) => ({ id: o.id, scaled: o.score.scaled, status: o.success_status })),
      ).toEqual(
        practised.map((q) => ({
          id: `urn:serving-moments:quality:${q.id}`,
          scaled: String((q.percent ?? 0) / 100),
          status: (q.percent ?? 0) >= 70 ? 'passed' : 'failed',
        })),
      );
    }

    // The LMS's report of the attempt shows the same records; docs/lms.md shows it as a picture
    // (regenerated with DOCS_SCREENSHOTS=1).
    await page.getByRole('button', { name: 'Show recorded data' }).click();
    const report = page.getByRole('region', { name: 'Recorded data' });
    const rows = report.getByRole('table', { name: 'Interactions' }).getByRole('row');
    await expect(rows).toHaveCount(path.length + 1);
    await expect(rows.nth(1)).toContainText(interactions[0]?.id ?? 'no interaction');
    if (process.env.DOCS_SCREENSHOTS)
      await report.screenshot({ path: `docs/lms-report-scorm${edition.replace('.', '')}.png` });

    // A second attempt at the scenario, left after two decisions.
    await frame.getByRole('button', { name: 'Play again' }).click();
    for (let i = 0; i < 2; i++) await choices(frame).getByRole('button').first().click();
    await expect(choices(frame)).toBeVisible();
    const transcript = frame.getByRole('log', { name: 'Transcript' });
    const before = await transcript.innerText();

    // Another day, another device: nothing on this one, only what the LMS kept.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const kept = await page.evaluate(() => ({
      terminated: Object.keys(sessionStorage).some((k) => k.endsWith(':terminated')),
      launchedWith: (window as unknown as { lmsLaunchedWith: unknown }).lmsLaunchedWith,
    }));
    expect(kept.terminated).toBe(true);
    expect(JSON.stringify(kept.launchedWith)).toContain('"resume"');

    await frame.getByRole('button', { name: 'Start' }).click();
    await expect(frame.getByRole('button', { name: HOTEL })).toContainText(
      'continue at decision 3',
    );
    await frame.getByRole('button', { name: HOTEL }).click();
    await expect(choices(frame)).toBeVisible();
    expect(await transcript.innerText()).toBe(before);
    const after = await lmsData(page);
    const status =
      edition === '1.2'
        ? (after.core as { lesson_status: string }).lesson_status
        : after.success_status;
    expect(status).toBe(passed ? 'passed' : 'failed');
    expect(outside).toEqual([]);
  });
}

test('xAPI: the package sends statements to the LRS named in its launch URL', async ({ page }) => {
  const outside = watchRequests(page);
  const query = new URLSearchParams({
    endpoint: `${host.origin}/lrs/`,
    auth: 'Basic dGVzdDp0ZXN0',
    actor: JSON.stringify({ name: 'Ann', mbox: 'mailto:ann@example.com' }),
    registration: '0d4c4b1e-7a52-4f25-9d8e-3d2f1c6b5a49',
  });
  await page.goto(`${host.origin}/pkg2004/index.html?${query}`);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: HOTEL }).click();
  await choices(page).getByRole('button').first().click();
  // 'answered' waits for the decision's model answers: a worker explores the story first.
  await expect
    .poll(() => verbsOf(host.statements), { timeout: 60_000 })
    .toEqual(['launched', 'answered']);
  expect(outside).toEqual([]);
});
