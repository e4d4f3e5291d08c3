import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

const ZIPS = {
  scorm12: 'serving-moments-scorm12.zip',
  scorm2004: 'serving-moments-scorm2004.zip',
  cmi5: 'serving-moments-cmi5.zip',
  xapi: 'serving-moments-xapi.zip',
} as const;

export type PackageFormat = keyof typeof ZIPS;

export interface UnzippedPackage {
  /** The folder the zip was unpacked into, as an LMS unpacks an upload. */
  dir: string;
  entries: string[];
  /** A file of the zip as text (its descriptor, say). */
  text(name: string): string;
}

/**
 * Builds packages with `npm run build:scorm` (the real build, every check included) into `out`
 * and unpacks each into `out/<format>/`.
 */
export function buildAndUnzip(
  out: string,
  formats: readonly PackageFormat[],
  stories: string,
): Record<PackageFormat, UnzippedPackage> {
  execFileSync(
    'npx',
    [
      'tsx',
      'scripts/build-scorm.ts',
      '--stories',
      stories,
      '--formats',
      formats.join(','),
      '--out',
      out,
    ],
    { cwd: process.cwd(), stdio: 'pipe' },
  );
  const unzipped = {} as Record<PackageFormat, UnzippedPackage>;
  for (const format of formats) {
    const zip = unzipSync(readFileSync(path.join(out, ZIPS[format])));
    const dir = path.join(out, format);
    for (const [file, data] of Object.entries(zip)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), data);
    }
    unzipped[format] = {
      dir,
      entries: Object.keys(zip),
      text: (name) => strFromU8(zip[name] ?? new Uint8Array()),
    };
  }
  return unzipped;
}
