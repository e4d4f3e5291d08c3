import type { Document, Element } from '@xmldom/xmldom';
import type { ScormEditionId } from '../../src/lms/scorm-api.ts';

// The rules of ADL's content-aggregation application profile that its schemas leave open (the
// XSDs check structure and types; these check meaning across elements), as its test suite's
// ContentAggregationSchematron states them for SCORM 2004 4th Edition, and the same rules for 1.2.

const NS = {
  '1.2': {
    cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    scormType: 'scormtype',
    schemaversion: '1.2',
  },
  '2004': {
    cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
    scormType: 'scormType',
    schemaversion: '2004 4th Edition',
  },
} as const;
const IMSSS = 'http://www.imsglobal.org/xsd/imsss';

const all = (scope: Document | Element, ns: string, name: string): Element[] =>
  Array.from(scope.getElementsByTagNameNS(ns, name));
const children = (el: Element, ns: string, name: string): Element[] =>
  Array.from(el.childNodes).filter(
    (n): n is Element =>
      n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === name,
  );
const text = (el: Element | undefined) => el?.textContent?.trim() ?? '';

function metadataFailures(root: Element, edition: ScormEditionId): string[] {
  const { cp, schemaversion } = NS[edition];
  const metadata = children(root, cp, 'metadata')[0];
  const out: string[] = [];
  if (!metadata) return ['the manifest has no metadata element'];
  if (text(children(metadata, cp, 'schema')[0]) !== 'ADL SCORM')
    out.push('metadata/schema is not "ADL SCORM"');
  const version = text(children(metadata, cp, 'schemaversion')[0]);
  if (version !== schemaversion)
    out.push(`metadata/schemaversion is "${version}", not "${schemaversion}"`);
  return out;
}

function organizationFailures(
  doc: Document,
  edition: ScormEditionId,
  resources: Map<string, Element>,
): string[] {
  const { cp } = NS[edition];
  const out: string[] = [];
  const organizations = all(doc, cp, 'organizations')[0];
  const orgs = all(doc, cp, 'organization');
  const byId = new Set(orgs.map((o) => o.getAttribute('identifier')));
  const def = organizations?.getAttribute('default');
  if (orgs.length === 0)
    out.push('the manifest has no organization (a content aggregation needs one)');
  else if (!def || !byId.has(def))
    out.push(`organizations default "${def ?? ''}" names no organization`);
  for (const org of orgs) {
    const id = org.getAttribute('identifier') ?? '?';
    if (text(children(org, cp, 'title')[0]) === '') out.push(`organization ${id} has no title`);
    if (children(org, cp, 'item').length === 0) out.push(`organization ${id} has no item`);
  }
  for (const item of all(doc, cp, 'item')) {
    const id = item.getAttribute('identifier') ?? '?';
    const ref = item.getAttribute('identifierref');
    const kids = children(item, cp, 'item');
    if (text(children(item, cp, 'title')[0]) === '') out.push(`item ${id} has no title`);
    if (kids.length === 0 && !ref) out.push(`leaf item ${id} references no resource`);
    if (kids.length > 0 && ref && edition === '2004')
      out.push(`item ${id} has children and references a resource`);
    if (!ref) continue;
    const resource = resources.get(ref);
    if (!resource) out.push(`item ${id} identifierref "${ref}" names no resource in this manifest`);
    else if (resource.getAttribute('href') === null)
      out.push(`item ${id} references resource ${ref}, which has no href to launch`);
  }
  return out;
}

function resourceFailures(
  doc: Document,
  edition: ScormEditionId,
  resources: Map<string, Element>,
): string[] {
  const { cp, adlcp, scormType } = NS[edition];
  const out: string[] = [];
  for (const [id, resource] of resources) {
    const type = resource.getAttributeNS(adlcp, scormType);
    if (type !== 'sco' && type !== 'asset')
      out.push(`resource ${id} has adlcp:${scormType} "${type ?? ''}", not sco or asset`);
    if (resource.getAttribute('type') !== 'webcontent')
      out.push(`resource ${id} is not of type webcontent`);
    const href = resource.getAttribute('href');
    if (href !== null && !/\.[A-Za-z0-9]+$/.test(href.split(/[?#]/)[0] ?? ''))
      out.push(`resource ${id} href "${href}" has no file extension`);
    for (const dep of children(resource, cp, 'dependency')) {
      const ref = dep.getAttribute('identifierref') ?? '';
      if (!resources.has(ref))
        out.push(`resource ${id} depends on "${ref}", which is no resource in this manifest`);
    }
  }
  return out;
}

function sequencingFailures(doc: Document): string[] {
  const out: string[] = [];
  for (const objectives of all(doc, IMSSS, 'objectives')) {
    const ids = [
      ...children(objectives, IMSSS, 'primaryObjective'),
      ...children(objectives, IMSSS, 'objective'),
    ].map((o) => o.getAttribute('objectiveID'));
    for (const id of ids) if (id !== null && id.trim() === '') out.push('an objectiveID is empty');
    const named = ids.filter((id): id is string => id !== null);
    for (const dup of new Set(named.filter((id, i) => named.indexOf(id) !== i)))
      out.push(`objectiveID "${dup}" is declared twice on one activity`);
  }
  for (const measure of all(doc, IMSSS, 'minNormalizedMeasure')) {
    const value = Number(text(measure));
    if (!/^-?\d+(\.\d+)?$/.test(text(measure)) || value < -1 || value > 1)
      out.push(`minNormalizedMeasure "${text(measure)}" is not a decimal from -1 to 1`);
  }
  return out;
}

function identifierFailures(doc: Document): string[] {
  const ids = Array.from(doc.getElementsByTagName('*'))
    .map((el) => el.getAttribute('identifier'))
    .filter((id): id is string => id !== null);
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))].map(
    (id) => `identifier "${id}" is used twice`,
  );
}

/** APPLICATION_PROFILE: the rules a manifest must keep beyond its schemas; [] when all hold. */
export function applicationProfileFailures(doc: Document, edition: ScormEditionId): string[] {
  const { cp } = NS[edition];
  const resources = new Map(
    all(doc, cp, 'resource').map((r) => [r.getAttribute('identifier') ?? '?', r] as const),
  );
  const root = doc.documentElement as Element;
  const masteryScores = edition === '1.2' ? all(doc, NS['1.2'].adlcp, 'masteryscore') : [];
  return [
    ...metadataFailures(root, edition),
    ...identifierFailures(doc),
    ...organizationFailures(doc, edition, resources),
    ...resourceFailures(doc, edition, resources),
    ...(edition === '2004' ? sequencingFailures(doc) : []),
    ...masteryScores
      .filter((m) => !/^\d+(\.\d+)?$/.test(text(m)) || Number(text(m)) > 100)
      .map((m) => `adlcp:masteryscore "${text(m)}" is not a number from 0 to 100`),
  ];
}
