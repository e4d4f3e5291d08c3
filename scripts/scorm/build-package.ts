import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import type { CompletionRule } from '../../src/lms/completion-rule.ts';
import type { ScormEditionId } from '../../src/lms/scorm-api.ts';
import { scormManifest, type ManifestInfo } from './manifest.ts';
import { schemaFiles } from './schemas.ts';
import { manifestErrors } from './validate-manifest.ts';
import { externalReferences, listFiles, zipPackage } from './zip-package.ts';

export interface PackageJob {
  root: string;
  edition: ScormEditionId;
  storyIds: readonly string[];
  /** Every story in stories/ is packaged: no filter is passed to the build. */
  allStories: boolean;
  passMark: number;
  rule: CompletionRule;
  manifest: Omit<ManifestInfo, 'files' | 'launch' | 'passMark'>;
  zipFile: string;
}

const FILE_NAMES: Record<ScormEditionId, string> = {
  '1.2': 'serving-moments-scorm12.zip',
  '2004': 'serving-moments-scorm2004.zip',
};

export const zipNameOf = (edition: ScormEditionId) => FILE_NAMES[edition];

/**
 * Builds the game for one edition into a staging folder (never dist/, which others use), with
 * relative paths, validates its manifest against the edition's XSDs (xmllint), then zips it with
 * the manifest and those XSDs at the root. The settings reach the game as VITE_ variables;
 * the story filter reaches the ink plugin as SERVING_MOMENTS_STORIES.
 */
export async function buildPackage(job: PackageJob): Promise<{ files: string[] }> {
  const stage = mkdtempSync(path.join(os.tmpdir(), `serving-moments-scorm-${job.edition}-`));
  const keys = [
    'VITE_SCORM_EDITION',
    'VITE_SCORM_PASS_MARK',
    'VITE_LMS_COMPLETE_WHEN',
    'VITE_LMS_PASS_WHEN',
    'SERVING_MOMENTS_STORIES',
  ] as const;
  const saved = keys.map((k) => [k, process.env[k]] as const);
  try {
    process.env.VITE_SCORM_EDITION = job.edition;
    process.env.VITE_SCORM_PASS_MARK = String(job.passMark);
    process.env.VITE_LMS_COMPLETE_WHEN = String(job.rule.completeWhen);
    process.env.VITE_LMS_PASS_WHEN = job.rule.passWhen;
    if (job.allStories) delete process.env.SERVING_MOMENTS_STORIES;
    else process.env.SERVING_MOMENTS_STORIES = job.storyIds.join(',');
    await build({
      root: job.root,
      configFile: path.join(job.root, 'vite.config.ts'),
      base: './',
      logLevel: 'warn',
      build: { outDir: stage, emptyOutDir: true },
    });
    const files = listFiles(stage);
    const external = externalReferences(stage, files);
    if (external.length > 0)
      throw new Error(`the package would load files from outside itself:\n${external.join('\n')}`);
    const manifest = scormManifest(job.edition, {
      ...job.manifest,
      files,
      launch: 'index.html',
      passMark: job.passMark,
    });
    const errors = manifestErrors(job.edition, manifest);
    if (errors.length > 0) {
      throw new Error(
        `imsmanifest.xml (SCORM ${job.edition}) does not validate against its schemas:\n${errors.join('\n')}`,
      );
    }
    // The controlling schemas sit at the package root, beside the manifest, as ADL's test requires.
    const schemas = schemaFiles(job.edition);
    for (const { name, file } of schemas) copyFileSync(file, path.join(stage, name));
    mkdirSync(path.dirname(job.zipFile), { recursive: true });
    const zipped = [...files, ...schemas.map((s) => s.name)];
    writeFileSync(job.zipFile, zipPackage(stage, zipped, manifest));
    return { files };
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    rmSync(stage, { recursive: true, force: true });
  }
}
