import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ScormEditionId } from '../../src/lms/scorm-api.ts';
import { scormManifest } from './manifest.ts';
import { contentPackageFailures, type PackageCheck } from './package-checks.ts';
import { schemaFiles } from './schemas.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const GAME = {
  'index.html': '<script type="module" src="./assets/index-Ab12.js"></script>',
  'assets/index-Ab12.js': 'console.log(1)',
  'audio/choice.wav': 'RIFF',
  'faces/a b&c.svg': '<svg/>',
};

/** A package as build:scorm makes it: the manifest, the game's files and the edition's schemas. */
function pkg(
  edition: ScormEditionId,
  manifest?: (xml: string) => string,
): Record<string, Uint8Array> {
  const xml = scormManifest(edition, {
    identifier: 'serving-moments-test',
    version: '1.0.0',
    title: 'Serving Moments: Test & <more>',
    files: Object.keys(GAME),
    launch: 'index.html',
    passMark: 70,
    objectives: ['listening', 'empathy'],
  });
  const files: Record<string, Uint8Array> = {
    'imsmanifest.xml': utf8(manifest ? manifest(xml) : xml),
  };
  for (const [name, body] of Object.entries(GAME)) files[name] = utf8(body);
  for (const { name, file } of schemaFiles(edition)) files[name] = readFileSync(file);
  return files;
}

const without = (files: Record<string, Uint8Array>, name: string) => {
  const copy = { ...files };
  delete copy[name];
  return copy;
};

/** The failures of one check, as messages. */
const failed = (files: Record<string, Uint8Array>, check: PackageCheck) =>
  contentPackageFailures(files)
    .filter((f) => f.check === check)
    .map((f) => f.message);

describe("ADL's content-package checks", () => {
  for (const edition of ['1.2', '2004'] as const)
    it(`a SCORM ${edition} package as build:scorm makes it passes every check`, () => {
      expect(contentPackageFailures(pkg(edition))).toEqual([]);
    });

  it('fails REQUIRED_FILES_AT_ROOT when a schema the manifest names, or one it includes, is missing', () => {
    // The defect ADL's test found first: the zip held the manifest but none of its XSDs.
    expect(failed(without(pkg('2004'), 'imsss_v1p0.xsd'), 'REQUIRED_FILES_AT_ROOT')).toEqual([
      'the controlling document imsss_v1p0.xsd is not at the root of the package',
    ]);
    expect(failed(without(pkg('2004'), 'imsss_v1p0util.xsd'), 'REQUIRED_FILES_AT_ROOT')).toEqual([
      'the controlling document imsss_v1p0util.xsd is not at the root of the package',
    ]);
    expect(failed(without(pkg('2004'), 'datatypes.dtd'), 'REQUIRED_FILES_AT_ROOT')).toHaveLength(1);
    expect(failed(without(pkg('1.2'), 'ims_xml.xsd'), 'REQUIRED_FILES_AT_ROOT')).toHaveLength(1);
  });

  it('fails MANIFEST_AT_ROOT, WELLFORMEDNESS and MANIFEST_ROOT_ELEMENT on a manifest that is not one', () => {
    const files = pkg('2004');
    const nested = without(files, 'imsmanifest.xml');
    nested['course/imsmanifest.xml'] = files['imsmanifest.xml'] as Uint8Array;
    expect(failed(nested, 'MANIFEST_AT_ROOT')).toHaveLength(1);
    expect(
      failed(
        pkg('2004', (x) => x.replace('</manifest>', '')),
        'WELLFORMEDNESS',
      ),
    ).toHaveLength(1);
    const foreign = pkg('2004', (x) =>
      x.replace('xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"', 'xmlns="urn:other"'),
    );
    expect(failed(foreign, 'MANIFEST_ROOT_ELEMENT')).toHaveLength(1);
  });

  it('fails SCHEMA_VALIDATION with the schemas the zip carries', () => {
    const broken = pkg('2004', (x) =>
      x.replace(/<imsss:objective objectiveID="[^"]*"\/>/, '<imsss:objective/>'),
    );
    expect(failed(broken, 'SCHEMA_VALIDATION').join('\n')).toMatch(/'objectiveID' is required/);
  });

  it('fails RESOURCE_HREF on a listed file the zip lacks, and on hrefs that leave the package', () => {
    expect(failed(without(pkg('2004'), 'audio/choice.wav'), 'RESOURCE_HREF')).toEqual([
      'resource sco-1: file href "audio/choice.wav" names a file the package does not hold',
    ]);
    const outside = pkg('1.2', (x) =>
      x.replace(
        '<file href="index.html"/>',
        '<file href="../index.html"/><file href="https://cdn.example.com/a.js"/><file href="/abs.js"/>',
      ),
    );
    expect(failed(outside, 'RESOURCE_HREF')).toHaveLength(3);
  });

  it('fails EXCESS_BAGGAGE on a file in the zip that the manifest does not list', () => {
    const files = { ...pkg('2004'), 'assets/stray.js': utf8('x') };
    expect(failed(files, 'EXCESS_BAGGAGE')).toEqual([
      'assets/stray.js is in the package but not referenced in the manifest',
    ]);
  });

  it('fails APPLICATION_PROFILE on references, types and sequencing the schemas allow', () => {
    const profile = (edit: (xml: string) => string, edition: ScormEditionId = '2004') =>
      failed(pkg(edition, edit), 'APPLICATION_PROFILE');
    expect(profile((x) => x.replace('identifierref="sco-1"', 'identifierref="sco-2"'))).toEqual([
      'item item-1 identifierref "sco-2" names no resource in this manifest',
    ]);
    expect(profile((x) => x.replace('default="org-1"', 'default="org-9"'))).toEqual([
      'organizations default "org-9" names no organization',
    ]);
    expect(
      profile((x) => x.replace('adlcp:scormType="sco"', 'adlcp:scormType="lesson"')),
    ).toHaveLength(1);
    expect(profile((x) => x.replace('adlcp:scormtype="sco"', ''), '1.2')).toHaveLength(1);
    expect(profile((x) => x.replace('2004 4th Edition', '2004 3rd Edition'))).toHaveLength(1);
    expect(profile((x) => x.replace('identifier="item-1"', 'identifier="sco-1"'))).toEqual([
      'identifier "sco-1" is used twice',
    ]);
    expect(profile((x) => x.replace(/quality:empathy/, 'quality:listening'))).toEqual([
      'objectiveID "urn:serving-moments:quality:listening" is declared twice on one activity',
    ]);
    expect(
      profile((x) => x.replace('<adlcp:masteryscore>70', '<adlcp:masteryscore>170'), '1.2'),
    ).toHaveLength(1);
  });
});
