import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/** Every file below `dir`, as '/'-separated paths relative to it. */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(path.join(dir, entry.name), rel) : [rel];
    })
    .sort();
}

// A fixed time stamp: the same input gives a byte-identical zip, so a rebuild changes nothing.
const MTIME = new Date('2020-01-01T00:00:00Z');

/** The zip of a package: its descriptor (imsmanifest.xml, cmi5.xml, tincan.xml) first and at the root, then every file of `dir`. */
export function zipPackage(
  dir: string,
  files: readonly string[],
  manifest: string,
  descriptorName = 'imsmanifest.xml',
): Uint8Array {
  const entries: Zippable = { [descriptorName]: new TextEncoder().encode(manifest) };
  for (const file of files) entries[file] = readFileSync(path.join(dir, file));
  return zipSync(entries, { level: 9, mtime: MTIME });
}

/** Absolute http(s) references in the launch page and styles: calls that would leave the package. */
export function externalReferences(dir: string, files: readonly string[]): string[] {
  const pattern =
    /(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\/[^"'\s>]+|url\(\s*["']?(?:https?:)?\/\/[^)"']+/gi;
  return files
    .filter((f) => /\.(html|css)$/.test(f))
    .flatMap((f) =>
      (readFileSync(path.join(dir, f), 'utf8').match(pattern) ?? []).map((m) => `${f}: ${m}`),
    );
}
