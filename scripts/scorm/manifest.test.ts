import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { scormManifest, type ManifestInfo } from './manifest.ts';
import { manifestErrors } from './validate-manifest.ts';

const files = [
  'index.html',
  'assets/index-Ab12.js',
  'assets/index-Cd34.css',
  'audio/choice.wav',
  'a b&c.svg',
];
const info: ManifestInfo = {
  identifier: 'serving-moments-all',
  version: '0.1.0',
  title: 'Serving Moments: Tom & Jerry <test>',
  files,
  launch: 'index.html',
  passMark: 80,
  objectives: ['listening', 'empathy'],
};

const CP12 = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADLCP12 = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
const CP2004 = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const ADLCP2004 = 'http://www.adlnet.org/xsd/adlcp_v1p3';
const IMSSS = 'http://www.imsglobal.org/xsd/imsss';
const ADLSEQ = 'http://www.adlnet.org/xsd/adlseq_v1p3';

/** Parses strictly: any well-formedness error, even a warning, fails the test. */
function parse(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

const text = (doc: Document, ns: string, name: string) =>
  Array.from(doc.getElementsByTagNameNS(ns, name)).map((e) => e.textContent);

function listed(doc: Document, ns: string): string[] {
  return Array.from(doc.getElementsByTagNameNS(ns, 'file')).map((f) =>
    decodeURIComponent(f.getAttribute('href') ?? ''),
  );
}

function resource(doc: Document, ns: string): Element {
  const found = doc.getElementsByTagNameNS(ns, 'resource')[0];
  if (!found) throw new Error('no resource');
  return found;
}

describe('imsmanifest.xml', () => {
  it('SCORM 1.2: well-formed, ADL SCORM 1.2 schema, a SCO that lists every file', () => {
    const doc = parse(scormManifest('1.2', info));
    expect(doc.documentElement?.namespaceURI).toBe(CP12);
    expect(doc.documentElement?.getAttribute('identifier')).toBe('serving-moments-all');
    expect(text(doc, CP12, 'schema')).toEqual(['ADL SCORM']);
    expect(text(doc, CP12, 'schemaversion')).toEqual(['1.2']);
    expect(text(doc, ADLCP12, 'masteryscore')).toEqual(['80']);
    expect(text(doc, CP12, 'title')).toContain('Serving Moments: Tom & Jerry <test>');
    const sco = resource(doc, CP12);
    expect(sco.getAttributeNS(ADLCP12, 'scormtype')).toBe('sco');
    expect(sco.getAttribute('href')).toBe('index.html');
    expect(listed(doc, CP12).sort()).toEqual([...files].sort());
  });

  it('SCORM 2004 4th Edition: namespaces, sequencing, objectives and every file', () => {
    const doc = parse(scormManifest('2004', info));
    expect(doc.documentElement?.namespaceURI).toBe(CP2004);
    expect(text(doc, CP2004, 'schemaversion')).toEqual(['2004 4th Edition']);
    const sco = resource(doc, CP2004);
    expect(sco.getAttributeNS(ADLCP2004, 'scormType')).toBe('sco');
    const organization = doc.getElementsByTagNameNS(CP2004, 'organization')[0];
    expect(organization?.getAttributeNS(ADLSEQ, 'objectivesGlobalToSystem')).toBe('false');
    const primary = doc.getElementsByTagNameNS(IMSSS, 'primaryObjective')[0];
    expect(primary?.getAttribute('satisfiedByMeasure')).toBe('true');
    expect(text(doc, IMSSS, 'minNormalizedMeasure')).toEqual(['0.8']);
    const objectives = Array.from(doc.getElementsByTagNameNS(IMSSS, 'objective'));
    expect(objectives.map((o) => o.getAttribute('objectiveID'))).toEqual([
      'urn:serving-moments:quality:listening',
      'urn:serving-moments:quality:empathy',
    ]);
    expect(listed(doc, CP2004).sort()).toEqual([...files].sort());
    const schemaLocation = doc.documentElement?.getAttribute('xsi:schemaLocation') ?? '';
    for (const ns of [CP2004, ADLCP2004, ADLSEQ, IMSSS]) expect(schemaLocation).toContain(ns);
  });
});

describe('the manifests against the official XSDs (xmllint)', () => {
  for (const edition of ['1.2', '2004'] as const) {
    it(`SCORM ${edition} validates`, () => {
      expect(manifestErrors(edition, scormManifest(edition, info))).toEqual([]);
    });
  }

  it('names the line and the element when a manifest breaks its schema', () => {
    const broken = scormManifest('2004', info).replace(
      '<imsss:objective objectiveID="urn:serving-moments:quality:empathy"/>',
      '<imsss:objective/>',
    );
    const [error] = manifestErrors('2004', broken);
    expect(error).toMatch(/imsmanifest\.xml:\d+: .*objective.*'objectiveID' is required/);
  });

  it('rejects a SCORM 1.2 manifest whose organizations element is misspelt', () => {
    const broken = scormManifest('1.2', info).replaceAll('organizations', 'organisations');
    expect(manifestErrors('1.2', broken).join('\n')).toMatch(/organisations.*not expected/);
  });
});
