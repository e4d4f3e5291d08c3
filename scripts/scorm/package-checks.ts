import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { strFromU8 } from 'fflate';
import type { ScormEditionId } from '../../src/lms/scorm-api.ts';
import { applicationProfileFailures } from './profile-checks.ts';
import { manifestErrorsWithSchemas } from './validate-manifest.ts';

/**
 * The content-package checks of ADL's SCORM 2004 4th Edition test suite (its validator's checkers,
 * named as it names them), redone over a package zip's entries so that every build and CI run
 * them. ADL's tool itself is a Java desktop application that is not part of this repository.
 */
export type PackageCheck =
  | 'MANIFEST_AT_ROOT'
  | 'WELLFORMEDNESS'
  | 'MANIFEST_ROOT_ELEMENT'
  | 'SUBMANIFEST'
  | 'REQUIRED_FILES_AT_ROOT'
  | 'SCHEMA_VALIDATION'
  | 'RESOURCE_HREF'
  | 'APPLICATION_PROFILE'
  | 'EXCESS_BAGGAGE';

export interface PackageFailure {
  check: PackageCheck;
  message: string;
}

export const CP_NAMESPACE: Record<ScormEditionId, string> = {
  '1.2': 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  '2004': 'http://www.imsglobal.org/xsd/imscp_v1p1',
};
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

type Files = Readonly<Record<string, Uint8Array>>;

function parseStrict(xml: string): Document | string {
  let problem = '';
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        problem ||= `${level}: ${message}`;
      },
    }).parseFromString(xml, 'text/xml');
    return problem || doc;
  } catch (err) {
    // xmldom throws on a fatal error (after reporting it)
    return problem || String(err);
  }
}

/** Relative files an XSD or DTD refers to (xs:include/import/redefine, DOCTYPE and entity system ids). */
function referencedBy(text: string): string[] {
  const refs = [
    ...text.matchAll(/<\w+:(?:include|import|redefine)\b[^>]*?schemaLocation\s*=\s*"([^"]+)"/g),
    ...text.matchAll(
      /<!(?:DOCTYPE|ENTITY)[^>]*?(?:SYSTEM|PUBLIC\s+["'][^"']*["'])\s+["']([^"']+)["']/g,
    ),
  ].map((m) => m[1] ?? '');
  return refs.filter((r) => r !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(r));
}

/** REQUIRED_FILES_AT_ROOT: each schema the manifest names, and each file those need, at the root. */
function requiredFiles(doc: Document, files: Files): { failures: string[]; controlling: string[] } {
  const pairs = (doc.documentElement?.getAttributeNS(XSI, 'schemaLocation') ?? '')
    .trim()
    .split(/\s+/)
    .filter((s) => s !== '');
  const direct = pairs.filter((_, i) => i % 2 === 1);
  const failures: string[] = [];
  const seen = new Set<string>();
  const queue = [...direct];
  while (queue.length > 0) {
    const name = queue.shift() ?? '';
    if (seen.has(name)) continue;
    seen.add(name);
    const data = files[name];
    if (name.includes('/')) failures.push(`${name} is not at the root of the package`);
    else if (!data)
      failures.push(`the controlling document ${name} is not at the root of the package`);
    else queue.push(...referencedBy(strFromU8(data)));
  }
  return { failures, controlling: [...seen] };
}

const isAbsolute = (href: string) => /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');

/** RESOURCE_HREF: every resource and file href is relative, inside the package and present in it. */
function hrefFailures(
  doc: Document,
  ns: string,
  files: Files,
): { failures: string[]; listed: Set<string> } {
  const failures: string[] = [];
  const listed = new Set<string>();
  const check = (href: string, base: string, where: string) => {
    const full = base + href;
    if (isAbsolute(full))
      return failures.push(`${where} href "${full}" points outside the package`);
    if (full.startsWith('/')) return failures.push(`${where} href "${full}" begins with "/"`);
    if (full.includes('\\')) return failures.push(`${where} href "${full}" contains "\\"`);
    if (full.length > 2000) return failures.push(`${where} href is longer than 2,000 characters`);
    let file: string;
    try {
      file = decodeURIComponent(full.split(/[?#]/)[0] ?? '');
    } catch {
      return failures.push(`${where} href "${full}" has an invalid character encoding`);
    }
    if (file.split('/').includes('..'))
      return failures.push(`${where} href "${full}" leaves the package root`);
    if (!files[file])
      return failures.push(`${where} href "${full}" names a file the package does not hold`);
    listed.add(file);
  };
  const resources = doc.getElementsByTagNameNS(ns, 'resources')[0];
  const rootBase = resources?.getAttribute('xml:base') ?? '';
  for (const resource of Array.from(doc.getElementsByTagNameNS(ns, 'resource'))) {
    const base = rootBase + (resource.getAttribute('xml:base') ?? '');
    const id = resource.getAttribute('identifier') ?? '?';
    const href = resource.getAttribute('href');
    if (href !== null) check(href, base, `resource ${id}:`);
    for (const file of Array.from(resource.getElementsByTagNameNS(ns, 'file')))
      check(file.getAttribute('href') ?? '', base, `resource ${id}: file`);
  }
  return { failures, listed };
}

/** Every check of ADL's content-package test that applies, over the zip's entries; [] when all pass. */
export function contentPackageFailures(files: Files): PackageFailure[] {
  const out: PackageFailure[] = [];
  const fail = (check: PackageCheck, messages: readonly string[]) =>
    out.push(...messages.map((message) => ({ check, message })));
  const manifestData = files['imsmanifest.xml'];
  if (!manifestData) {
    fail('MANIFEST_AT_ROOT', ['imsmanifest.xml is not at the root of the package']);
    return out;
  }
  const manifest = strFromU8(manifestData);
  const doc = parseStrict(manifest);
  if (typeof doc === 'string') {
    fail('WELLFORMEDNESS', [`imsmanifest.xml is not well-formed: ${doc}`]);
    return out;
  }
  const root = doc.documentElement as Element;
  const edition = (Object.keys(CP_NAMESPACE) as ScormEditionId[]).find(
    (e) => CP_NAMESPACE[e] === root.namespaceURI,
  );
  if (root.localName !== 'manifest' || !edition) {
    fail('MANIFEST_ROOT_ELEMENT', [
      `the root element is {${root.namespaceURI}}${root.localName}, not an IMS CP manifest`,
    ]);
    return out;
  }
  const ns = CP_NAMESPACE[edition];
  fail(
    'SUBMANIFEST',
    root.getElementsByTagNameNS(ns, 'manifest').length > 0
      ? ['the manifest holds a (sub)manifest']
      : [],
  );
  const required = requiredFiles(doc, files);
  fail('REQUIRED_FILES_AT_ROOT', required.failures);
  if (required.failures.length === 0) {
    const schemas = Object.fromEntries(
      required.controlling.map((n) => [n, files[n] as Uint8Array]),
    );
    fail('SCHEMA_VALIDATION', manifestErrorsWithSchemas(edition, manifest, schemas));
  }
  const hrefs = hrefFailures(doc, ns, files);
  fail('RESOURCE_HREF', hrefs.failures);
  fail('APPLICATION_PROFILE', applicationProfileFailures(doc, edition));
  const controlling = new Set(required.controlling);
  fail(
    'EXCESS_BAGGAGE',
    Object.keys(files)
      .filter((f) => f !== 'imsmanifest.xml' && !controlling.has(f) && !hrefs.listed.has(f))
      .map((f) => `${f} is in the package but not referenced in the manifest`),
  );
  return out;
}
