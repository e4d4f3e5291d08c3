import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScormEditionId } from '../../src/lms/scorm-api.ts';
import { SCHEMA_OF_NAMESPACE, schemaFiles } from './schemas.ts';

export const XMLLINT_MISSING =
  'xmllint is not installed; it checks the manifests against their schemas. Install it with: apt-get install -y libxml2-utils';

// xmllint takes one schema: a wrapper that imports every namespace the manifest uses, so elements
// from adlcp, imsss and the rest are checked strictly too, not skipped as foreign.
function wrapperSchema(edition: ScormEditionId): string {
  const imports = Object.entries(SCHEMA_OF_NAMESPACE[edition]).map(
    ([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
${imports.join('\n')}
</xs:schema>
`;
}

// IMS's ims_xml.xsd declares the xml namespace as its default: libxml2 says so on every run and
// still validates. That note is not about the manifest.
const NOISE = /^(ims_xml\.xsd:1: namespace error|filename=ims_xml\.xsd|\s*\^\s*$)/;

/** Runs xmllint on `doc` against `schema`, with the schema files beside it; the validity errors. */
function xmllintErrors(
  files: readonly { name: string; file: string }[],
  schema: string,
  docName: string,
  doc: string,
  extra: Record<string, string | Uint8Array> = {},
): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sm-xsd-'));
  try {
    for (const { name, file } of files) copyFileSync(file, path.join(dir, name));
    for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(dir, name), text);
    writeFileSync(path.join(dir, docName), doc);
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, docName], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 30_000,
    });
    if (run.error) {
      if ((run.error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(XMLLINT_MISSING);
      throw run.error;
    }
    if (run.status === 0) return [];
    const lines = `${run.stderr}`.split('\n').filter((l) => l.trim() !== '' && !NOISE.test(l));
    return lines.filter((l) => !/fails to validate$/.test(l));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Validates a manifest against the official schemas of its edition with xmllint. Returns the
 * validity errors (with the manifest's line numbers); an empty list means it validates.
 */
export function manifestErrors(edition: ScormEditionId, manifest: string): string[] {
  return xmllintErrors(schemaFiles(edition), 'all-namespaces.xsd', 'imsmanifest.xml', manifest, {
    'all-namespaces.xsd': wrapperSchema(edition),
  });
}

/**
 * Validates a manifest against the schema files a package carries (name → bytes), not the copies
 * in this repository: it shows that what is in the zip is enough to check it.
 */
export function manifestErrorsWithSchemas(
  edition: ScormEditionId,
  manifest: string,
  schemas: Readonly<Record<string, Uint8Array>>,
): string[] {
  return xmllintErrors([], 'all-namespaces.xsd', 'imsmanifest.xml', manifest, {
    ...schemas,
    'all-namespaces.xsd': wrapperSchema(edition),
  });
}

const COURSE_STRUCTURE = fileURLToPath(new URL('./schemas/CourseStructure.xsd', import.meta.url));

/** Validates a cmi5.xml against cmi5's CourseStructure.xsd. */
export function cmi5Errors(xml: string): string[] {
  return xmllintErrors(
    [{ name: 'CourseStructure.xsd', file: COURSE_STRUCTURE }],
    'CourseStructure.xsd',
    'cmi5.xml',
    xml,
  );
}
