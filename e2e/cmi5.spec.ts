import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { startCmi5Lms, type Cmi5Lms } from '../test/helpers/cmi5-lms.ts';
import { cmi5PlayVerbs, verbsOf } from '../test/helpers/statement-verbs.ts';
import { authoringCodeIn } from './authoring-code.ts';
import { extremePaths } from './extreme-paths.ts';
import { compiledStory } from './story-oracle.ts';

// The real cmi5 package (npm run build:cmi5), imported the way a cmi5 LMS imports one: it reads
// cmi5.xml for the AU's id, launch URL, moveOn and masteryScore, hosts the files, and launches the
// AU with fetch, endpoint, registration, actor and activityId. The stand-in LMS/LRS checks every
// statement against the cmi5 AU rules.
let dir: string;
let cmi5Xml: string;
let entries: string[];
let zipFiles: Record<string, Uint8Array>;
let lms: Cmi5Lms | undefined;

test.beforeAll(() => {
  test.setTimeout(300_000);
  dir = mkdtempSync(path.join(os.tmpdir(), 'sm-cmi5-e2e-'));
  execFileSync(
    'npx',
    ['tsx', 'scripts/build-scorm.ts', '--stories', 'hotel-heat', '--formats', 'cmi5', '--out', dir],
    { cwd: process.cwd(), stdio: 'pipe' },
  );
  const zip = unzipSync(readFileSync(path.join(dir, 'serving-moments-cmi5.zip')));
  entries = Object.keys(zip);
  zipFiles = zip;
  for (const [file, data] of Object.entries(zip)) {
    const target = path.join(dir, 'au', file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  cmi5Xml = strFromU8(zip['cmi5.xml'] ?? new Uint8Array());
});

test.afterAll(async () => {
  await lms?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('cmi5: launch, play a scenario to its best ending, completed and passed, terminated on leaving', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // Learners are not authors in an LMS: the Studio and the ink compiler stay out of the package.
  expect(entries).toContain('cmi5.xml');
  expect(entries.filter((e) => /studio|compile-worker|codemirror/i.test(e))).toEqual([]);
  expect(authoringCodeIn(zipFiles)).toEqual([]);
  // Nor the workshop's host and team pages: an LMS package has no workshop server.
  expect(entries.filter((e) => /^(host|join)\.html$|\/(host|join)-/.test(e))).toEqual([]);
  const au = new DOMParser()
    .parseFromString(cmi5Xml, 'application/xml')
    .getElementsByTagName('au')[0];
  const url = au?.getElementsByTagName('url')[0]?.textContent ?? '';
  const masteryScore = au?.getAttribute('masteryScore');
  expect(au?.getAttribute('moveOn')).toBe('CompletedAndPassed');
  expect(url).toBe('index.html');
  lms = await startCmi5Lms({
    activityId: au?.getAttribute('id') ?? '',
    moveOn: au?.getAttribute('moveOn') ?? '',
    ...(masteryScore ? { masteryScore: Number(masteryScore) } : {}),
    auDir: path.join(dir, 'au'),
  });
  const cmi5 = lms;
  const verbs = () => verbsOf(cmi5.statements);

  await page.goto(cmi5.launchUrl(`${cmi5.origin}/au/${url}`));
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: /The Heat in Room 412/ }).click();
  const { best } = extremePaths(compiledStory('hotel-heat').json);
  const choices = page.getByRole('group', { name: 'Choices' });
  for (const text of best.choices)
    await choices.getByRole('button', { name: text, exact: true }).click({ timeout: 30_000 });
  await page.getByRole('button', { name: 'See your debrief' }).click();
  await expect(page.getByRole('heading', { name: /^Debrief: / })).toBeVisible();

  await expect.poll(verbs, { timeout: 60_000 }).toContain('passed');
  // The learner goes back to the LMS: 'terminated' goes as the page is left.
  await page.goto(`${cmi5.origin}/returned`);
  await expect.poll(verbs, { timeout: 30_000 }).toContain('terminated');

  expect(verbs()).toEqual(cmi5PlayVerbs(best.choices.length, 'passed'));
  // The best-serving path reads 100% overall (the debrief's rule), judged by the LMS's mastery.
  const passed = cmi5.statements.find((s) => s.verb.id.endsWith('/passed'));
  expect((passed?.result as { score?: { scaled?: number } }).score?.scaled).toBe(1);
  expect(cmi5.verdict()).toEqual({ violations: [], movedOn: true, terminated: true });
});
