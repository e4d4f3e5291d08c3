import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { build } from 'vite';
import type { CompletionRule } from '../../src/lms/completion-rule.ts';
import type { ScormEditionId } from '../../src/lms/scorm-api.ts';
import { classicScript } from './classic-script.ts';
import { scormManifest, type ManifestInfo } from './manifest.ts';
import { contentPackageFailures } from './package-checks.ts';
import { schemaFiles } from './schemas.ts';
import { cmi5Errors, manifestErrors } from './validate-manifest.ts';
import { cmi5Xml, tincanXml } from './xapi-descriptors.ts';

/** A SCORM edition, a cmi5 course, or an xAPI (TinCan) package. */
export type PackageFormat = ScormEditionId | 'cmi5' | 'xapi';
import { externalReferences, listFiles, zipPackage } from './zip-package.ts';

export interface PackageJob {
  root: string;
  edition: PackageFormat;
  storyIds: readonly string[];
  /** Every story in stories/ is packaged: no filter is passed to the build. */
  allStories: boolean;
  passMark: number;
  rule: CompletionRule;
  manifest: Omit<ManifestInfo, 'files' | 'launch' | 'passMark'>;
  /** The scenarios' titles, for the descriptions of cmi5 and xAPI packages. */
  scenarios: readonly { id: string; title: string }[];
  zipFile: string;
}

const FILE_NAMES: Record<PackageFormat, string> = {
  '1.2': 'serving-moments-scorm12.zip',
  '2004': 'serving-moments-scorm2004.zip',
  cmi5: 'serving-moments-cmi5.zip',
  xapi: 'serving-moments-xapi.zip',
};

export const zipNameOf = (format: PackageFormat) => FILE_NAMES[format];

interface Descriptor {
  name: string;
  xml: string;
  /** Schema files that go beside it at the package root. */
  schemas: { name: string; file: string }[];
}

const fail = (what: string, errors: string[]) => {
  if (errors.length > 0)
    throw new Error(`${what} does not validate against its schemas:\n${errors.join('\n')}`);
};

/** The package's descriptor file, checked against its official schema (xmllint). */
function descriptorOf(job: PackageJob, files: string[]): Descriptor {
  const { edition: format } = job;
  if (format === 'cmi5' || format === 'xapi') {
    const course = {
      identifier: job.manifest.identifier,
      title: job.manifest.title,
      description: `Role-play scenarios: ${job.scenarios.map((s) => s.title).join('; ')}`,
      launch: 'index.html',
      ...(job.rule.passWhen === 'overall' ? { masteryPercent: job.passMark } : {}),
      scenarios: job.scenarios,
    };
    if (format === 'xapi') return { name: 'tincan.xml', xml: tincanXml(course), schemas: [] };
    const xml = cmi5Xml(course);
    fail('cmi5.xml', cmi5Errors(xml));
    return { name: 'cmi5.xml', xml, schemas: [] };
  }
  const xml = scormManifest(format, {
    ...job.manifest,
    files,
    launch: 'index.html',
    passMark: job.passMark,
  });
  fail(`imsmanifest.xml (SCORM ${format})`, manifestErrors(format, xml));
  // The controlling schemas sit at the package root, beside the manifest, as ADL's test requires.
  return { name: 'imsmanifest.xml', xml, schemas: schemaFiles(format) };
}

/**
 * Builds the game for one package format into a staging folder (never dist/, which others use), with
 * relative paths, validates its descriptor (imsmanifest.xml against the edition's XSDs, cmi5.xml
 * against CourseStructure.xsd) with xmllint, then zips it with the descriptor and the SCORM XSDs
 * at the root, and runs ADL's content-package checks on a SCORM zip before writing it. The settings reach the game as VITE_ variables;
 * the story filter reaches the ink plugin as SERVING_MOMENTS_STORIES.
 */
export async function buildPackage(job: PackageJob): Promise<{ files: string[] }> {
  const stage = mkdtempSync(path.join(os.tmpdir(), `serving-moments-scorm-${job.edition}-`));
  const keys = [
    'VITE_SCORM_EDITION',
    'VITE_SCORM_PASS_MARK',
    'VITE_LMS_COMPLETE_WHEN',
    'VITE_LMS_PASS_WHEN',
    'VITE_LMS_PACKAGE',
    'VITE_LMS_COURSE_TITLE',
    'SERVING_MOMENTS_STORIES',
  ] as const;
  const saved = keys.map((k) => [k, process.env[k]] as const);
  try {
    // cmi5 and xAPI packages look for no SCORM API: the launch URL tells the game where to report.
    if (job.edition === '1.2' || job.edition === '2004')
      process.env.VITE_SCORM_EDITION = job.edition;
    else delete process.env.VITE_SCORM_EDITION;
    process.env.VITE_SCORM_PASS_MARK = String(job.passMark);
    process.env.VITE_LMS_COMPLETE_WHEN = String(job.rule.completeWhen);
    process.env.VITE_LMS_PASS_WHEN = job.rule.passWhen;
    process.env.VITE_LMS_PACKAGE = '1';
    // xAPI and cmi5 statements name the course as the LMS does.
    process.env.VITE_LMS_COURSE_TITLE = job.manifest.title;
    if (job.allStories) delete process.env.SERVING_MOMENTS_STORIES;
    else process.env.SERVING_MOMENTS_STORIES = job.storyIds.join(',');
    await build({
      root: job.root,
      configFile: path.join(job.root, 'vite.config.ts'),
      base: './',
      logLevel: 'warn',
      // One classic script, so the package also starts when opened from disk (file://).
      plugins: [classicScript()],
      build: { outDir: stage, emptyOutDir: true },
    });
    const files = listFiles(stage);
    const external = externalReferences(stage, files);
    if (external.length > 0)
      throw new Error(`the package would load files from outside itself:\n${external.join('\n')}`);
    const descriptor = descriptorOf(job, files);
    for (const { name, file } of descriptor.schemas) copyFileSync(file, path.join(stage, name));
    mkdirSync(path.dirname(job.zipFile), { recursive: true });
    const zipped = [...files, ...descriptor.schemas.map((s) => s.name)];
    const zip = zipPackage(stage, zipped, descriptor.xml, descriptor.name);
    // The zip as an LMS receives it goes through the checks of ADL's content-package test.
    if (job.edition === '1.2' || job.edition === '2004') {
      const failures = contentPackageFailures(unzipSync(zip));
      if (failures.length > 0)
        throw new Error(
          `the SCORM ${job.edition} package fails ADL's content-package checks:\n${failures.map((f) => `${f.check}: ${f.message}`).join('\n')}`,
        );
    }
    writeFileSync(job.zipFile, zip);
    return { files };
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    rmSync(stage, { recursive: true, force: true });
  }
}
